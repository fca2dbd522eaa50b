/** Amsterdam wall-clock arithmetic and distances for the paid-services demo data (fast: one offset per date). */

export const MIN = 60_000;
export const HOUR = 3_600_000;
export const DAY = 86_400_000;

const formatter = new Intl.DateTimeFormat('en-US', {
  timeZone: 'Europe/Amsterdam',
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
});
const offsets = new Map<string, number>();

/**
 * The zone's offset (local − UTC, ms) on a date, taken at noon UTC. Daylight saving changes at 01:00 UTC on a
 * Sunday, so the noon offset holds for every local time from 03:00 on: all slots and working hours.
 */
function offsetOn(date: string): number {
  let o = offsets.get(date);
  if (o === undefined) {
    const ms = Date.parse(`${date}T12:00:00Z`);
    const p: Record<string, number> = {};
    for (const part of formatter.formatToParts(ms)) if (part.type !== 'literal') p[part.type] = Number(part.value);
    o = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute) - ms;
    offsets.set(date, o);
  }
  return o;
}

const isoDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);
export const iso = (ms: number) => new Date(ms).toISOString();

/** Epoch ms of local 'HH:MM' (or minutes after midnight) on a local date. */
export function localMs(date: string, time: string | number): number {
  const minutes = typeof time === 'number' ? time : Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
  return Date.parse(`${date}T00:00:00Z`) + minutes * MIN - offsetOn(date);
}

/** The local date of an instant. */
export function localDate(ms: number): string {
  return isoDate(ms + offsetOn(isoDate(ms)));
}

/** Minutes after local midnight of an instant. */
export function localMinutes(ms: number): number {
  const local = ms + offsetOn(isoDate(ms));
  return Math.floor((local % DAY) / MIN);
}

export function addDays(date: string, days: number): string {
  return isoDate(Date.parse(`${date}T00:00:00Z`) + days * DAY);
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function weekday(date: string): number {
  const d = new Date(`${date}T00:00:00Z`).getUTCDay();
  return d === 0 ? 7 : d;
}

/** Great-circle distance in km. */
export function haversineKm(a: { lat: number; lng: number }, b: { lat: number; lng: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLng = (b.lng - a.lng) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(h)));
}
