import type { DbExecutor } from '../../kernel/db/types.js';
import type { BookingRow, PlanningTables } from './planning.table.js';

type Db = DbExecutor<PlanningTables>;

/** All SQL on held slot capacity and bookings. */
export const bookingRepo = {
  usageBetween: (db: Db, templateIds: string[], from: string, to: string) =>
    templateIds.length
      ? db.selectFrom('slotUsage').selectAll().where('templateId', 'in', templateIds).where('date', '>=', from).where('date', '<=', to).execute()
      : Promise.resolve([]),
  usage: (db: Db, templateId: string, date: string) =>
    db.selectFrom('slotUsage').selectAll().where('templateId', '=', templateId).where('date', '=', date).executeTakeFirst(),

  /**
   * Takes `units` of a slot's capacity, or nothing: the usage row is created at first use (a concurrent creator
   * wins and ours does nothing), then one conditional UPDATE adds the units only while they still fit. On
   * PostgreSQL the row lock makes a competing UPDATE re-check the condition after the first commits; SQLite
   * runs one write transaction at a time. Returns false when the slot is full.
   */
  async hold(db: Db, templateId: string, date: string, units: number, capacity: number, now: string): Promise<boolean> {
    await db
      .insertInto('slotUsage')
      .values({ templateId, date, used: 0, capacity, updatedAt: now })
      .onConflict((oc) => oc.columns(['templateId', 'date']).doNothing())
      .execute();
    const r = await db
      .updateTable('slotUsage')
      .set((eb) => ({ used: eb('used', '+', units), updatedAt: now }))
      .where('templateId', '=', templateId)
      .where('date', '=', date)
      .where((eb) => eb(eb('used', '+', units), '<=', eb.ref('capacity')))
      .executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  },

  async release(db: Db, templateId: string, date: string, units: number, now: string): Promise<void> {
    await db
      .updateTable('slotUsage')
      .set((eb) => ({ used: eb('used', '-', units), updatedAt: now }))
      .where('templateId', '=', templateId)
      .where('date', '=', date)
      .where('used', '>=', units)
      .execute();
  },

  findById: (db: Db, id: string) => db.selectFrom('bookings').selectAll().where('id', '=', id).executeTakeFirst(),
  async insert(db: Db, row: BookingRow): Promise<void> {
    await db.insertInto('bookings').values(row).execute();
  },
  async updateVersioned(db: Db, id: string, version: number, patch: Partial<BookingRow>): Promise<boolean> {
    const r = await db
      .updateTable('bookings')
      .set({ ...patch, version: version + 1 })
      .where('id', '=', id)
      .where('version', '=', version)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  },

  /** Bookings starting in [from, to), in start order. */
  between: (db: Db, from: string, to: string, status?: string) => {
    let q = db.selectFrom('bookings').selectAll().where('startsAt', '>=', from).where('startsAt', '<', to);
    if (status) q = q.where('status', '=', status as BookingRow['status']);
    return q.orderBy('startsAt').orderBy('id').execute();
  },
  ofCustomer: (db: Db, customerId: string) =>
    db.selectFrom('bookings').selectAll().where('customerId', '=', customerId).orderBy('startsAt', 'desc').orderBy('id').execute(),
  ofCase: (db: Db, caseId: string) => db.selectFrom('bookings').selectAll().where('caseId', '=', caseId).orderBy('startsAt').orderBy('id').execute(),

  /** Confirmed bookings on a local date that have not had their reminder. */
  dueReminders: (db: Db, date: string, limit: number) =>
    db
      .selectFrom('bookings')
      .selectAll()
      .where('date', '=', date)
      .where('status', '=', 'confirmed')
      .where('reminderSentAt', 'is', null)
      .orderBy('id')
      .limit(limit)
      .execute(),
  /** Marks the reminder sent unless someone (another instance) already did; true for the one that claimed it. */
  async claimReminder(db: Db, id: string, now: string): Promise<boolean> {
    const r = await db.updateTable('bookings').set({ reminderSentAt: now }).where('id', '=', id).where('reminderSentAt', 'is', null).executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  },
};
