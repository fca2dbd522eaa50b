import { newId } from '../../kernel/ids.js';
import type { Rng } from './random.js';
import { addDays, iso, localDate, localMs, weekday } from './services-time.js';
import type { DemoTechnician, PlanningSetup, Region, ServicesContext, SlotTemplateRow } from './services-types.js';

export const REGION_LIST: readonly Region[] = ['west', 'zuid', 'oost', 'noord'];
/** Where each region's technicians start their day (for travel distances). */
export const REGION_CENTRES: Record<Region, { lat: number; lng: number }> = {
  west: { lat: 52.15, lng: 4.75 },
  zuid: { lat: 51.55, lng: 5.25 },
  oost: { lat: 52.25, lng: 6.15 },
  noord: { lat: 53.1, lng: 6.1 },
};
const REGION_NAMES: Record<Region, string> = { west: 'West', zuid: 'Zuid', oost: 'Oost', noord: 'Noord' };
const DAY_NAMES = ['', 'ma', 'di', 'wo', 'do', 'vr', 'za', 'zo'];
/** Primary region of the field technicians in turn (west is the most populous), and a neighbour they help out in. */
const FIELD_REGIONS: [Region, Region | null][] = [
  ['west', null],
  ['zuid', 'west'],
  ['oost', 'noord'],
  ['west', 'zuid'],
  ['noord', 'oost'],
  ['zuid', null],
  ['west', null],
  ['oost', 'zuid'],
  ['zuid', 'oost'],
  ['noord', null],
  ['west', 'oost'],
];
export const BOOKABLE_KINDS = ['home_repair', 'delivery', 'installation'];

/** A technician with the schedule the generator plans against. */
export interface TechPlan {
  tech: DemoTechnician;
  regions: Region[];
  home: Region | null;
  /** Working windows per ISO weekday, minutes after local midnight. */
  hours: Map<number, [number, number][]>;
  absent: Set<string>;
  van: string | null;
}

/** The slot templates of one region: mornings, afternoons and evenings on weekdays, Saturday mornings. */
function templatesFor(region: Region, capacity: { day: number; evening: number; saturday: number }, at: string): SlotTemplateRow[] {
  const rows: SlotTemplateRow[] = [];
  const base = { serviceKinds: JSON.stringify(BOOKABLE_KINDS), region, capacityMode: 'count' as const, leadTimeHours: 24, cutoffHours: 24, active: true, version: 1, createdAt: at, updatedAt: at };
  const add = (weekday: number, label: string, startTime: string, endTime: string, slotType: 'day' | 'evening' | 'saturday', cap: number, kind: 'fixed' | 'percent', value: number) =>
    rows.push({ id: newId(Date.parse(at)), name: `${REGION_NAMES[region]} ${DAY_NAMES[weekday]} ${label}`, weekday, startTime, endTime, slotType, capacity: cap, surchargeKind: kind, surchargeValue: value, ...base });
  for (let d = 1; d <= 5; d++) {
    add(d, 'ochtend', '08:00', '12:00', 'day', capacity.day, 'fixed', 0);
    add(d, 'middag', '12:00', '17:00', 'day', capacity.day, 'fixed', 0);
    add(d, 'avond', '18:00', '22:00', 'evening', capacity.evening, 'fixed', 2495);
  }
  add(6, 'ochtend', '09:00', '13:00', 'saturday', capacity.saturday, 'percent', 1500);
  return rows;
}

/**
 * Slot templates for every region, the company's closure days (24 and 31 December), and per technician working
 * hours (by contract: 3 to 5 weekdays 08:00–17:00, two evenings for field staff, a Saturday rota), vacations
 * and regions. The demo login always works on weekdays and is never away today or tomorrow.
 */
