import { TIME_ZONE } from '../../app/format';
import { currentLang } from '../../i18n';

const locale = () => (currentLang() === 'en' ? 'en-GB' : 'nl-NL');

/** `HH:MM` of an instant in Amsterdam. */
export function formatTime(iso: string): string {
  return new Intl.DateTimeFormat(locale(), { hour: '2-digit', minute: '2-digit', timeZone: TIME_ZONE }).format(new Date(iso));
}

/** A calendar day (`YYYY-MM-DD`) with its weekday: "dinsdag 8 december 2026". */
export function formatDay(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  return new Intl.DateTimeFormat(locale(), { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, d)));
}

/** A calendar day (`YYYY-MM-DD`) as dd-mm-jjjj (nl) or dd/mm/yyyy (en), without any time zone shift. */
export function formatPlainDate(day: string | null | undefined): string {
  if (!day) return '';
  const [y, m, d] = day.slice(0, 10).split('-').map(Number);
  return new Intl.DateTimeFormat(locale(), { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, d)));
}

/** Today in Amsterdam as `YYYY-MM-DD`, moved by `addDays`. */
export function amsterdamToday(addDays = 0): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE }).format(new Date());
  const [y, m, d] = today.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + addDays)).toISOString().slice(0, 10);
}

/** Whole days from `day` until today in Amsterdam (positive when `day` lies in the past). */
export function daysSince(day: string): number {
  const a = Date.parse(`${day.slice(0, 10)}T00:00:00Z`);
  const b = Date.parse(`${amsterdamToday()}T00:00:00Z`);
  return Math.round((b - a) / 86_400_000);
}
