import type { DbExecutor } from '../../kernel/db/types.js';
import { insertInChunks } from '../../kernel/db/sql-helpers.js';
import type { InvoicingTables } from './invoicing.table.js';

type Db = DbExecutor<InvoicingTables>;

/** Bulk inserts of complete demo rows (no numbering, events or audit: the rows arrive final). */
export const invoicingDemoRepo = {
  async insertInvoices(db: Db, invoices: InvoicingTables['invoices'][], lines: InvoicingTables['invoiceLines'][]): Promise<void> {
    await insertInChunks(invoices, (slice) => db.insertInto('invoices').values(slice).execute());
    await insertInChunks(lines, (slice) => db.insertInto('invoiceLines').values(slice).execute());
  },
  async insertStatements(db: Db, statements: InvoicingTables['bankStatements'][], lines: InvoicingTables['bankStatementLines'][]): Promise<void> {
    await insertInChunks(statements, (slice) => db.insertInto('bankStatements').values(slice).execute());
    await insertInChunks(lines, (slice) => db.insertInto('bankStatementLines').values(slice).execute());
  },
  async insertPayments(db: Db, payments: InvoicingTables['payments'][]): Promise<void> {
    await insertInChunks(payments, (slice) => db.insertInto('payments').values(slice).execute());
  },
};
