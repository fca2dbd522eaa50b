import type { Lang } from '../i18n';

export const TIME_ZONE = 'Europe/Amsterdam';
const dateLocale = (lang: Lang) => (lang === 'en' ? 'en-GB' : 'nl-NL');

export function formatDateTime(iso: string | null | undefined, lang: Lang): string {
  if (!iso) return '';
  return new Intl.DateTimeFormat(dateLocale(lang), { dateStyle: 'medium', timeStyle: 'short', timeZone: TIME_ZONE }).format(new Date(iso));
}

export function formatDate(iso: string | null | undefined, lang: Lang): string {
  if (!iso) return '';
  return new Intl.DateTimeFormat(dateLocale(lang), { dateStyle: 'medium', timeZone: TIME_ZONE }).format(new Date(iso));
}

const money = new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR' });
export function formatMoney(cents: number): string {
  return money.format(cents / 100);
}

const number = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 2 });
export function formatNumber(n: number): string {
  return number.format(n);
}

/** Euros (as typed in a form) to whole cents. */
export function eurosToCents(euros: number | string | null | undefined): number {
  const n = typeof euros === 'string' ? Number(euros.replace(/\./g, '').replace(',', '.')) : (euros ?? 0);
  return Number.isFinite(n) ? Math.round(n * 100) : 0;
}

/** Offset of Europe/Amsterdam from UTC at `utcMs`, in minutes. */
function amsterdamOffset(utcMs: number): number {
  const part = new Intl.DateTimeFormat('en-US', { timeZone: TIME_ZONE, timeZoneName: 'longOffset' })
    .formatToParts(new Date(utcMs))
    .find((p) => p.type === 'timeZoneName')?.value;
  const m = /GMT([+-])(\d{2}):?(\d{2})?/.exec(part ?? '');
  if (!m) return 0;
  return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3] ?? 0));
}

/** Start of a calendar day (`YYYY-MM-DD`) in Amsterdam as an ISO instant; `addDays` moves the day first. */
export function amsterdamDayStart(day: string, addDays = 0): string | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) return undefined;
  const guess = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]) + addDays);
  const first = guess - amsterdamOffset(guess) * 60_000;
  return new Date(guess - amsterdamOffset(first) * 60_000).toISOString();
}
