/** Pure planning rules: service regions, Amsterdam wall-clock time, surcharges and technician minutes. */

export const REGIONS = ['west', 'zuid', 'oost', 'noord'] as const;
export type Region = (typeof REGIONS)[number];

/** The business time zone: slots, working hours and closure days are local times here. */
export const BUSINESS_ZONE = 'Europe/Amsterdam';

/**
 * The service region of a Dutch postcode, by its four digits:
 * - west  1000–3999 (Noord-Holland, Flevoland's Almere/Lelystad side, Utrecht, Zuid-Holland),
 * - zuid  4000–6599 (Zeeland, Brabant including the 4600s of West-Brabant, Limburg, Rivierenland, Nijmegen),
 * - oost  6600–8399 (Gelderland east of Nijmegen, Overijssel, the Noordoostpolder),
 * - noord 8400–9999 (Friesland, Groningen, Drenthe).
 * Anything that is not a Dutch postcode has no region (null), so it cannot be booked.
 */
export function regionOf(postcode: string): Region | null {
  const m = /^\s*([1-9]\d{3})\s*(?:[A-Za-z]{2})?\s*$/.exec(postcode);
  if (!m) return null;
  const n = Number(m[1]);
  if (n < 4000) return 'west';
  if (n < 6600) return 'zuid';
  if (n < 8400) return 'oost';
  return 'noord';
}

/** Surcharge in cents: a fixed amount, or basis points of the service price rounded half up to the cent. */
export function surchargeOf(priceCents: number, kind: 'fixed' | 'percent', value: number): number {
  if (kind === 'fixed') return value;
  const exact = priceCents * value;
  // Integer arithmetic: half up (away from zero for the rare negative price) without float error.
  const sign = exact < 0 ? -1 : 1;
  return sign * Math.floor((Math.abs(exact) + 5000) / 10000);
}

const DAY_MS = 86_400_000;
const formatter = new Intl.DateTimeFormat('en-US', {
  timeZone: BUSINESS_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

const QUARTER_MS = 15 * 60_000;
const offsets = new Map<number, number>();

/**
 * The zone's offset (local − UTC) in milliseconds at an instant. Offsets change only on quarter-hour boundaries
 * (Amsterdam at 01:00 UTC), so they are looked up once per quarter hour: `formatToParts` costs ~10 µs and a
 * week's board asks thousands of times.
 */
function offsetAt(utcMs: number): number {
  const quarter = Math.floor(utcMs / QUARTER_MS);
  let offset = offsets.get(quarter);
  if (offset === undefined) {
    const at = quarter * QUARTER_MS;
    const p: Record<string, number> = {};
    for (const part of formatter.formatToParts(at)) if (part.type !== 'literal') p[part.type] = Number(part.value);
    offset = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - at;
    if (offsets.size > 50_000) offsets.clear();
    offsets.set(quarter, offset);
  }
  return offset;
}

/** Minutes after midnight of 'HH:MM'. */
export function minutesOf(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return h * 60 + m;
}

/**
 * The UTC instant (epoch ms) of a local wall-clock time on a local date. A time skipped by the spring switch is
 * read with the winter offset (02:30 becomes 03:30 summer time); a time that occurs twice in autumn resolves to
 * the earlier instant.
 */
export function localToUtcMs(date: string, minuteOfDay: number): number {
  const wall = Date.parse(`${date}T00:00:00Z`) + minuteOfDay * 60_000;
  const candidates = [offsetAt(wall - DAY_MS), offsetAt(wall + DAY_MS)]
    .map((offset) => wall - offset)
    .filter((utc) => wall - offsetAt(utc) === utc)
    .sort((a, b) => a - b);
  return candidates[0] ?? wall - offsetAt(wall - DAY_MS);
}

/** The UTC ISO instant of 'HH:MM' local time on a local date. */
export function localToUtc(date: string, hhmm: string): string {
  return new Date(localToUtcMs(date, minutesOf(hhmm))).toISOString();
}

/** The local date 'YYYY-MM-DD' of an instant. */
export function localDateOf(instant: Date | string): string {
  const ms = typeof instant === 'string' ? Date.parse(instant) : instant.getTime();
  return new Date(ms + offsetAt(ms)).toISOString().slice(0, 10);
}

/** The local wall-clock time 'HH:MM' of an instant. */
export function localTimeOf(instant: string): string {
  const ms = Date.parse(instant);
  return new Date(ms + offsetAt(ms)).toISOString().slice(11, 16);
}

/** A date moved by whole days. */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** ISO weekday of a date: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: string): number {
  const d = new Date(`${date}T00:00:00Z`).getUTCDay();
  return d === 0 ? 7 : d;
}

/** Every date from `from` to `to`, both included. */
export function datesBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) out.push(d);
  return out;
}

/** A half-open interval of epoch milliseconds. */
export interface Interval {
  start: number;
  end: number;
}

/** Whole minutes of `windows` inside `frame`, leaving out whatever `minus` covers. */
export function minutesInside(windows: Interval[], frame: Interval, minus: Interval[]): number {
  let ms = 0;
  for (const w of windows) {
    const start = Math.max(w.start, frame.start);
    const end = Math.min(w.end, frame.end);
    if (end <= start) continue;
    let pieces: Interval[] = [{ start, end }];
    for (const m of minus) {
      pieces = pieces.flatMap((p) => {
        if (m.end <= p.start || m.start >= p.end) return [p];
        const rest: Interval[] = [];
        if (m.start > p.start) rest.push({ start: p.start, end: m.start });
        if (m.end < p.end) rest.push({ start: m.end, end: p.end });
        return rest;
      });
    }
    for (const p of pieces) ms += p.end - p.start;
  }
  return Math.floor(ms / 60_000);
}

/** A technician's working windows on a local date, as UTC intervals. */
export function workingWindows(date: string, hours: { startTime: string; endTime: string }[]): Interval[] {
  return hours.map((h) => ({ start: localToUtcMs(date, minutesOf(h.startTime)), end: localToUtcMs(date, minutesOf(h.endTime)) }));
}
