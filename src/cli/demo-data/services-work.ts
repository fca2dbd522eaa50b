import { newId } from '../../kernel/ids.js';
import type { Rng } from './random.js';
import { REGION_CENTRES, type TechPlan, works } from './services-setup.js';
import { addDays, DAY, HOUR, haversineKm, iso, localDate, localMinutes, localMs, MIN, weekday } from './services-time.js';
import type { Region, RepairOrderRow, ServiceRows, ServicesContext, SlotTemplateRow } from './services-types.js';

type Status = RepairOrderRow['status'];
const SPREAD = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
const SPREAD_WEIGHTS = [10, 14, 14, 12, 10, 8, 7, 6, 5, 4, 3, 3, 2];
export interface Ev {
  to: Status;
  at: number;
  user: string | null;
}

/** The calendar, the people and the capacity every job draws on, shared across all cases. */
export function createWorkplace(ctx: ServicesContext, rng: Rng, plans: TechPlan[], templates: SlotTemplateRow[], closureDays: ReadonlySet<string>) {
  const nowMs = ctx.now.getTime();
  const today = localDate(nowMs);
  const closed = (d: string) => ctx.holidays.has(d) || closureDays.has(d);
  const openDay = (d: string) => weekday(d) <= 5 && !closed(d);
  const nextOpen = (d: string) => {
    let x = d;
    while (!openDay(x)) x = addDays(x, 1);
    return x;
  };
  const byRegionDay = new Map<string, SlotTemplateRow[]>();
  for (const t of templates) byRegionDay.set(`${t.region}|${t.weekday}`, [...(byRegionDay.get(`${t.region}|${t.weekday}`) ?? []), t]);
  const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
  const usage = new Map<string, number>();
  const load = new Map<string, number>();
  const slotSeq = new Map<string, number>();
  const demo = plans.find((p) => p.tech.isDemoLogin);
  const targets = demo ? [today, addDays(today, 1)].filter((d) => !closed(d) && works(demo, d, 8 * 60, 17 * 60)) : [];
  const wantsDemo = (d: string) => demo !== undefined && targets.includes(d) && (load.get(`${demo.tech.id}|${d}`) ?? 0) < 3;

  /** Moves an instant into office hours (08:00–17:30 on an open weekday), keeping it if it already is. */
  function office(ms: number): number {
    let date = localDate(ms);
    let m = localMinutes(ms);
    if (openDay(date) && m >= 8 * 60 && m <= 17 * 60 + 30) return ms;
    if (m > 17 * 60 + 30) date = addDays(date, 1);
    date = nextOpen(date);
    m = 8 * 60 + rng.int(0, 120);
    return localMs(date, m);
  }

  const free = (t: SlotTemplateRow, date: string) => (usage.get(`${t.id}|${date}`) ?? 0) < t.capacity;
  const slotStart = (t: SlotTemplateRow, date: string) => localMs(date, t.startTime);

  /** A time slot the customer picks after `fromMs` (24 hours' lead time), or the demo technician's day when free. */
  function pickSlot(region: Region, fromMs: number, forDemo: boolean): { template: SlotTemplateRow; date: string; forced: boolean } | null {
    const earliest = fromMs + 24 * HOUR;
    if (forDemo && demo?.regions.includes(region))
      for (const d of targets) {
        if (!wantsDemo(d)) continue;
        const opts = (byRegionDay.get(`${region}|${weekday(d)}`) ?? []).filter((t) => t.slotType === 'day' && slotStart(t, d) >= earliest && free(t, d));
        if (opts.length) return { template: rng.pick(opts), date: d, forced: true };
      }
    const want = rng.weighted(['day', 'evening', 'saturday'] as const, [62, 30, 8]);
    // Customers rarely take the very first slot: most choose one within the next week or two.
    let date = addDays(localDate(earliest), rng.weighted(SPREAD, SPREAD_WEIGHTS));
    for (let k = 0; k < 60; k++, date = addDays(date, 1)) {
      if (closed(date)) continue;
      const opts = (byRegionDay.get(`${region}|${weekday(date)}`) ?? []).filter((t) => slotStart(t, date) >= earliest && free(t, date));
      if (!opts.length) continue;
      const match = opts.filter((t) => t.slotType === want);
      if (match.length && (k >= 20 || rng.chance(0.55))) return { template: rng.pick(match), date, forced: false };
      if (k >= 20) return { template: rng.pick(opts), date, forced: false };
    }
    return null;
  }

  /** The least-loaded technician of the team (and region) who works the window and has the skills. */
  function pickTech(team: 'field' | 'workshop', region: Region | null, date: string, start: number, end: number, skills: string[], preferDemo: boolean): TechPlan {
    const pool = plans.filter((p) => (team === 'workshop' ? p.tech.team === 'workshop' : (p.tech.team === 'field' || p.tech.isDemoLogin) && region !== null && p.regions.includes(region)));
    const base = pool.length ? pool : plans.filter((p) => p.tech.team === 'field');
    const skilled = base.filter((p) => skills.every((s) => p.tech.skills.includes(s)));
    const able = (skilled.length ? skilled : base).filter((p) => works(p, date, start, end));
    if (preferDemo && demo && able.includes(demo) && wantsDemo(date)) return demo;
    const candidates = able.length ? able : skilled.length ? skilled : base;
    let best = candidates[0];
    let bestLoad = Number.POSITIVE_INFINITY;
    for (const p of candidates) {
      const l = (load.get(`${p.tech.id}|${date}`) ?? 0) + rng.next() * 0.5;
      if (l < bestLoad) [best, bestLoad] = [p, l];
    }
    return best;
  }

  /** A window for the technician's next job inside the slot: jobs follow each other with travel in between. */
  function window(p: TechPlan, date: string, key: string, from: number, to: number, duration: number, gap: number): [number, number] {
    const k = `${p.tech.id}|${date}|${key}`;
    const n = slotSeq.get(k) ?? 0;
    slotSeq.set(k, n + 1);
    load.set(`${p.tech.id}|${date}`, (load.get(`${p.tech.id}|${date}`) ?? 0) + 1);
    const start = Math.min(from + n * (duration + gap), Math.max(from, to - duration));
    return [localMs(date, start), localMs(date, start + duration)];
  }

  /** Road km from the technician's region centre to the address (straight line × 1.3), one decimal. */
  function travelKm(p: TechPlan, lat: number | null, lng: number | null): number | null {
    if (lat === null || lng === null || !p.home) return null;
    return Math.round(haversineKm(REGION_CENTRES[p.home], { lat, lng }) * 1.3 * 10) / 10;
  }

  /** Minutes of work around a norm, in steps of five (log-normal, 20 minutes to 4 hours). */
  const workMinutes = (norm: number) => Math.min(240, Math.max(20, Math.round(Math.exp(rng.normal(Math.log(Math.max(20, norm)), 0.35)) / 5) * 5));

  /**
   * Applies the events that have happened by now to a repair order: its status, a stamp per status reached and
   * the history; later events are left out, so a job in the future stays created or planned.
   */
  function settle(row: RepairOrderRow, creator: string | null, events: Ev[], out: ServiceRows): Ev[] {
    const sorted = [...events].sort((a, b) => a.at - b.at);
    const cut = sorted.findIndex((e) => e.to === 'cancelled');
    const past = (cut >= 0 ? sorted.slice(0, cut + 1) : sorted).filter((e) => e.at <= nowMs);
    const stamp: Record<Status, keyof RepairOrderRow> = {
      created: 'createdAt',
      planned: 'plannedAt',
      in_progress: 'startedAt',
      waiting_for_parts: 'waitingForPartsAt',
      ready: 'readyAt',
      completed: 'completedAt',
      cancelled: 'cancelledAt',
    };
    out.history.push({ id: newId(Date.parse(row.createdAt)), repairOrderId: row.id, fromStatus: null, toStatus: 'created', at: row.createdAt, userId: creator });
    let from: Status = 'created';
    for (const e of past) {
      const key = stamp[e.to];
      if ((row as unknown as Record<string, unknown>)[key] === null) (row as unknown as Record<string, unknown>)[key] = iso(e.at);
      out.history.push({ id: newId(e.at), repairOrderId: row.id, fromStatus: from, toStatus: e.to, at: iso(e.at), userId: e.user });
      from = e.to;
    }
    row.status = from;
    row.version = 1 + past.length;
    row.updatedAt = past.length ? iso(past[past.length - 1].at) : row.createdAt;
    return past;
  }

  function usageRows() {
    return [...usage].map(([key, used]) => {
      const [templateId, date] = key.split('|');
      const t = templates.find((x) => x.id === templateId) as SlotTemplateRow;
      return { templateId, date, used, capacity: Math.max(t.capacity, used), updatedAt: iso(Math.min(nowMs, slotStart(t, date) - DAY)) };
    });
  }

  return {
    nowMs,
    today,
    closed,
    openDay,
    nextOpen,
    office,
    pickSlot,
    pickTech,
    window,
    travelKm,
    workMinutes,
    settle,
    usageRows,
    hold: (t: SlotTemplateRow, date: string) => usage.set(`${t.id}|${date}`, (usage.get(`${t.id}|${date}`) ?? 0) + 1),
    release: (t: SlotTemplateRow, date: string) => usage.set(`${t.id}|${date}`, (usage.get(`${t.id}|${date}`) ?? 1) - 1),
    minutesOf,
    slotStart,
    wantsDemo,
    demo,
    targets,
    MIN,
  };
}

export type Workplace = ReturnType<typeof createWorkplace>;
