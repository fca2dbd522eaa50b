/** Wall-clock arithmetic in an IANA time zone through Intl, independent of the process time zone. */

const DAY_MS = 86_400_000;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** The local wall clock of an instant, as epoch milliseconds read as if the wall clock were UTC (whole seconds). */
function wallClockMs(timeZone: string, utcMs: number): number {
  const p: Record<string, number> = {};
  for (const part of formatter(timeZone).formatToParts(utcMs)) {
    if (part.type !== 'literal') p[part.type] = Number(part.value);
  }
  return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
}

const QUARTER_MS = 900_000;
const offsetCache = new Map<string, Map<number, number>>();

/**
 * The zone's UTC offset in milliseconds at an instant (local = UTC + offset). Offsets change only on quarter
 * hours (every zone's transitions fall on them), so the answer is memoised per zone and quarter hour: Intl's
 * formatter is slow and SLA computations ask for the same hours again and again.
 */
export function offsetMs(timeZone: string, utcMs: number): number {
  const quarter = Math.floor(utcMs / QUARTER_MS);
  let zone = offsetCache.get(timeZone);
  if (!zone) {
    zone = new Map();
    offsetCache.set(timeZone, zone);
  }
  const cached = zone.get(quarter);
  if (cached !== undefined) return cached;
  const start = quarter * QUARTER_MS;
  const offset = wallClockMs(timeZone, start) - start;
  if (zone.size > 200_000) zone.clear();
  zone.set(quarter, offset);
  return offset;
}

/** Whether the runtime knows the IANA time zone. */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatter(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The local calendar date 'YYYY-MM-DD' of an instant in the zone. */
export function localDateOf(timeZone: string, utcMs: number): string {
  return new Date(utcMs + offsetMs(timeZone, utcMs)).toISOString().slice(0, 10);
}

/**
 * The instant of a local wall-clock time (minutes after midnight, 1440 = next midnight) on a local date.
 * Like Temporal's 'compatible' disambiguation: a time skipped by a forward switch is read with the offset
 * before the switch (02:30 on the March switch becomes 03:30 summer time); a time that occurs twice in
 * the backward switch resolves to the earlier of the two instants.
 */
export function zonedToUtc(timeZone: string, isoDate: string, minuteOfDay: number): number {
  const wall = Date.parse(`${isoDate}T00:00:00Z`) + minuteOfDay * 60_000;
  const [before, after] = surroundingOffsets(timeZone, isoDate);
  if (before === after) return wall - before;
  let best: number | null = null;
  for (const offset of [before, after]) {
    const candidate = wall - offset;
    if (offsetMs(timeZone, candidate) === offset && (best === null || candidate < best)) best = candidate;
  }
  return best ?? wall - before;
}

const probes = new Map<string, [number, number]>();

/** Offsets a day before and two days after a local date's midnight; they differ only around a switch. */
function surroundingOffsets(timeZone: string, isoDate: string): [number, number] {
  const key = `${timeZone}|${isoDate}`;
  let found = probes.get(key);
  if (!found) {
    const midnight = Date.parse(`${isoDate}T00:00:00Z`);
    found = [offsetMs(timeZone, midnight - DAY_MS), offsetMs(timeZone, midnight + 2 * DAY_MS)];
    if (probes.size >= 20_000) probes.clear();
    probes.set(key, found);
  }
  return found;
}

/** A local date moved by whole days. */
export function addDays(isoDate: string, days: number): string {
  if (days !== 1) return new Date(Date.parse(`${isoDate}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
  // Day-by-day walks dominate SLA computations: the next date is memoised.
  let next = nextDates.get(isoDate);
  if (next === undefined) {
    next = new Date(Date.parse(`${isoDate}T00:00:00Z`) + DAY_MS).toISOString().slice(0, 10);
    if (nextDates.size > 100_000) nextDates.clear();
    nextDates.set(isoDate, next);
  }
  return next;
}
const nextDates = new Map<string, string>();

/** ISO weekday of a local date: 1 = Monday … 7 = Sunday. */
export function isoWeekday(isoDate: string): 1 | 2 | 3 | 4 | 5 | 6 | 7 {
  const day = new Date(`${isoDate}T00:00:00Z`).getUTCDay();
  return (day === 0 ? 7 : day) as 1 | 2 | 3 | 4 | 5 | 6 | 7;
}
