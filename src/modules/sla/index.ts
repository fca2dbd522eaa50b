export { addBusinessMinutes, businessMinutesBetween, openIntervals } from './business-time.js';
export {
  type BusinessCalendar,
  DEFAULT_CALENDAR,
  DEFAULT_LIBERATION_DAY,
  type IsoWeekday,
  type LiberationDayPolicy,
  type Shift,
  validateCalendar,
} from './calendar.js';
export { closedHolidays, isSupportedRegion } from './holidays.js';
export { matchPolicy, type PolicySubject, type SlaPolicy } from './policy.js';
export { computeSla, nextSlaCheckAt, type SlaFacts, type SlaTargets, type TargetName, type TargetState } from './sla-state.js';
