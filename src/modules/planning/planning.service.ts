import type { Actor } from '../../kernel/context.js';
import { AppError, found } from '../../kernel/errors.js';
import { newId } from '../../kernel/ids.js';
import { type Exec, type PlanningDeps, toTemplate } from './planning.core.js';
import { planningRepo } from './planning.repo.js';
import { minutesOf } from './planning.rules.js';
import type {
  Absence,
  ClosureDay,
  CreateAbsenceBody,
  CreateSlotTemplateBody,
  PutTechnicianHoursBody,
  SlotTemplate,
  TechnicianHours,
  UpdateSlotTemplateBody,
} from './planning.schema.js';
import type { SlotTemplateRow } from './planning.table.js';

const invalid = (path: string, message: string) => new AppError('validation', { detail: message, errors: [{ path, message, code: 'custom' }] });
const stale = () => new AppError('version_conflict', { detail: 'The slot template was changed by someone else; reload it.' });

function assertWindow(t: Pick<SlotTemplate, 'startTime' | 'endTime' | 'surchargeKind' | 'surchargeValue'>): void {
  if (minutesOf(t.endTime) <= minutesOf(t.startTime)) throw invalid('body.endTime', 'The slot must end after it starts.');
  if (t.surchargeKind === 'percent' && t.surchargeValue > 100_000) throw invalid('body.surchargeValue', 'A percentage surcharge is at most 1000%.');
}