export function planningSetup(rng: Rng, ctx: ServicesContext): { setup: PlanningSetup; plans: TechPlan[] } {
  const at = iso(ctx.start.getTime());
  const scale = Math.max(1, ctx.caseCount / 100_000);
  const capacity = { day: Math.ceil(4 * scale), evening: Math.ceil(3 * scale), saturday: Math.ceil(3 * scale) };
  const templates = REGION_LIST.flatMap((r) => templatesFor(r, capacity, at));
  const closureDays: PlanningSetup['closureDays'] = [];
  for (let y = ctx.start.getUTCFullYear(); y <= ctx.now.getUTCFullYear() + 1; y++)
    for (const [date, reason] of [
      [`${y}-12-24`, 'Kerstavond: bedrijf gesloten'],
      [`${y}-12-31`, 'Oudejaarsdag: bedrijf gesloten'],
    ])
      closureDays.push({ id: newId(Date.parse(at)), date, reason, createdAt: at });
  const today = localDate(ctx.now.getTime());
  const protectedDays = new Set([today, addDays(today, 1), addDays(today, 2), addDays(today, 3)]);
  const setup: PlanningSetup = { templates, closureDays, hours: [], absences: [], regions: [], vans: [] };
  const plans: TechPlan[] = [];
  let field = 0;
  let workshop = 0;
  for (const tech of ctx.technicians) {
    const idx = tech.team === 'field' ? field++ : workshop++;
    const [home, extra] = tech.team === 'field' ? FIELD_REGIONS[idx % FIELD_REGIONS.length] : tech.isDemoLogin ? (['west', null] as const) : [null, null];
    const regions = [home, extra].filter((r): r is Region => r !== null);
    const days = tech.isDemoLogin ? 5 : Math.min(5, Math.ceil(tech.contractHoursPerWeek / 8));
    const skip = new Set(Array.from({ length: 5 - days }, (_, k) => ((idx + k * 2) % 5) + 1));
    const hours = new Map<number, [number, number][]>();
    const add = (d: number, start: number, end: number) => {
      hours.set(d, [...(hours.get(d) ?? []), [start, end]]);
      const hhmm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
      setup.hours.push({ id: newId(Date.parse(at)), userId: tech.id, weekday: d, startTime: hhmm(start), endTime: hhmm(end), createdAt: at });
    };
    for (let d = 1; d <= 5; d++) if (!skip.has(d)) add(d, 8 * 60, 17 * 60);
    if (tech.team === 'field' || tech.isDemoLogin) {
      const evenings = [(idx * 2) % 5, (idx * 2 + 2) % 5].map((d) => d + 1);
      for (const d of evenings) add(d, 18 * 60, 22 * 60);
      if (tech.team === 'field' && idx % 3 === 0) add(6, 9 * 60, 13 * 60);
    }
    for (const region of regions) setup.regions.push({ userId: tech.id, region });
    // Vacations: a summer block and a shorter one each year, plus the odd sick day.
    const absent = new Set<string>();
    const away = (from: string, days: number, reason: string) => {
      const dates = Array.from({ length: days }, (_, k) => addDays(from, k));
      if (tech.isDemoLogin && dates.some((d) => protectedDays.has(d))) return;
      for (const d of dates) absent.add(d);
      setup.absences.push({ id: newId(Date.parse(at)), userId: tech.id, startsAt: iso(localMs(from, 0)), endsAt: iso(localMs(addDays(from, days), 0)), reason, createdAt: at });
    };
    for (let y = ctx.start.getUTCFullYear(); y <= ctx.now.getUTCFullYear(); y++) {
      away(addDays(`${y}-07-01`, rng.int(0, 45)), rng.int(10, 17), 'Vakantie');
      away(addDays(`${y}-02-01`, rng.int(0, 250)), rng.int(3, 7), 'Vakantie');
      for (let k = rng.poisson(2); k > 0; k--) away(addDays(`${y}-01-02`, rng.int(0, 360)), 1, 'Ziek');
    }
    if (tech.team === 'field' && idx % 4 === 1) away(addDays(today, 3 + idx), rng.int(4, 8), 'Vakantie');
    let van: string | null = null;
    if (tech.team === 'field' || tech.isDemoLogin) {
      van = newId(Date.parse(at));
      setup.vans.push({ id: van, name: `Bus ${tech.name}`, kind: 'van', userId: tech.id, active: true, version: 1, createdAt: at, updatedAt: at });
    }
    plans.push({ tech, regions, home, hours, absent, van });
  }
  return { setup, plans };
}

/** Whether a technician works the whole window on a date (hours that day, not away). */
export function works(p: TechPlan, date: string, start: number, end: number): boolean {
  if (p.absent.has(date)) return false;
  return (p.hours.get(weekday(date)) ?? []).some(([s, e]) => s <= start && e >= end);
}
