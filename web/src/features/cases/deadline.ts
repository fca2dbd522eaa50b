/**
 * Deadlines and call durations as agents read them: "vandaag 16:30", "di 2 dec 10:00", "4:05". Imports nothing,
 * so the server's test runner can check it directly.
 */
type Lang = 'nl' | 'en';
/** The same zone as `app/format.ts`: SLA deadlines are Dutch business hours. */
const TIME_ZONE = 'Europe/Amsterdam';

export type RelativeDay = 'today' | 'tomorrow' | 'yesterday';

const locale = (lang: Lang) => (lang === 'en' ? 'en-GB' : 'nl-NL');

/** Calendar day of an instant in Amsterdam, as a UTC-midnight timestamp (so days can be subtracted). */
/** Building an Intl formatter is slow next to using one, and lists format hundreds of times per render. */
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  const known = formatters.get(key);
  if (known) return known;
  const made = new Intl.DateTimeFormat(locale, { timeZone: TIME_ZONE, ...options });
  formatters.set(key, made);
  return made;
}

function amsterdamDay(d: Date): number {
  const parts = formatter('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(d);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return Date.UTC(get('year'), get('month') - 1, get('day'));
}

/**
 * A due time relative to `now` in Amsterdam: "vandaag 16:30" / "morgen 09:00" / "gisteren 17:00" near today,
 * "di 2 dec 10:00" otherwise (with the year when it is not this year). `word` translates the relative day.
 */
export function formatDeadline(iso: string | null | undefined, lang: Lang, word: (day: RelativeDay) => string, now: Date = new Date()): string {
  if (!iso) return '';
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return '';
  const time = formatter(locale(lang), { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(at);
  const days = Math.round((amsterdamDay(at) - amsterdamDay(now)) / 86_400_000);
  if (days === 0) return `${word('today')} ${time}`;
  if (days === 1) return `${word('tomorrow')} ${time}`;
  if (days === -1) return `${word('yesterday')} ${time}`;
  const sameYear = new Date(amsterdamDay(at)).getUTCFullYear() === new Date(amsterdamDay(now)).getUTCFullYear();
  const parts = formatter(locale(lang), { weekday: 'short', day: 'numeric', month: 'short', ...(sameYear ? {} : { year: 'numeric' }) }).formatToParts(at);
  const date = parts
    .filter((p) => p.type !== 'literal')
    .map((p) => p.value.replace(/\.$/, ''))
    .join(' ');
  return `${date} ${time}`;
}

/** Seconds as "m:ss" (or "h:mm:ss" for calls of an hour or longer). */
export function formatCallDuration(seconds: number | null | undefined): string {
  if (seconds === null || seconds === undefined || seconds < 0) return '';
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = String(seconds % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

/** "4:05" → 245, "12" (minutes) → 720, "1:02:03" → 3723; empty → null; anything else → undefined (invalid). */
export function parseCallDuration(text: string): number | null | undefined {
  const v = text.trim();
  if (!v) return null;
  if (/^\d{1,3}$/.test(v)) return Number(v) * 60;
  const m = /^(?:(\d{1,2}):)?(\d{1,3}):([0-5]\d)$/.exec(v);
  if (!m) return undefined;
  const total = Number(m[1] ?? 0) * 3600 + Number(m[2]) * 60 + Number(m[3]);
  return total <= 86_400 ? total : undefined;
}
