import Holidays from 'date-holidays';
import type { LiberationDayPolicy } from './calendar.js';

const instances = new Map<string, Holidays>();
const cache = new Map<string, ReadonlyMap<string, string>>();
const supported = new Map<string, boolean>();

function holidaysFor(region: string): Holidays {
  let hd = instances.get(region);
  if (!hd) {
    hd = new Holidays(region);
    instances.set(region, hd);
  }
  return hd;
}

/** Whether date-holidays knows the region code ('NL', 'DE-BY', 'CH-ZH'). */
export function isSupportedRegion(region: string): boolean {
  let ok = supported.get(region);
  if (ok === undefined) {
    const [country, state, sub] = region.toUpperCase().split(/[-.]/);
    const hd = new Holidays();
    ok = Boolean(country) && country in hd.getCountries();
    if (ok && state) ok = state in (hd.getStates(country) ?? {});
    if (ok && sub) ok = sub in (hd.getRegions(country, state) ?? {});
    supported.set(region, ok);
  }
  return ok;
}

function liberationDayClosed(policy: LiberationDayPolicy, year: number): boolean {
  if (policy === 'every-year') return true;
  return policy === 'every-five-years' && year % 5 === 0;
}

/**
 * Holidays that close the business in a year: every date-holidays entry of type 'public' (Goede Vrijdag is
 * 'school' and stays open). In Dutch regions 5 May follows the Liberation Day policy instead of the data,
 * because the law gives the day off only in lustrum years. A multi-day holiday closes each of its dates.
 */
export function closedHolidays(
  region: string | null,
  year: number,
  liberationDay: LiberationDayPolicy,
): ReadonlyMap<string, string> {
  if (region === null) return new Map();
  const key = `${region}|${year}|${liberationDay}`;
  const cached = cache.get(key);
  if (cached) return cached;

  const closed = new Map<string, string>();
  const dutch = region.toUpperCase().split(/[-.]/)[0] === 'NL';
  const liberationDate = `${year}-05-05`;
  let liberationName = 'Bevrijdingsdag';
  for (const h of holidaysFor(region).getHolidays(year)) {
    const date = h.date.slice(0, 10);
    if (dutch && date === liberationDate) {
      liberationName = h.name;
      continue;
    }
    if (h.type !== 'public') continue;
    const days = Math.max(1, Math.round((h.end.getTime() - h.start.getTime()) / 86_400_000));
    for (let i = 0; i < days; i++) {
      const d = new Date(Date.parse(`${date}T00:00:00Z`) + i * 86_400_000).toISOString().slice(0, 10);
      if (!closed.has(d)) closed.set(d, h.name);
    }
  }
  if (dutch && liberationDayClosed(liberationDay, year)) closed.set(liberationDate, liberationName);
  const sorted = new Map([...closed].sort(([a], [b]) => (a < b ? -1 : 1)));
  cache.set(key, sorted);
  return sorted;
}
