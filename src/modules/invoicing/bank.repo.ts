import type { DbExecutor } from '../../kernel/db/types.js';
import type { BankStatementLineRow, BankStatementRow, InvoicingTables } from './invoicing.table.js';

type Db = DbExecutor<InvoicingTables>;

/** All SQL on imported bank statements and their lines. */
export const bankRepo = {
  findStatement: (db: Db, id: string) => db.selectFrom('bankStatements').selectAll().where('id', '=', id).executeTakeFirst(),

  findByStatementIds: async (db: Db, iban: string, statementIds: string[]) =>
    statementIds.length
      ? db.selectFrom('bankStatements').select(['id', 'statementId']).where('iban', '=', iban).where('statementId', 'in', statementIds).execute()
      : [],

  async insertStatement(db: Db, row: BankStatementRow): Promise<void> {
    await db.insertInto('bankStatements').values(row).execute();
  },

  async updateStatementCounts(db: Db, id: string, matchedCount: number): Promise<void> {
    await db.updateTable('bankStatements').set({ matchedCount }).where('id', '=', id).execute();
  },

  async updateLine(db: Db, id: string, patch: Partial<BankStatementLineRow>): Promise<void> {
    await db.updateTable('bankStatementLines').set(patch).where('id', '=', id).execute();
  },

  async insertLines(db: Db, rows: BankStatementLineRow[]): Promise<void> {
    // Chunks keep each insert under SQLite's bound-parameter limit.
    for (let i = 0; i < rows.length; i += 200) await db.insertInto('bankStatementLines').values(rows.slice(i, i + 200)).execute();
  },

  async statementPage(db: Db, offset: number, limit: number) {
    const items = await db.selectFrom('bankStatements').selectAll().orderBy('importedAt', 'desc').orderBy('id', 'desc').limit(limit).offset(offset).execute();
    const { n } = await db.selectFrom('bankStatements').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    return { items, total: Number(n) };
  },

  linesOfStatement: (db: Db, statementId: string) =>
    db
      .selectFrom('bankStatementLines as l')
      .leftJoin('invoices as i', 'i.id', 'l.invoiceId')
      .selectAll('l')
      .select('i.number as invoiceNumber')
      .where('l.bankStatementId', '=', statementId)
      .orderBy('l.position')
      .execute(),

  async linePage(db: Db, status: string | undefined, offset: number, limit: number) {
    let q = db.selectFrom('bankStatementLines as l');
    if (status) q = q.where('l.status', '=', status as BankStatementLineRow['status']);
    const items = await q
      .leftJoin('invoices as i', 'i.id', 'l.invoiceId')
      .selectAll('l')
      .select('i.number as invoiceNumber')
      .orderBy('l.bookingDate', 'desc')
      .orderBy('l.bankStatementId')
      .orderBy('l.position')
      .limit(limit)
      .offset(offset)
      .execute();
    const { n } = await q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    return { items, total: Number(n) };
  },

  findLine: (db: Db, id: string) =>
    db
      .selectFrom('bankStatementLines as l')
      .leftJoin('invoices as i', 'i.id', 'l.invoiceId')
      .selectAll('l')
      .select('i.number as invoiceNumber')
      .where('l.id', '=', id)
      .executeTakeFirst(),

  /** Settles an unmatched line; false when someone else settled it first. */
  async settleLine(db: Db, id: string, patch: Partial<BankStatementLineRow>): Promise<boolean> {
    const r = await db
      .updateTable('bankStatementLines')
      .set((eb) => ({ ...patch, version: eb('version', '+', 1) }))
      .where('id', '=', id)
      .where('status', '=', 'unmatched')
      .executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  },
};
