import { type Kysely, sql } from 'kysely';
import { columnTypes } from './types.js';

/** Invoices and credit notes with their lines, payments, and imported bank statements (camt.053) line by line. */
export async function up(db: Kysely<unknown>): Promise<void> {
  const t = columnTypes(db);
  await db.schema
    .createTable('invoices')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('number', 'text', (c) => c.unique())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('credit_of_id', t.id, (c) => c.references('invoices.id'))
    .addColumn('customer_id', t.id, (c) => c.notNull().references('customers.id'))
    .addColumn('customer_name', 'text', (c) => c.notNull())
    .addColumn('order_id', t.id, (c) => c.references('orders.id'))
    .addColumn('order_number', 'text')
    .addColumn('case_id', t.id, (c) => c.references('cases.id'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('issue_date', 'text')
    .addColumn('due_date', 'text')
    .addColumn('customer_snapshot', t.json)
    .addColumn('seller_snapshot', t.json)
    .addColumn('reference', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('notes', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('reason', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('locale', 'text', (c) => c.notNull().defaultTo('nl'))
    .addColumn('net_cents', t.bigint, (c) => c.notNull().defaultTo(0))
    .addColumn('vat_cents', t.bigint, (c) => c.notNull().defaultTo(0))
    .addColumn('gross_cents', t.bigint, (c) => c.notNull().defaultTo(0))
    .addColumn('credited_cents', t.bigint, (c) => c.notNull().defaultTo(0))
    .addColumn('paid_cents', t.bigint, (c) => c.notNull().defaultTo(0))
    .addColumn('payment_status', 'text', (c) => c.notNull().defaultTo('open'))
    .addColumn('issued_at', t.instant)
    .addColumn('issued_by', t.id)
    .addColumn('mailed_at', t.instant)
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .addColumn('updated_at', t.instant, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('invoices_customer_idx').on('invoices').columns(['customer_id', 'issue_date']).execute();
  await db.schema.createIndex('invoices_list_idx').on('invoices').columns(['status', 'issue_date', 'id']).execute();
  await db.schema.createIndex('invoices_credit_of_idx').on('invoices').column('credit_of_id').execute();
  // One invoice per order: credit notes carry the order id too, so only the invoice itself is unique.
  await db.schema
    .createIndex('invoices_order_uq')
    .on('invoices')
    .column('order_id')
    .unique()
    .where(sql.ref('kind'), '=', sql.lit('invoice'))
    .execute();

  await db.schema
    .createTable('invoice_lines')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('invoice_id', t.id, (c) => c.notNull().references('invoices.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('quantity', 'integer', (c) => c.notNull())
    .addColumn('unit_price_cents', t.bigint, (c) => c.notNull())
    .addColumn('vat_code', 'text', (c) => c.notNull())
    .addColumn('vat_percent_bp', 'integer', (c) => c.notNull())
    .addColumn('net_cents', t.bigint, (c) => c.notNull())
    .addColumn('order_line_id', t.id)
    .addColumn('service_id', t.id)
    .addColumn('service_kind', 'text')
    .addColumn('unit_cost_cents', t.bigint, (c) => c.notNull().defaultTo(0))
    .addColumn('credit_of_line_id', t.id, (c) => c.references('invoice_lines.id'))
    .execute();
  await db.schema.createIndex('invoice_lines_invoice_idx').on('invoice_lines').columns(['invoice_id', 'position']).execute();
  await db.schema.createIndex('invoice_lines_credit_of_idx').on('invoice_lines').column('credit_of_line_id').execute();

  await db.schema
    .createTable('bank_statements')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('statement_id', 'text', (c) => c.notNull())
    .addColumn('iban', 'text', (c) => c.notNull())
    .addColumn('message_id', 'text', (c) => c.notNull())
    .addColumn('format', 'text', (c) => c.notNull())
    .addColumn('from_date', 'text')
    .addColumn('to_date', 'text')
    .addColumn('filename', 'text', (c) => c.notNull())
    .addColumn('line_count', 'integer', (c) => c.notNull())
    .addColumn('matched_count', 'integer', (c) => c.notNull())
    .addColumn('imported_at', t.instant, (c) => c.notNull())
    .addColumn('imported_by', t.id)
    .addUniqueConstraint('bank_statements_statement_uq', ['iban', 'statement_id'])
    .execute();

  await db.schema
    .createTable('bank_statement_lines')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('bank_statement_id', t.id, (c) => c.notNull().references('bank_statements.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('entry_reference', 'text', (c) => c.notNull())
    .addColumn('booking_date', 'text', (c) => c.notNull())
    .addColumn('value_date', 'text')
    .addColumn('amount_cents', t.bigint, (c) => c.notNull())
    .addColumn('currency', 'text', (c) => c.notNull())
    .addColumn('credit_debit', 'text', (c) => c.notNull())
    .addColumn('counterparty_name', 'text', (c) => c.notNull())
    .addColumn('counterparty_iban', 'text', (c) => c.notNull())
    .addColumn('end_to_end_id', 'text', (c) => c.notNull())
    .addColumn('remittance', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('invoice_id', t.id, (c) => c.references('invoices.id'))
    .addColumn('payment_id', t.id)
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('resolved_at', t.instant)
    .addColumn('resolved_by', t.id)
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema.createIndex('bank_statement_lines_statement_idx').on('bank_statement_lines').columns(['bank_statement_id', 'position']).execute();
  await db.schema.createIndex('bank_statement_lines_status_idx').on('bank_statement_lines').columns(['status', 'booking_date']).execute();

  await db.schema
    .createTable('payments')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('invoice_id', t.id, (c) => c.notNull().references('invoices.id'))
    .addColumn('amount_cents', t.bigint, (c) => c.notNull())
    .addColumn('paid_on', 'text', (c) => c.notNull())
    .addColumn('method', 'text', (c) => c.notNull())
    .addColumn('reference', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('bank_statement_line_id', t.id, (c) => c.references('bank_statement_lines.id'))
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .addColumn('created_by', t.id)
    .execute();
  await db.schema.createIndex('payments_invoice_idx').on('payments').columns(['invoice_id', 'paid_on']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('payments').execute();
  await db.schema.dropTable('bank_statement_lines').execute();
  await db.schema.dropTable('bank_statements').execute();
  await db.schema.dropTable('invoice_lines').execute();
  await db.schema.dropTable('invoices').execute();
}
