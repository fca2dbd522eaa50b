/** The business time zone: days, windows and "days without product" count in Dutch local time. */
export const BUSINESS_TZ = 'Europe/Amsterdam';

const dateFmt = new Intl.DateTimeFormat('en-CA', { timeZone: BUSINESS_TZ, year: 'numeric', month: '2-digit', day: '2-digit' });

/** The local calendar date (`YYYY-MM-DD`) of an instant in Amsterdam. */
export function localDate(instant: string | Date): string {
  return dateFmt.format(typeof instant === 'string' ? new Date(instant) : instant);
}

function offsetMs(utcMs: number): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: BUSINESS_TZ,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(utcMs));
  const get = (t: string) => Number(parts.find((p) => p.type === t)?.value);
  return Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second')) - utcMs;
}

/** The UTC instant at which a local date starts in Amsterdam (midnight; correct on DST change days). */
export function startOfLocalDay(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  const guess = Date.UTC(y, m - 1, d);
  // Midnight is never inside a DST gap in Europe (changes happen at 02:00/03:00), so one correction suffices.
  return new Date(guess - offsetMs(guess - offsetMs(guess))).toISOString();
}

/** The date after `date`. */
export function nextDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}

/** Whole calendar days between two local dates (b − a). */
export function daysBetweenDates(a: string, b: string): number {
  const ms = (s: string) => {
    const [y, m, d] = s.split('-').map(Number);
    return Date.UTC(y, m - 1, d);
  };
  return Math.round((ms(b) - ms(a)) / 86_400_000);
}

/**
 * How many whole local days a customer has been (or was) without the product: from intake to return, or to now
 * while it is still with us. Counted in calendar days in Amsterdam, so a DST change never adds or loses a day.
 */
export function daysWithoutProduct(receivedAt: string | null, returnedAt: string | null, now: Date): number | null {
  if (!receivedAt) return null;
  return Math.max(0, daysBetweenDates(localDate(receivedAt), localDate(returnedAt ?? now)));
}
