import type { DbExecutor } from '../../kernel/db/types.js';
import type { RepairKind, RepairOrderRow, RepairsTables, RepairStatus } from './repairs.table.js';

type Db = DbExecutor<RepairsTables>;
type T = RepairsTables;

const FINAL: RepairStatus[] = ['completed', 'cancelled'];

export interface RepairFilter {
  status?: RepairStatus;
  kind?: RepairKind;
  technicianId?: string;
  customerId?: string;
  caseId?: string;
  orderId?: string;
  openOnly?: boolean;
}

function filtered(db: Db, f: RepairFilter) {
  return db
    .selectFrom('repairOrders')
    .$if(f.status !== undefined, (q) => q.where('status', '=', f.status as RepairStatus))
    .$if(f.kind !== undefined, (q) => q.where('kind', '=', f.kind as RepairKind))
    .$if(f.technicianId !== undefined, (q) => q.where('technicianId', '=', f.technicianId as string))
    .$if(f.customerId !== undefined, (q) => q.where('customerId', '=', f.customerId as string))
    .$if(f.caseId !== undefined, (q) => q.where('caseId', '=', f.caseId as string))
    .$if(f.orderId !== undefined, (q) => q.where('orderId', '=', f.orderId as string))
    .$if(f.openOnly === true, (q) => q.where('status', 'not in', FINAL));
}

export const repairRepo = {
  insert: async (db: Db, row: RepairOrderRow) => void (await db.insertInto('repairOrders').values(row).execute()),
  findById: (db: Db, id: string) => db.selectFrom('repairOrders').selectAll().where('id', '=', id).executeTakeFirst(),
  openOfOrder: (db: Db, orderId: string) => filtered(db, { orderId, openOnly: true }).selectAll().execute(),
  openOfBooking: (db: Db, bookingId: string) =>
    filtered(db, { openOnly: true }).selectAll().where('bookingId', '=', bookingId).execute(),

  /** Applies `patch` only if the row is still at `version`; returns whether it was. */
  async update(db: Db, id: string, version: number, patch: Partial<RepairOrderRow>): Promise<boolean> {
    const r = await db
      .updateTable('repairOrders')
      .set({ ...patch, version: version + 1 })
      .where('id', '=', id)
      .where('version', '=', version)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  },
  setFirstTimeFix: async (db: Db, id: string, value: boolean, at: string) =>
    void (await db.updateTable('repairOrders').set((eb) => ({ firstTimeFix: value, updatedAt: at, version: eb('version', '+', 1) })).where('id', '=', id).execute()),

  list: (db: Db, f: RepairFilter, limit: number, offset: number) =>
    filtered(db, f).selectAll().orderBy('createdAt', 'desc').orderBy('id', 'desc').limit(limit).offset(offset).execute(),
  async count(db: Db, f: RepairFilter): Promise<number> {
    const r = await filtered(db, f).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    return Number(r.n);
  },

  /** Orders whose window starts in [from, to), optionally of one technician and of some kinds, in time order. */
  scheduledBetween: (db: Db, from: string, to: string, opts: { technicianId?: string; kinds?: RepairKind[] }) =>
    db
      .selectFrom('repairOrders')
      .selectAll()
      .where('scheduledStart', '>=', from)
      .where('scheduledStart', '<', to)
      .where('status', '!=', 'cancelled')
      .$if(opts.technicianId !== undefined, (q) => q.where('technicianId', '=', opts.technicianId as string))
      .$if(opts.kinds !== undefined, (q) => q.where('kind', 'in', opts.kinds as RepairKind[]))
      .orderBy('scheduledStart')
      .orderBy('id')
      .execute(),
  /** Open orders nobody has a window for yet (unplanned backlog, or workshop items on the bench). */
  openWithoutWindow: (db: Db, kinds: RepairKind[], limit: number) =>
    db
      .selectFrom('repairOrders')
      .selectAll()
      .where('scheduledStart', 'is', null)
      .where('status', 'not in', FINAL)
      .where('kind', 'in', kinds)
      .orderBy('createdAt')
      .limit(limit)
      .execute(),
  ofCustomer: (db: Db, customerId: string) =>
    db.selectFrom('repairOrders').selectAll().where('customerId', '=', customerId).orderBy('createdAt', 'desc').limit(200).execute(),

  insertHistory: async (db: Db, row: T['repairStatusHistory']) => void (await db.insertInto('repairStatusHistory').values(row).execute()),
  historyOf: (db: Db, id: string) => db.selectFrom('repairStatusHistory').selectAll().where('repairOrderId', '=', id).orderBy('at').orderBy('id').execute(),

  insertTimeEntry: async (db: Db, row: T['timeEntries']) => void (await db.insertInto('timeEntries').values(row).execute()),
  timeEntriesOf: (db: Db, id: string) => db.selectFrom('timeEntries').selectAll().where('repairOrderId', '=', id).orderBy('createdAt').orderBy('id').execute(),

  insertPart: async (db: Db, row: T['repairParts']) => void (await db.insertInto('repairParts').values(row).execute()),
  partsOf: (db: Db, id: string) => db.selectFrom('repairParts').selectAll().where('repairOrderId', '=', id).orderBy('createdAt').orderBy('id').execute(),

  insertPhoto: async (db: Db, row: T['repairPhotos']) => void (await db.insertInto('repairPhotos').values(row).execute()),
  photosOf: (db: Db, id: string) =>
    db.selectFrom('repairPhotos').select(['id', 'repairOrderId', 'filename', 'contentType', 'size', 'userId', 'createdAt']).where('repairOrderId', '=', id).orderBy('createdAt').orderBy('id').execute(),
  findPhoto: (db: Db, id: string, photoId: string) =>
    db.selectFrom('repairPhotos').selectAll().where('repairOrderId', '=', id).where('id', '=', photoId).executeTakeFirst(),
};
