import { type BusinessCalendar, DEFAULT_CALENDAR, type Shift } from './calendar.js';

const everyDay = (shifts: Shift[]) => ({ 1: shifts, 2: shifts, 3: shifts, 4: shifts, 5: shifts, 6: shifts, 7: shifts });

/** Calendars shared by the SLA tests. */
export const OFFICE: BusinessCalendar = DEFAULT_CALENDAR;
export const ALWAYS: BusinessCalendar = { ...OFFICE, week: everyDay([{ start: '00:00', end: '24:00' }]), holidayRegion: null };
export const SHOP: BusinessCalendar = {
  ...OFFICE,
  week: { ...everyDay([{ start: '09:00', end: '17:00' }]), 7: [] },
};
/** Open only on Sunday night 02:00–04:00, the hours the DST switches move. */
export const NIGHT: BusinessCalendar = {
  ...OFFICE,
  week: { 1: [], 2: [], 3: [], 4: [], 5: [], 6: [], 7: [{ start: '02:00', end: '04:00' }] },
  holidayRegion: null,
};
export const LIBERATION_EVERY_YEAR: BusinessCalendar = { ...OFFICE, liberationDay: 'every-year' };
export const LIBERATION_NEVER: BusinessCalendar = { ...OFFICE, liberationDay: 'never' };
export const WITH_CLOSURE: BusinessCalendar = { ...OFFICE, closures: ['2026-06-12'] };
