import { isSupportedRegion } from './holidays.js';
import { isValidTimeZone } from './zone.js';

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** One opening period on a day, local wall clock 'HH:MM'; end may be '24:00'. */
export interface Shift {
  start: string;
  end: string;
}

/** How Liberation Day (5 May) is treated in the Netherlands: by law a day off only every fifth year. */
export type LiberationDayPolicy = 'every-year' | 'every-five-years' | 'never';

/** The hours in which SLA clocks run, in one time zone. */
export interface BusinessCalendar {
  /** IANA time zone, e.g. 'Europe/Amsterdam'. */
  timeZone: string;
  /** Shifts per ISO weekday; split shifts allowed; an empty list is a closed day. */
  week: Record<IsoWeekday, Shift[]>;
  /** Public holidays of this date-holidays region ('NL', 'DE-BY') close the business; null = none. */
  holidayRegion: string | null;
  /** Liberation Day in NL regions; default 'every-five-years' (2025, 2030, …), the common collective-agreement practice. */
  liberationDay?: LiberationDayPolicy;
  /** Company closure days, local dates 'YYYY-MM-DD'. */
  closures: string[];
}

/** Liberation Day policy used when a calendar does not set one. */
export const DEFAULT_LIBERATION_DAY: LiberationDayPolicy = 'every-five-years';

const OFFICE_DAY: Shift[] = [
  { start: '08:30', end: '12:00' },
  { start: '13:00', end: '17:30' },
];

/** Dutch office hours: Mon–Fri 08:30–12:00 and 13:00–17:30, NL public holidays, Europe/Amsterdam. */
export const DEFAULT_CALENDAR: BusinessCalendar = {
  timeZone: 'Europe/Amsterdam',
  week: { 1: OFFICE_DAY, 2: OFFICE_DAY, 3: OFFICE_DAY, 4: OFFICE_DAY, 5: OFFICE_DAY, 6: [], 7: [] },
  holidayRegion: 'NL',
  liberationDay: DEFAULT_LIBERATION_DAY,
  closures: [],
};

export const WEEKDAYS: readonly IsoWeekday[] = [1, 2, 3, 4, 5, 6, 7];

const CLOCK = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Minutes after local midnight for 'HH:MM' ('24:00' only when allowed as an end), or null when malformed. */
export function parseClock(value: string, allowMidnightEnd = false): number | null {
  if (allowMidnightEnd && value === '24:00') return 1440;
  const m = CLOCK.exec(value);
  return m ? Number(m[1]) * 60 + Number(m[2]) : null;
}

function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(value);
}

function shiftProblems(day: IsoWeekday, shifts: Shift[]): string[] {
  const problems: string[] = [];
  let previousEnd = -1;
  shifts.forEach((shift, i) => {
    const where = `week.${day}[${i}]`;
    const start = parseClock(shift.start);
    const end = parseClock(shift.end, true);
    if (start === null) problems.push(`${where}: start '${shift.start}' is not a valid HH:MM time`);
    if (end === null) problems.push(`${where}: end '${shift.end}' is not a valid HH:MM time`);
    if (start === null || end === null) return;
    if (start >= end) problems.push(`${where}: start ${shift.start} must be before end ${shift.end}`);
    if (start < previousEnd) problems.push(`${where}: overlaps or comes before the previous shift`);
    previousEnd = Math.max(previousEnd, end);
  });
  return problems;
}

/** Problems that make a calendar unusable (empty list = valid), in English for logs and admin forms. */
export function validateCalendar(c: BusinessCalendar): string[] {
  const problems: string[] = [];
  if (!isValidTimeZone(c.timeZone)) problems.push(`timeZone '${c.timeZone}' is not a known IANA time zone`);
  let open = false;
  for (const day of WEEKDAYS) {
    const shifts = c.week?.[day];
    if (!Array.isArray(shifts)) {
      problems.push(`week.${day}: missing shift list`);
      continue;
    }
    if (shifts.length > 0) open = true;
    problems.push(...shiftProblems(day, shifts));
  }
  if (!open) problems.push('week: the business is never open');
  if (c.holidayRegion !== null && !isSupportedRegion(c.holidayRegion)) {
    problems.push(`holidayRegion '${c.holidayRegion}' is not supported`);
  }
  if (c.liberationDay !== undefined && !['every-year', 'every-five-years', 'never'].includes(c.liberationDay)) {
    problems.push(`liberationDay '${c.liberationDay}' is not one of every-year, every-five-years, never`);
  }
  for (const day of c.closures) {
    if (!isIsoDate(day)) problems.push(`closures: '${day}' is not a valid YYYY-MM-DD date`);
  }
  return problems;
}
