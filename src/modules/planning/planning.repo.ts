import type { DbExecutor } from '../../kernel/db/types.js';
import type { AbsenceRow, ClosureDayRow, PlanningTables, SlotTemplateRow, TechnicianHoursRow } from './planning.table.js';

type Db = DbExecutor<PlanningTables>;

/** All SQL on slot templates, closure days and technicians' hours, absences and regions. */
export const planningRepo = {
  templates: (db: Db) => db.selectFrom('slotTemplates').selectAll().orderBy('weekday').orderBy('startTime').orderBy('id').execute(),
  activeTemplates: (db: Db) => db.selectFrom('slotTemplates').selectAll().where('active', '=', true).execute(),
  template: (db: Db, id: string) => db.selectFrom('slotTemplates').selectAll().where('id', '=', id).executeTakeFirst(),

  async insertTemplate(db: Db, row: SlotTemplateRow): Promise<void> {
    await db.insertInto('slotTemplates').values(row).execute();
  },

  async updateTemplate(db: Db, id: string, version: number, patch: Partial<SlotTemplateRow>): Promise<boolean> {
    const r = await db
      .updateTable('slotTemplates')
      .set({ ...patch, version: version + 1 })
      .where('id', '=', id)
      .where('version', '=', version)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  },

  closureDays: (db: Db, from: string, to: string) =>
    db.selectFrom('closureDays').selectAll().where('date', '>=', from).where('date', '<=', to).orderBy('date').execute(),
  closureDay: (db: Db, id: string) => db.selectFrom('closureDays').selectAll().where('id', '=', id).executeTakeFirst(),
  closureOn: (db: Db, date: string) => db.selectFrom('closureDays').selectAll().where('date', '=', date).executeTakeFirst(),
  async insertClosureDay(db: Db, row: ClosureDayRow): Promise<void> {
    await db.insertInto('closureDays').values(row).execute();
  },
  async deleteClosureDay(db: Db, id: string): Promise<void> {
    await db.deleteFrom('closureDays').where('id', '=', id).execute();
  },

  hoursOf: (db: Db, userIds: string[]) =>
    userIds.length
      ? db.selectFrom('technicianHours').selectAll().where('userId', 'in', userIds).orderBy('weekday').orderBy('startTime').execute()
      : Promise.resolve([]),
  async replaceHours(db: Db, userId: string, rows: TechnicianHoursRow[]): Promise<void> {
    await db.deleteFrom('technicianHours').where('userId', '=', userId).execute();
    if (rows.length) await db.insertInto('technicianHours').values(rows).execute();
  },

  regionsOf: (db: Db, userIds: string[]) =>
    userIds.length ? db.selectFrom('technicianRegions').selectAll().where('userId', 'in', userIds).orderBy('region').execute() : Promise.resolve([]),
  /** Technicians serving a region; `null` means every technician with any region. */
  usersInRegion: async (db: Db, region: string | null): Promise<string[]> => {
    let q = db.selectFrom('technicianRegions').select('userId').distinct();
    if (region !== null) q = q.where('region', '=', region);
    return (await q.execute()).map((r) => r.userId);
  },
  async replaceRegions(db: Db, userId: string, regions: string[]): Promise<void> {
    await db.deleteFrom('technicianRegions').where('userId', '=', userId).execute();
    if (regions.length) await db.insertInto('technicianRegions').values(regions.map((region) => ({ userId, region }))).execute();
  },

  /** Absences of the users that overlap [from, to). */
  absencesOf: (db: Db, userIds: string[], from: string, to: string) =>
    userIds.length
      ? db
          .selectFrom('technicianAbsences')
          .selectAll()
          .where('userId', 'in', userIds)
          .where('startsAt', '<', to)
          .where('endsAt', '>', from)
          .orderBy('startsAt')
          .execute()
      : Promise.resolve([]),
  absencesOfUser: (db: Db, userId: string) =>
    db.selectFrom('technicianAbsences').selectAll().where('userId', '=', userId).orderBy('startsAt').execute(),
  absence: (db: Db, userId: string, id: string) =>
    db.selectFrom('technicianAbsences').selectAll().where('id', '=', id).where('userId', '=', userId).executeTakeFirst(),
  async insertAbsence(db: Db, row: AbsenceRow): Promise<void> {
    await db.insertInto('technicianAbsences').values(row).execute();
  },
  async deleteAbsence(db: Db, id: string): Promise<void> {
    await db.deleteFrom('technicianAbsences').where('id', '=', id).execute();
  },
};
