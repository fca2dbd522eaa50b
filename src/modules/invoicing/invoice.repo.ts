import { sql } from 'kysely';
import type { DbExecutor } from '../../kernel/db/types.js';
import type { InvoiceLineRow, InvoiceRow, InvoicingTables, PaymentRow } from './invoicing.table.js';

type Db = DbExecutor<InvoicingTables>;

export interface InvoiceFilter {
  status?: string;
  kind?: string;
  paymentStatus?: string;
  /** Issued, not paid, due before this date. */
  overdueOn?: string;
  notOverdueOn?: string;
  customerId?: string;
  orderId?: string;
  caseId?: string;
  numberLike?: string;
}

/** All SQL on invoices, their lines and payments. */
export const invoiceRepo = {
  findById: (db: Db, id: string) => db.selectFrom('invoices').selectAll().where('id', '=', id).executeTakeFirst(),

  findByNumbers: async (db: Db, numbers: string[]) =>
    numbers.length ? db.selectFrom('invoices').selectAll().where('number', 'in', numbers).execute() : [],

  findInvoiceOfOrder: (db: Db, orderId: string) =>
    db.selectFrom('invoices').select(['id', 'status', 'number']).where('orderId', '=', orderId).where('kind', '=', 'invoice').executeTakeFirst(),

  creditNotesOf: (db: Db, invoiceId: string) =>
    db.selectFrom('invoices').selectAll().where('creditOfId', '=', invoiceId).orderBy('issueDate').orderBy('number').execute(),

  /** The latest issue date in a year's series, to keep numbers and dates in the same order. */
  async latestIssueDate(db: Db, year: number): Promise<string | null> {
    const row = await db
      .selectFrom('invoices')
      .select((eb) => eb.fn.max('issueDate').as('d'))
      .where('status', '=', 'issued')
      .where('issueDate', '>=', `${year}-01-01`)
      .where('issueDate', '<=', `${year}-12-31`)
      .executeTakeFirst();
    return (row?.d as string | null | undefined) ?? null;
  },

  async insert(db: Db, row: InvoiceRow): Promise<void> {
    await db.insertInto('invoices').values(row).execute();
  },

  /** Changes a row only while it still has `version` (and, when given, `status`); false when it did not. */
  async updateVersioned(db: Db, id: string, version: number, patch: Partial<InvoiceRow>, status?: string): Promise<boolean> {
    let q = db
      .updateTable('invoices')
      .set({ ...patch, version: version + 1 })
      .where('id', '=', id)
      .where('version', '=', version);
    if (status) q = q.where('status', '=', status as InvoiceRow['status']);
    const r = await q.executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  },

  /**
   * Takes the row's write lock for the rest of the transaction (PostgreSQL; SQLite holds the database lock
   * anyway) by bumping its version, then reads it: payments and credit notes of one invoice run one at a time.
   */
  async lockById(db: Db, id: string): Promise<InvoiceRow | undefined> {
    await db.updateTable('invoices').set({ version: sql`version + 1` }).where('id', '=', id).execute();
    return db.selectFrom('invoices').selectAll().where('id', '=', id).executeTakeFirst();
  },

  async update(db: Db, id: string, patch: Partial<InvoiceRow>): Promise<void> {
    await db.updateTable('invoices').set(patch).where('id', '=', id).execute();
  },

  async deleteDraft(db: Db, id: string, version: number): Promise<boolean> {
    const r = await db.deleteFrom('invoices').where('id', '=', id).where('version', '=', version).where('status', '=', 'draft').executeTakeFirst();
    return Number(r.numDeletedRows) === 1;
  },

  async markMailed(db: Db, id: string, at: string): Promise<void> {
    await db.updateTable('invoices').set({ mailedAt: at }).where('id', '=', id).where('mailedAt', 'is', null).execute();
  },

  async page(db: Db, f: InvoiceFilter, offset: number, limit: number) {
    let q = db.selectFrom('invoices');
    if (f.status) q = q.where('status', '=', f.status as InvoiceRow['status']);
    if (f.kind) q = q.where('kind', '=', f.kind as InvoiceRow['kind']);
    if (f.paymentStatus) q = q.where('paymentStatus', '=', f.paymentStatus as InvoiceRow['paymentStatus']);
    if (f.customerId) q = q.where('customerId', '=', f.customerId);
    if (f.orderId) q = q.where('orderId', '=', f.orderId);
    if (f.caseId) q = q.where('caseId', '=', f.caseId);
    if (f.numberLike) q = q.where('number', 'like', `%${f.numberLike.replace(/[%_\\]/g, '')}%`);
    if (f.overdueOn)
      q = q.where('status', '=', 'issued').where('kind', '=', 'invoice').where('paymentStatus', '!=', 'paid').where('dueDate', '<', f.overdueOn);
    if (f.notOverdueOn) {
      const on = f.notOverdueOn;
      q = q.where((eb) => eb.or([eb('status', '=', 'draft'), eb('kind', '=', 'credit_note'), eb('paymentStatus', '=', 'paid'), eb('dueDate', '>=', on)]));
    }
    const items = await q
      .selectAll()
      .orderBy(sql`case when status = 'draft' then 0 else 1 end`)
      .orderBy('issueDate', 'desc')
      .orderBy('number', 'desc')
      .orderBy('createdAt', 'desc')
      .limit(limit)
      .offset(offset)
      .execute();
    const { n } = await q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    return { items, total: Number(n) };
  },

  linesOf: (db: Db, invoiceId: string) => db.selectFrom('invoiceLines').selectAll().where('invoiceId', '=', invoiceId).orderBy('position').execute(),

  /** Quantities already credited per original line (as positive numbers). */
  async creditedQuantities(db: Db, invoiceId: string): Promise<Map<string, number>> {
    const rows = await db
      .selectFrom('invoiceLines as l')
      .innerJoin('invoices as i', 'i.id', 'l.invoiceId')
      .select(['l.creditOfLineId', (eb) => eb.fn.sum<number>('l.quantity').as('q')])
      .where('i.creditOfId', '=', invoiceId)
      .where('l.creditOfLineId', 'is not', null)
      .groupBy('l.creditOfLineId')
      .execute();
    return new Map(rows.map((r) => [r.creditOfLineId as string, -Number(r.q)]));
  },

  async replaceLines(db: Db, invoiceId: string, lines: InvoiceLineRow[]): Promise<void> {
    await db.deleteFrom('invoiceLines').where('invoiceId', '=', invoiceId).execute();
    if (lines.length) await db.insertInto('invoiceLines').values(lines).execute();
  },

  async insertLines(db: Db, lines: InvoiceLineRow[]): Promise<void> {
    if (lines.length) await db.insertInto('invoiceLines').values(lines).execute();
  },

  paymentsOf: (db: Db, invoiceId: string) => db.selectFrom('payments').selectAll().where('invoiceId', '=', invoiceId).orderBy('paidOn').orderBy('createdAt').execute(),

  async insertPayment(db: Db, row: PaymentRow): Promise<void> {
    await db.insertInto('payments').values(row).execute();
  },
};
