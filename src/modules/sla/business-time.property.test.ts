import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { addBusinessMinutes, businessMinutesBetween, openIntervals } from './business-time.js';
import { ALWAYS, NIGHT, OFFICE, SHOP, WITH_CLOSURE } from './calendar.fixtures.js';
import { closedHolidays } from './holidays.js';

const calendars = fc.constantFrom(OFFICE, ALWAYS, SHOP, NIGHT, WITH_CLOSURE);
// 2025-01-01 … 2027-01-01, so every run crosses holidays and both DST switches often.
const instant = fc.integer({ min: Date.UTC(2025, 0, 1), max: Date.UTC(2027, 0, 1) }).map((ms) => new Date(ms));
const seconds = fc.integer({ min: 0, max: 20_000 * 60 });

const amsterdam = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Amsterdam',
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  weekday: 'short',
});

/** An independent oracle: is the business open at this instant, read from the formatted local wall clock? */
function openAt(cal: typeof OFFICE, ms: number): boolean {
  const parts = Object.fromEntries(amsterdam.formatToParts(ms).map((p) => [p.type, p.value]));
  const date = `${parts.year}-${parts.month}-${parts.day}`;
  if (cal.closures.includes(date)) return false;
  if (closedHolidays(cal.holidayRegion, Number(parts.year), cal.liberationDay ?? 'every-five-years').has(date)) return false;
  const weekday = (['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(parts.weekday) + 1) as 1 | 2 | 3 | 4 | 5 | 6 | 7;
  const clock = `${parts.hour}:${parts.minute}`;
  return cal.week[weekday].some((s) => s.start <= clock && clock < s.end);
}

describe('business time properties', () => {
  test('businessMinutesBetween(start, addBusinessMinutes(start, m)) === m', () => {
    fc.assert(
      fc.property(calendars, instant, seconds, (cal, start, s) => {
        const m = s / 60;
        expect(businessMinutesBetween(cal, start, addBusinessMinutes(cal, start, m))).toBe(m);
      }),
      { numRuns: 300 },
    );
  }, 30_000);

  test('deadlines grow with the minutes and with the start', () => {
    fc.assert(
      fc.property(calendars, instant, instant, seconds, seconds, (cal, a, b, s1, s2) => {
        const [m1, m2] = [Math.min(s1, s2) / 60, Math.max(s1, s2) / 60];
        expect(addBusinessMinutes(cal, a, m1).getTime()).toBeLessThanOrEqual(addBusinessMinutes(cal, a, m2).getTime());
        const [early, late] = a <= b ? [a, b] : [b, a];
        expect(addBusinessMinutes(cal, early, m1).getTime()).toBeLessThanOrEqual(addBusinessMinutes(cal, late, m1).getTime());
      }),
      { numRuns: 200 },
    );
  }, 30_000);

  test('minute-by-minute oracle agrees around the DST switches', () => {
    const near = fc.constantFrom(Date.UTC(2026, 2, 27), Date.UTC(2026, 9, 23), Date.UTC(2025, 3, 25), Date.UTC(2026, 11, 23));
    fc.assert(
      fc.property(calendars, near, fc.integer({ min: 0, max: 2 * 1440 }), fc.integer({ min: 0, max: 3 * 1440 }), (cal, base, offset, length) => {
        const from = base + offset * 60_000;
        const to = from + length * 60_000;
        let expected = 0;
        for (let t = from; t < to; t += 60_000) if (openAt(cal, t)) expected++;
        expect(businessMinutesBetween(cal, new Date(from), new Date(to))).toBe(expected);
        const total = openIntervals(cal, new Date(from), new Date(to)).reduce((sum, i) => sum + (i.end.getTime() - i.start.getTime()), 0);
        expect(total).toBe(expected * 60_000);
      }),
      { numRuns: 60 },
    );
  }, 30_000);
});
