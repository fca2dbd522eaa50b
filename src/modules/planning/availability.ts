import { AppError } from '../../kernel/errors.js';
import type { Exec, PlanningDeps, PlanningServiceInfo } from './planning.core.js';
import { toTemplate } from './planning.core.js';
import { planningRepo } from './planning.repo.js';
import {
  addDays,
  datesBetween,
  type Interval,
  isoWeekday,
  localToUtc,
  localToUtcMs,
  minutesInside,
  minutesOf,
  type Region,
  regionOf,
  surchargeOf,
  workingWindows,
} from './planning.rules.js';
import type { AvailabilityQuery, Slot, SlotTemplate } from './planning.schema.js';
import { bookingRepo } from './booking.repo.js';

const MAX_DAYS = 31;
const HOUR_MS = 3_600_000;

const refuse = (subcode: string, detail: string) => new AppError('unprocessable', { subcode, detail });

/** A slot of a template on a date, checked and priced for one service. */
export interface CheckedSlot {
  template: SlotTemplate;
  date: string;
  region: Region;
  startsAt: string;
  endsAt: string;
  cutoffAt: string;
  units: number;
  basePriceCents: number;
  surchargeCents: number;
}

/** Available slots with prices, technician capacity and the checks a booking must pass. */
export function createAvailability(deps: PlanningDeps) {
  const { db, clock } = deps;

  /** Closure days and closed public holidays between two dates: date → reason. */
  async function closedDates(exec: Exec, from: string, to: string): Promise<Map<string, string>> {
    const closed = new Map<string, string>();
    for (let y = Number(from.slice(0, 4)); y <= Number(to.slice(0, 4)); y++)
      for (const [date, name] of deps.holidays(y)) if (date >= from && date <= to) closed.set(date, name);
    for (const c of await planningRepo.closureDays(exec, from, to)) closed.set(c.date, c.reason || 'gesloten');
    return closed;
  }

  /** Available minutes per technician per date: working hours minus absences; nothing on closed days. */
  async function technicianMinutes(exec: Exec, userIds: string[], dates: string[], frame?: (date: string) => Interval) {
    const out = new Map<string, Map<string, number>>();
    if (!userIds.length || !dates.length) return out;
    const first = dates[0];
    const last = dates[dates.length - 1];
    const [hours, absences, closed] = await Promise.all([
      planningRepo.hoursOf(exec, userIds),
      planningRepo.absencesOf(exec, userIds, new Date(localToUtcMs(first, 0)).toISOString(), new Date(localToUtcMs(addDays(last, 1), 0)).toISOString()),
      closedDates(exec, first, last),
    ]);
    for (const userId of userIds) {
      const perDate = new Map<string, number>();
      const mine = hours.filter((h) => h.userId === userId);
      const away = absences.filter((a) => a.userId === userId).map((a) => ({ start: Date.parse(a.startsAt), end: Date.parse(a.endsAt) }));
      for (const date of dates) {
        if (closed.has(date)) {
          perDate.set(date, 0);
          continue;
        }
        const windows = workingWindows(date, mine.filter((h) => h.weekday === isoWeekday(date)));
        const day = frame?.(date) ?? { start: localToUtcMs(date, 0), end: localToUtcMs(addDays(date, 1), 0) };
        perDate.set(date, minutesInside(windows, day, away));
      }
      out.set(userId, perDate);
    }
    return out;
  }

  /** Technician minutes inside a slot window, over the technicians of the region who have the service's skills. */
  async function minutesCapacity(exec: Exec, template: SlotTemplate, date: string, skills: string[]): Promise<number> {
    const candidates = await planningRepo.usersInRegion(exec, template.region === '*' ? null : template.region);
    const people = candidates.length ? await deps.staff(candidates, exec) : [];
    const able = people.filter((p) => p.active && skills.every((s) => p.skills.includes(s))).map((p) => p.id);
    const window = { start: localToUtcMs(date, minutesOf(template.startTime)), end: localToUtcMs(date, minutesOf(template.endTime)) };
    const minutes = await technicianMinutes(exec, able, [date], () => window);
    let total = 0;
    for (const perDate of minutes.values()) total += perDate.get(date) ?? 0;
    return total;
  }

  function priced(template: SlotTemplate, date: string, region: Region, service: PlanningServiceInfo): CheckedSlot {
    const startsAt = localToUtc(date, template.startTime);
    return {
      template,
      date,
      region,
      startsAt,
      endsAt: localToUtc(date, template.endTime),
      cutoffAt: new Date(Date.parse(startsAt) - template.cutoffHours * HOUR_MS).toISOString(),
      units: template.capacityMode === 'count' ? 1 : service.durationMinutes,
      basePriceCents: service.priceCents,
      surchargeCents: surchargeOf(service.priceCents, template.surchargeKind, template.surchargeValue),
    };
  }

  /**
   * The capacity a slot would hold against when first used: the template's count, or the technicians' minutes
   * in the slot window. Once a slot is used its capacity is fixed in slot_usage; a later change of hours or
   * absences does not move it (a planner adjusts by hand if needed).
   */
  async function capacityOf(exec: Exec, template: SlotTemplate, date: string, service: PlanningServiceInfo): Promise<number> {
    if (template.capacityMode === 'count') return template.capacity;
    return minutesCapacity(exec, template, date, service.requiredSkills);
  }

  const fits = (t: SlotTemplate, region: Region, kind: string) => t.active && (t.region === '*' || t.region === region) && t.serviceKinds.includes(kind);

  function regionFor(postcode: string): Region {
    const region = regionOf(postcode);
    if (!region) throw refuse('booking.outside_region', `Postcode ${postcode} is not in any service region.`);
    return region;
  }

  return {
    closedDates,
    minutesCapacity,

    /** Per user and date the minutes they can work: working hours minus absences, zero on closure days and holidays. */
    async technicianDays(userIds: string[], from: string, to: string, exec: Exec = db) {
      const dates = datesBetween(from, to);
      const minutes = await technicianMinutes(exec, [...new Set(userIds)], dates);
      return [...minutes].flatMap(([userId, perDate]) => [...perDate].map(([date, availableMinutes]) => ({ userId, date, availableMinutes })));
    },

    /**
     * Checks that a template is bookable for a service at a postcode on a date, and prices it. Refuses (422)
     * outside the region, on closed days, in the past and inside the lead time.
     */
    async checkSlot(exec: Exec, templateId: string, date: string, postcode: string, service: PlanningServiceInfo): Promise<CheckedSlot> {
      const row = await planningRepo.template(exec, templateId);
      const region = regionFor(postcode);
      if (!row) throw refuse('booking.no_such_slot', 'This time slot does not exist.');
      const template = toTemplate(row);
      if (!template.active || isoWeekday(date) !== template.weekday || !template.serviceKinds.includes(service.kind))
        throw refuse('booking.no_such_slot', `There is no such time slot for this service on ${date}.`);
      if (!fits(template, region, service.kind)) throw refuse('booking.outside_region', `This time slot does not serve postcode ${postcode}.`);
      const closed = await closedDates(exec, date, date);
      if (closed.has(date)) throw refuse('booking.closed', `We are closed on ${date} (${closed.get(date)}).`);
      const slot = priced(template, date, region, service);
      const now = clock.now().getTime();
      if (Date.parse(slot.startsAt) <= now) throw refuse('booking.past', 'This time slot has already started.');
      if (Date.parse(slot.startsAt) < now + template.leadTimeHours * HOUR_MS)
        throw refuse('booking.too_late', `This time slot must be booked at least ${template.leadTimeHours} hours ahead.`);
      return slot;
    },

    capacityOf,

    /** Bookable slots for a service at a postcode over at most 31 days, with prices. */
    async availability(q: AvailabilityQuery, exec: Exec = db): Promise<{ region: Region; items: Slot[] }> {
      if (q.to < q.from) throw new AppError('validation', { detail: 'The range ends before it starts.', errors: [{ path: 'query.to', message: 'before from', code: 'custom' }] });
      const dates = datesBetween(q.from, q.to);
      if (dates.length > MAX_DAYS)
        throw new AppError('validation', { detail: `Ask for at most ${MAX_DAYS} days.`, errors: [{ path: 'query.to', message: `at most ${MAX_DAYS} days`, code: 'custom' }] });
      const region = regionFor(q.postcode);
      const service = await deps.service(q.serviceId, exec);
      if (!service.active) return { region, items: [] };
      const templates = (await planningRepo.activeTemplates(exec)).map(toTemplate).filter((t) => fits(t, region, service.kind));
      const closed = await closedDates(exec, q.from, q.to);
      const usage = new Map((await bookingRepo.usageBetween(exec, templates.map((t) => t.id), q.from, q.to)).map((u) => [`${u.templateId}|${u.date}`, u]));
      const now = clock.now().getTime();
      const items: Slot[] = [];
      for (const date of dates) {
        if (closed.has(date)) continue;
        for (const t of templates.filter((x) => x.weekday === isoWeekday(date))) {
          const slot = priced(t, date, region, service);
          if (Date.parse(slot.startsAt) < now + t.leadTimeHours * HOUR_MS || Date.parse(slot.startsAt) <= now) continue;
          const held = usage.get(`${t.id}|${date}`);
          const capacity = held ? held.capacity : await capacityOf(exec, t, date, service);
          const free = Math.max(0, capacity - (held?.used ?? 0));
          if (free < slot.units) continue;
          items.push({
            templateId: t.id,
            name: t.name,
            date,
            startsAt: slot.startsAt,
            endsAt: slot.endsAt,
            slotType: t.slotType,
            region,
            capacityMode: t.capacityMode,
            free,
            units: slot.units,
            basePriceCents: slot.basePriceCents,
            surchargeCents: slot.surchargeCents,
            totalPriceCents: slot.basePriceCents + slot.surchargeCents,
            vatCode: service.vatCode,
            cutoffAt: slot.cutoffAt,
          });
        }
      }
      items.sort((a, b) => (a.startsAt < b.startsAt ? -1 : a.startsAt > b.startsAt ? 1 : a.templateId < b.templateId ? -1 : 1));
      return { region, items };
    },
  };
}

export type Availability = ReturnType<typeof createAvailability>;
