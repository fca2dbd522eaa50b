import type { DbExecutor } from '../../kernel/db/types.js';
import { invoicingDemoRepo } from './invoicing.demo.repo.js';
import { documentTotals } from './invoice.totals.js';
import type { InvoicingTables } from './invoicing.table.js';

/** The invoice totals rule (VAT per rate on the sum of the line nets), for data made outside the module. */
export const demoInvoiceTotals = documentTotals;

/** Demo invoices, credit notes, bank statements and payments, in that order (payments may point to statement lines). */
export async function insertDemoInvoicing(
  // biome-ignore lint/suspicious/noExplicitAny: callers pass executors typed with the whole application's database
  trx: DbExecutor<any>,
  rows: {
    invoices: InvoicingTables['invoices'][];
    invoiceLines: InvoicingTables['invoiceLines'][];
    statements?: InvoicingTables['bankStatements'][];
    statementLines?: InvoicingTables['bankStatementLines'][];
    payments: InvoicingTables['payments'][];
  },
): Promise<void> {
  const db = trx as DbExecutor<InvoicingTables>;
  await invoicingDemoRepo.insertInvoices(db, rows.invoices, rows.invoiceLines);
  await invoicingDemoRepo.insertStatements(db, rows.statements ?? [], rows.statementLines ?? []);
  await invoicingDemoRepo.insertPayments(db, rows.payments);
}
