import type { DbExecutor } from '../../kernel/db/types.js';
import type { OrderLineRow, OrderRow, OrdersTables, QuoteLineRow, QuoteRow } from './orders.table.js';

type Db = DbExecutor<OrdersTables>;

export interface ListFilter {
  caseId?: string;
  customerId?: string;
  status?: string;
}

/** All SQL on `quotes`, `quote_lines`, `orders` and `order_lines`. */
export const ordersRepo = {
  async insertQuote(db: Db, row: QuoteRow, lines: QuoteLineRow[]): Promise<void> {
    await db.insertInto('quotes').values(row).execute();
    if (lines.length) await db.insertInto('quoteLines').values(lines).execute();
  },
  findQuote: (db: Db, id: string) => db.selectFrom('quotes').selectAll().where('id', '=', id).executeTakeFirst(),
  quoteLinesOf: async (db: Db, quoteIds: string[]) =>
    quoteIds.length ? db.selectFrom('quoteLines').selectAll().where('quoteId', 'in', quoteIds).orderBy('position').execute() : [],

  /** Applies a change only when the quote is still at `version` and in one of `statuses`. */
  async updateQuote(db: Db, id: string, version: number, statuses: readonly string[], patch: Partial<QuoteRow>): Promise<boolean> {
    const r = await db
      .updateTable('quotes')
      .set({ ...patch, version: version + 1 })
      .where('id', '=', id)
      .where('version', '=', version)
      .where('status', 'in', [...statuses] as QuoteRow['status'][])
      .executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  },

  /** A page of quotes; `expired` means sent and past `validUntil` on `today`, which no row stores. */
  async quotePage(db: Db, f: ListFilter, today: string, offset: number, limit: number) {
    let q = db.selectFrom('quotes');
    if (f.caseId) q = q.where('caseId', '=', f.caseId);
    if (f.customerId) q = q.where('customerId', '=', f.customerId);
    if (f.status === 'expired') q = q.where('status', '=', 'sent').where('validUntil', '<', today);
    else if (f.status === 'sent') q = q.where('status', '=', 'sent').where('validUntil', '>=', today);
    else if (f.status) q = q.where('status', '=', f.status as QuoteRow['status']);
    const rows = await q.selectAll().orderBy('createdAt', 'desc').orderBy('id', 'desc').limit(limit).offset(offset).execute();
    const { n } = await q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    return { rows, total: Number(n) };
  },

  /** A customer's quotes that have been sent to them (drafts are the service desk's business). */
  sentQuotesOf: (db: Db, customerId: string) =>
    db
      .selectFrom('quotes')
      .selectAll()
      .where('customerId', '=', customerId)
      .where('status', '!=', 'draft')
      .orderBy('createdAt', 'desc')
      .orderBy('id', 'desc')
      .limit(200)
      .execute(),

  async insertOrder(db: Db, row: OrderRow, lines: OrderLineRow[]): Promise<void> {
    await db.insertInto('orders').values(row).execute();
    if (lines.length) await db.insertInto('orderLines').values(lines).execute();
  },
  async insertOrderLines(db: Db, lines: OrderLineRow[]): Promise<void> {
    if (lines.length) await db.insertInto('orderLines').values(lines).execute();
  },
  findOrder: (db: Db, id: string) => db.selectFrom('orders').selectAll().where('id', '=', id).executeTakeFirst(),
  orderLinesOf: async (db: Db, orderIds: string[]) =>
    orderIds.length ? db.selectFrom('orderLines').selectAll().where('orderId', 'in', orderIds).orderBy('position').execute() : [],

  async updateOrder(db: Db, id: string, version: number, statuses: readonly string[], patch: Partial<OrderRow>): Promise<boolean> {
    const r = await db
      .updateTable('orders')
      .set({ ...patch, version: version + 1 })
      .where('id', '=', id)
      .where('version', '=', version)
      .where('status', 'in', [...statuses] as OrderRow['status'][])
      .executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  },

  async setLineRepairOrder(db: Db, lineId: string, repairOrderId: string): Promise<void> {
    await db.updateTable('orderLines').set({ repairOrderId }).where('id', '=', lineId).execute();
  },

  async markRepairDone(db: Db, orderId: string, repairOrderId: string, at: string): Promise<void> {
    await db
      .updateTable('orderLines')
      .set({ repairDoneAt: at })
      .where('orderId', '=', orderId)
      .where('repairOrderId', '=', repairOrderId)
      .where('repairDoneAt', 'is', null)
      .execute();
  },

  async orderPage(db: Db, f: ListFilter, offset: number, limit: number) {
    let q = db.selectFrom('orders');
    if (f.caseId) q = q.where('caseId', '=', f.caseId);
    if (f.customerId) q = q.where('customerId', '=', f.customerId);
    if (f.status) q = q.where('status', '=', f.status as OrderRow['status']);
    const rows = await q.selectAll().orderBy('createdAt', 'desc').orderBy('id', 'desc').limit(limit).offset(offset).execute();
    const { n } = await q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    return { rows, total: Number(n) };
  },

  quotesOfCase: (db: Db, caseId: string) =>
    db.selectFrom('quotes').selectAll().where('caseId', '=', caseId).orderBy('createdAt').orderBy('id').execute(),
  ordersOfCase: (db: Db, caseId: string) =>
    db.selectFrom('orders').selectAll().where('caseId', '=', caseId).orderBy('createdAt').orderBy('id').execute(),
};
