import { type CreateTableBuilder, type Kysely, sql } from 'kysely';
import { columnTypes } from './types.js';

/**
 * Quotes (offertes) and orders with their priced lines. Catalog, planning and repair records are referred to by
 * id only: those modules own their tables, and repair orders are created after (and point back to) order lines.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const t = columnTypes(db);
  const lineColumns = <N extends string>(b: CreateTableBuilder<N, never>) =>
    b
      .addColumn('position', 'integer', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('service_id', t.id)
      .addColumn('service_kind', 'text')
      .addColumn('part_id', t.id)
      .addColumn('description', 'text', (c) => c.notNull())
      .addColumn('quantity', 'integer', (c) => c.notNull().check(sql`quantity > 0`))
      .addColumn('list_price_cents', t.bigint, (c) => c.notNull())
      .addColumn('unit_price_cents', t.bigint, (c) => c.notNull())
      .addColumn('unit_cost_cents', t.bigint, (c) => c.notNull())
      .addColumn('vat_code', 'text', (c) => c.notNull())
      .addColumn('vat_percent_bp', 'integer', (c) => c.notNull())
      .addColumn('warranty_covered', 'boolean', (c) => c.notNull().defaultTo(false))
      .addColumn('created_at', t.instant, (c) => c.notNull());

  await db.schema
    .createTable('quotes')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('number', 'text', (c) => c.notNull().unique())
    .addColumn('customer_id', t.id, (c) => c.notNull().references('customers.id'))
    .addColumn('case_id', t.id, (c) => c.notNull().references('cases.id'))
    .addColumn('installed_product_id', t.id, (c) => c.references('installed_products.id'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('under_warranty', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('quote_date', 'text', (c) => c.notNull())
    .addColumn('valid_until', 'text', (c) => c.notNull())
    .addColumn('locale', 'text', (c) => c.notNull())
    .addColumn('sent_at', t.instant)
    .addColumn('decided_at', t.instant)
    .addColumn('decided_by', 'text')
    .addColumn('decline_reason', 'text')
    .addColumn('order_id', t.id)
    .addColumn('slot_template_id', t.id)
    .addColumn('slot_date', 'text')
    .addColumn('created_by', t.id)
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .addColumn('updated_at', t.instant, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('quotes_case_idx').on('quotes').columns(['case_id', 'created_at']).execute();
  await db.schema.createIndex('quotes_customer_idx').on('quotes').columns(['customer_id', 'created_at']).execute();

  await lineColumns(
    db.schema
      .createTable('quote_lines')
      .addColumn('id', t.id, (c) => c.primaryKey())
      .addColumn('quote_id', t.id, (c) => c.notNull().references('quotes.id').onDelete('cascade')),
  ).execute();
  await db.schema.createIndex('quote_lines_quote_idx').on('quote_lines').columns(['quote_id', 'position']).execute();

  await db.schema
    .createTable('orders')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('number', 'text', (c) => c.notNull().unique())
    .addColumn('customer_id', t.id, (c) => c.notNull().references('customers.id'))
    .addColumn('case_id', t.id, (c) => c.notNull().references('cases.id'))
    .addColumn('quote_id', t.id, (c) => c.references('quotes.id'))
    .addColumn('installed_product_id', t.id, (c) => c.references('installed_products.id'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('under_warranty', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('order_date', 'text', (c) => c.notNull())
    .addColumn('locale', 'text', (c) => c.notNull())
    .addColumn('booking_id', t.id)
    .addColumn('invoice_id', t.id)
    .addColumn('completed_at', t.instant)
    .addColumn('invoiced_at', t.instant)
    .addColumn('cancelled_at', t.instant)
    .addColumn('cancel_reason', 'text')
    .addColumn('created_by', t.id)
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .addColumn('updated_at', t.instant, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('orders_case_idx').on('orders').columns(['case_id', 'created_at']).execute();
  await db.schema.createIndex('orders_customer_idx').on('orders').columns(['customer_id', 'created_at']).execute();
  await db.schema.createIndex('orders_status_idx').on('orders').columns(['status', 'created_at']).execute();

  await lineColumns(
    db.schema
      .createTable('order_lines')
      .addColumn('id', t.id, (c) => c.primaryKey())
      .addColumn('order_id', t.id, (c) => c.notNull().references('orders.id').onDelete('cascade'))
      .addColumn('booking_id', t.id)
      .addColumn('repair_order_id', t.id)
      .addColumn('repair_done_at', t.instant),
  ).execute();
  await db.schema.createIndex('order_lines_order_idx').on('order_lines').columns(['order_id', 'position']).execute();
  await db.schema.createIndex('order_lines_repair_idx').on('order_lines').column('repair_order_id').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('order_lines').execute();
  await db.schema.dropTable('orders').execute();
  await db.schema.dropTable('quote_lines').execute();
  await db.schema.dropTable('quotes').execute();
}