/** Slot templates, closure days and technicians' working hours, regions and absences (planners and managers). */
export function createPlanningSetup(deps: PlanningDeps) {
  const { db, clock, audit } = deps;

  async function technician(exec: Exec, userId: string) {
    const [user] = await deps.staff([userId], exec);
    return found(user, 'User');
  }

  async function hoursOf(exec: Exec, userId: string): Promise<TechnicianHours> {
    const [hours, regions] = await Promise.all([planningRepo.hoursOf(exec, [userId]), planningRepo.regionsOf(exec, [userId])]);
    return {
      userId,
      hours: hours.map((h) => ({ weekday: h.weekday, startTime: h.startTime, endTime: h.endTime })),
      regions: regions.map((r) => r.region),
    };
  }

  return {
    listTemplates: async (): Promise<SlotTemplate[]> => (await planningRepo.templates(db)).map(toTemplate),
    getTemplate: async (id: string): Promise<SlotTemplate> => toTemplate(found(await planningRepo.template(db, id), 'Slot template')),

    async createTemplate(actor: Actor, body: CreateSlotTemplateBody): Promise<SlotTemplate> {
      assertWindow(body);
      const now = clock.now().toISOString();
      const row: SlotTemplateRow = { id: newId(), ...body, serviceKinds: JSON.stringify(body.serviceKinds), version: 1, createdAt: now, updatedAt: now };
      return db.transaction().execute(async (trx) => {
        await planningRepo.insertTemplate(trx, row);
        const after = toTemplate(row);
        await audit.record(trx, actor, { action: 'slot_template.created', entityType: 'slot_template', entityId: row.id, after });
        return after;
      });
    },

    /** Changes a template; slots already used keep the capacity they were first held against. */
    async updateTemplate(actor: Actor, id: string, body: UpdateSlotTemplateBody): Promise<SlotTemplate> {
      return db.transaction().execute(async (trx) => {
        const before = toTemplate(found(await planningRepo.template(trx, id), 'Slot template'));
        const { version, serviceKinds, ...fields } = body;
        const merged = { ...before, ...fields };
        assertWindow(merged);
        const patch = { ...fields, ...(serviceKinds ? { serviceKinds: JSON.stringify(serviceKinds) } : {}), updatedAt: clock.now().toISOString() };
        if (!(await planningRepo.updateTemplate(trx, id, version, patch))) throw stale();
        const after = toTemplate(found(await planningRepo.template(trx, id), 'Slot template'));
        await audit.record(trx, actor, { action: 'slot_template.updated', entityType: 'slot_template', entityId: id, before, after });
        return after;
      });
    },

    listClosureDays: async (from = '0000-01-01', to = '9999-12-31'): Promise<ClosureDay[]> => planningRepo.closureDays(db, from, to),

    async addClosureDay(actor: Actor, body: { date: string; reason: string }): Promise<ClosureDay> {
      return db.transaction().execute(async (trx) => {
        if (await planningRepo.closureOn(trx, body.date))
          throw new AppError('conflict', { subcode: 'closure_day.exists', detail: `${body.date} is already a closure day.` });
        const row = { id: newId(), date: body.date, reason: body.reason, createdAt: clock.now().toISOString() };
        await planningRepo.insertClosureDay(trx, row);
        await audit.record(trx, actor, { action: 'closure_day.created', entityType: 'closure_day', entityId: row.id, after: row });
        return row;
      });
    },

    /** Removes a closure day; bookings are not affected (a closure day only stops new bookings). */
    async removeClosureDay(actor: Actor, id: string): Promise<void> {
      await db.transaction().execute(async (trx) => {
        const before = found(await planningRepo.closureDay(trx, id), 'Closure day');
        await planningRepo.deleteClosureDay(trx, id);
        await audit.record(trx, actor, { action: 'closure_day.deleted', entityType: 'closure_day', entityId: id, before });
      });
    },

    async technicianHours(userId: string): Promise<TechnicianHours> {
      await technician(db, userId);
      return hoursOf(db, userId);
    },

    /** Replaces a technician's weekly working hours (and regions, when given). Intervals on one day may not overlap. */
    async setTechnicianHours(actor: Actor, userId: string, body: PutTechnicianHoursBody): Promise<TechnicianHours> {
      body.hours.forEach((h, i) => {
        if (minutesOf(h.endTime) <= minutesOf(h.startTime)) throw invalid(`body.hours.${i}.endTime`, 'Working hours must end after they start.');
        for (const [j, o] of body.hours.entries())
          if (j < i && o.weekday === h.weekday && minutesOf(o.startTime) < minutesOf(h.endTime) && minutesOf(h.startTime) < minutesOf(o.endTime))
            throw invalid(`body.hours.${i}`, 'Working hours on one day overlap.');
      });
      return db.transaction().execute(async (trx) => {
        await technician(trx, userId);
        const before = await hoursOf(trx, userId);
        const now = clock.now().toISOString();
        await planningRepo.replaceHours(trx, userId, body.hours.map((h) => ({ id: newId(), userId, ...h, createdAt: now })));
        if (body.regions) await planningRepo.replaceRegions(trx, userId, body.regions);
        const after = await hoursOf(trx, userId);
        await audit.record(trx, actor, { action: 'technician.hours_set', entityType: 'user', entityId: userId, before, after });
        return after;
      });
    },

    async absences(userId: string): Promise<Absence[]> {
      await technician(db, userId);
      return planningRepo.absencesOfUser(db, userId);
    },

    async addAbsence(actor: Actor, userId: string, body: CreateAbsenceBody): Promise<Absence> {
      const startsAt = new Date(body.startsAt).toISOString();
      const endsAt = new Date(body.endsAt).toISOString();
      if (endsAt <= startsAt) throw invalid('body.endsAt', 'An absence must end after it starts.');
      return db.transaction().execute(async (trx) => {
        await technician(trx, userId);
        const row = { id: newId(), userId, startsAt, endsAt, reason: body.reason, createdAt: clock.now().toISOString() };
        await planningRepo.insertAbsence(trx, row);
        await audit.record(trx, actor, { action: 'technician.absence_added', entityType: 'user', entityId: userId, after: row });
        return row;
      });
    },

    async removeAbsence(actor: Actor, userId: string, id: string): Promise<void> {
      await db.transaction().execute(async (trx) => {
        const before = found(await planningRepo.absence(trx, userId, id), 'Absence');
        await planningRepo.deleteAbsence(trx, id);
        await audit.record(trx, actor, { action: 'technician.absence_removed', entityType: 'user', entityId: userId, before });
      });
    },
  };
}
