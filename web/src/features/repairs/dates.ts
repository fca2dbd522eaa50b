/** Calendar arithmetic in the business time zone (Europe/Amsterdam), DST correct, for boards and job lists. */
import { TIME_ZONE } from '../../app/format';

const dayFormat = new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });
const clockFormat = new Intl.DateTimeFormat('en-GB', { timeZone: TIME_ZONE, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

/** The Amsterdam calendar day (`YYYY-MM-DD`) of an instant. */
export function dayOf(iso: string | Date): string {
  return dayFormat.format(typeof iso === 'string' ? new Date(iso) : iso);
}

export function today(): string {
  return dayOf(new Date());
}

/** `HH:MM` in Amsterdam of an instant. */
export function clockOf(iso: string | null | undefined): string {
  return iso ? clockFormat.format(new Date(iso)) : '';
}

/** Minutes since local midnight of an instant. */
export function minuteOfDay(iso: string): number {
  const [h, m] = clockOf(iso).split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}

/** Moves a calendar day by `n` days. */
export function addDays(day: string, n: number): string {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, (d ?? 1) + n)).toISOString().slice(0, 10);
}

/** ISO weekday 1 (Monday) to 7 (Sunday) of a calendar day. */
export function weekday(day: string): number {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1)).getUTCDay() || 7;
}

/** The Monday of the week a day belongs to. */
export function weekStart(day: string): string {
  return addDays(day, 1 - weekday(day));
}

function offsetMinutes(utcMs: number): number {
  const part = new Intl.DateTimeFormat('en-US', { timeZone: TIME_ZONE, timeZoneName: 'longOffset' })
    .formatToParts(new Date(utcMs))
    .find((p) => p.type === 'timeZoneName')?.value;
  const m = /GMT([+-])(\d{2}):?(\d{2})?/.exec(part ?? '');
  if (!m) return 0;
  return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3] ?? 0));
}

/** A local wall-clock time (`HH:MM`) on a calendar day in Amsterdam, as a UTC ISO instant. */
export function localInstant(day: string, time: string): string {
  const [y, mo, d] = day.split('-').map(Number);
  const [h, mi] = time.split(':').map(Number);
  const guess = Date.UTC(y ?? 1970, (mo ?? 1) - 1, d ?? 1, h ?? 0, mi ?? 0);
  const first = guess - offsetMinutes(guess) * 60_000;
  return new Date(guess - offsetMinutes(first) * 60_000).toISOString();
}

/** Adds minutes to an instant. */
export function addMinutes(iso: string, minutes: number): string {
  return new Date(new Date(iso).getTime() + minutes * 60_000).toISOString();
}

/** Whole minutes between two instants. */
export function minutesBetween(from: string, to: string): number {
  return Math.round((new Date(to).getTime() - new Date(from).getTime()) / 60_000);
}

/** "ma 8 dec" style label of a calendar day in the UI language. */
export function dayLabel(day: string, lang: 'nl' | 'en', style: 'short' | 'long' = 'short'): string {
  const [y, m, d] = day.split('-').map(Number);
  const date = new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1, 12));
  const opts: Intl.DateTimeFormatOptions =
    style === 'short' ? { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' } : { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'nl-NL', opts).format(date);
}

/** "1 u 30 min" / "1 h 30 min" from minutes. */
export function hoursMinutes(minutes: number, lang: 'nl' | 'en'): string {
  const h = Math.floor(Math.abs(minutes) / 60);
  const m = Math.abs(minutes) % 60;
  const sign = minutes < 0 ? '−' : '';
  const hu = lang === 'en' ? 'h' : 'u';
  if (h === 0) return `${sign}${m} min`;
  return m === 0 ? `${sign}${h} ${hu}` : `${sign}${h} ${hu} ${m} min`;
}
