import { type BusinessCalendar, DEFAULT_LIBERATION_DAY, type IsoWeekday, parseClock, validateCalendar, WEEKDAYS } from './calendar.js';
import { closedHolidays } from './holidays.js';
import { addDays, isoWeekday, localDateOf, zonedToUtc } from './zone.js';

/** A calendar parsed once per computation, with its open intervals memoised per local date. */
export interface CompiledCalendar {
  calendar: BusinessCalendar;
  minutes: Record<IsoWeekday, [number, number][]>;
  closures: ReadonlySet<string>;
  days: Map<string, [number, number][]>;
}

/** Stop searching for an opening after this many consecutive closed days. */
const MAX_CLOSED_DAYS = 3660;

/** Compiled calendars by object: callers that keep a calendar object reuse its parsed shifts and per-day intervals. */
const compiled = new WeakMap<BusinessCalendar, CompiledCalendar>();

/** Parses and checks a calendar (once per calendar object); throws RangeError listing the problems when it is unusable. */
export function compileCalendar(calendar: BusinessCalendar): CompiledCalendar {
  const known = compiled.get(calendar);
  if (known) return known;
  const problems = validateCalendar(calendar);
  if (problems.length > 0) throw new RangeError(`Invalid business calendar: ${problems.join('; ')}`);
  const minutes = {} as Record<IsoWeekday, [number, number][]>;
  for (const day of WEEKDAYS) {
    minutes[day] = calendar.week[day].map((s) => [parseClock(s.start)!, parseClock(s.end, true)!]);
  }
  const cc: CompiledCalendar = { calendar, minutes, closures: new Set(calendar.closures), days: new Map() };
  compiled.set(calendar, cc);
  return cc;
}

/** The UTC open intervals [start, end) in ms of one local date; empty on closed days. */
function dayIntervals(cc: CompiledCalendar, date: string): [number, number][] {
  const cached = cc.days.get(date);
  if (cached) return cached;
  const { timeZone, holidayRegion, liberationDay } = cc.calendar;
  let result: [number, number][] = [];
  const holiday = closedHolidays(holidayRegion, Number(date.slice(0, 4)), liberationDay ?? DEFAULT_LIBERATION_DAY);
  if (!cc.closures.has(date) && !holiday.has(date)) {
    result = cc.minutes[isoWeekday(date)]
      .map(([s, e]): [number, number] => [zonedToUtc(timeZone, date, s), zonedToUtc(timeZone, date, e)])
      .filter(([s, e]) => e > s);
  }
  cc.days.set(date, result);
  return result;
}

/** Open intervals in ms overlapping [fromMs, toMs), clipped and with touching intervals merged. */
export function openIntervalsMs(cc: CompiledCalendar, fromMs: number, toMs: number): [number, number][] {
  const out: [number, number][] = [];
  if (toMs <= fromMs) return out;
  const last = localDateOf(cc.calendar.timeZone, toMs);
  for (let date = addDays(localDateOf(cc.calendar.timeZone, fromMs), -1); date <= last; date = addDays(date, 1)) {
    for (const [s, e] of dayIntervals(cc, date)) {
      const start = Math.max(s, fromMs);
      const end = Math.min(e, toMs);
      if (end <= start) continue;
      const previous = out[out.length - 1];
      if (previous && previous[1] >= start) previous[1] = Math.max(previous[1], end);
      else out.push([start, end]);
    }
  }
  return out;
}

/** The instant at which `amountMs` of open time has passed since `startMs` (from the next opening if closed). */
export function addOpenMs(cc: CompiledCalendar, startMs: number, amountMs: number): number {
  let remaining = amountMs;
  let closedStreak = 0;
  for (let date = addDays(localDateOf(cc.calendar.timeZone, startMs), -1); ; date = addDays(date, 1)) {
    let usable = false;
    for (const [s, e] of dayIntervals(cc, date)) {
      if (e <= startMs) continue;
      usable = true;
      const from = Math.max(s, startMs);
      if (remaining <= e - from) return from + remaining;
      remaining -= e - from;
    }
    closedStreak = usable ? 0 : closedStreak + 1;
    if (closedStreak > MAX_CLOSED_DAYS) throw new RangeError('Business calendar has no opening within ten years');
  }
}

/** Open time in ms between two instants; negative when `bMs` is before `aMs`. */
export function openMsBetween(cc: CompiledCalendar, aMs: number, bMs: number): number {
  if (bMs < aMs) return -openMsBetween(cc, bMs, aMs);
  let total = 0;
  for (const [s, e] of openIntervalsMs(cc, aMs, bMs)) total += e - s;
  return total;
}

function instant(d: Date, what: string): number {
  const ms = d.getTime();
  if (!Number.isFinite(ms)) throw new RangeError(`${what} is not a valid date`);
  return ms;
}

/** UTC intervals [start, end) within [fromUtc, toUtc) in which the business is open, DST-correct. */
export function openIntervals(cal: BusinessCalendar, fromUtc: Date, toUtc: Date): { start: Date; end: Date }[] {
  const cc = compileCalendar(cal);
  return openIntervalsMs(cc, instant(fromUtc, 'fromUtc'), instant(toUtc, 'toUtc')).map(([s, e]) => ({
    start: new Date(s),
    end: new Date(e),
  }));
}

/**
 * The deadline `minutes` business minutes after `startUtc`. Outside opening hours counting starts at the
 * next opening, so 0 minutes from a closed moment is the next opening; a deadline that fills a shift exactly
 * is that shift's end (17:30), not the next morning. Minutes are rounded to whole seconds.
 */
export function addBusinessMinutes(cal: BusinessCalendar, startUtc: Date, minutes: number): Date {
  if (!Number.isFinite(minutes) || minutes < 0) throw new RangeError('minutes must be a finite number >= 0');
  const cc = compileCalendar(cal);
  return new Date(addOpenMs(cc, instant(startUtc, 'startUtc'), Math.round(minutes * 60) * 1000));
}

/**
 * Business minutes between two instants, counted in whole elapsed seconds divided by 60 (so fractional,
 * e.g. 90 seconds = 1.5); negative when `bUtc` is before `aUtc`.
 */
export function businessMinutesBetween(cal: BusinessCalendar, aUtc: Date, bUtc: Date): number {
  const cc = compileCalendar(cal);
  const ms = openMsBetween(cc, instant(aUtc, 'aUtc'), instant(bUtc, 'bUtc'));
  return Math.trunc(ms / 1000) / 60;
}
