import { describe, expect, test } from 'vitest';
import { ALWAYS, OFFICE } from './calendar.fixtures.js';
import { addBusinessMinutes, businessMinutesBetween, openIntervals } from './business-time.js';
import { SLA_TABLE } from './business-time.cases.js';

const rows = SLA_TABLE;

describe('business time', () => {
  test.each(rows)('$name', (row) => {
    if (row.op === 'add') {
      const due = addBusinessMinutes(row.cal, new Date(row.from), row.minutes);
      expect(due.toISOString()).toBe(new Date(row.expected).toISOString());
    } else {
      expect(businessMinutesBetween(row.cal, new Date(row.from), new Date(row.to))).toBe(row.expected);
    }
  });

  test('openIntervals are UTC and follow the local wall clock across the March switch', () => {
    const intervals = openIntervals(OFFICE, new Date('2026-03-27T12:30:00+01:00'), new Date('2026-03-30T10:00:00+02:00'));
    expect(intervals.map((i) => [i.start.toISOString(), i.end.toISOString()])).toEqual([
      ['2026-03-27T12:00:00.000Z', '2026-03-27T16:30:00.000Z'],
      ['2026-03-30T06:30:00.000Z', '2026-03-30T08:00:00.000Z'],
    ]);
  });

  test('openIntervals merge the days of a 24/7 calendar', () => {
    const intervals = openIntervals(ALWAYS, new Date('2026-03-28T12:00:00Z'), new Date('2026-03-31T00:00:00Z'));
    expect(intervals).toEqual([{ start: new Date('2026-03-28T12:00:00Z'), end: new Date('2026-03-31T00:00:00Z') }]);
  });

  test('rejects negative minutes and invalid calendars', () => {
    expect(() => addBusinessMinutes(OFFICE, new Date(), -1)).toThrow(RangeError);
    const broken = { ...OFFICE, week: { ...OFFICE.week, 1: [{ start: '17:00', end: '09:00' }] } };
    expect(() => addBusinessMinutes(broken, new Date(), 1)).toThrow(/start 17:00 must be before end 09:00/);
  });

  test('has at least 35 hand-computed cases', () => {
    expect(rows.length).toBeGreaterThanOrEqual(35);
  });
});
