import { type Kysely, sql } from 'kysely';
import { columnTypes } from './types.js';

/** Customers with contacts and addresses, the product catalog, installed products, purchase history, imports. */
export async function up(db: Kysely<unknown>): Promise<void> {
  const t = columnTypes(db);
  await db.schema
    .createTable('customers')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('search_name', 'text', (c) => c.notNull())
    .addColumn('kvk_number', 'text')
    .addColumn('vat_id', 'text')
    .addColumn('locale', 'text', (c) => c.notNull().defaultTo('nl'))
    .addColumn('consent_service_mail', 'boolean', (c) => c.notNull().defaultTo(true))
    .addColumn('consent_service_mail_at', t.instant)
    .addColumn('consent_marketing_mail', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('consent_marketing_mail_at', t.instant)
    .addColumn('tags', t.json, (c) => c.notNull().defaultTo('[]'))
    .addColumn('segment', 'text')
    .addColumn('external_id', 'text', (c) => c.unique())
    .addColumn('acquisition_date', 'text')
    .addColumn('acquisition_channel', 'text')
    .addColumn('acquisition_cost_cents', t.bigint, (c) => c.notNull().defaultTo(0))
    .addColumn('merged_into_id', t.id, (c) => c.references('customers.id'))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .addColumn('updated_at', t.instant, (c) => c.notNull())
    .execute();
  // Live customers (not merged away) in list order: partial indexes, so both planners walk them for a page
  // (PostgreSQL does not keep the order of a column after an `IS NULL` on the one before it).
  const live = (name: string, column: string) =>
    db.schema.createIndex(name).on('customers').columns([column, 'id']).where(sql.ref('merged_into_id'), 'is', null).execute();
  await live('customers_live_name_idx', 'search_name');
  await live('customers_live_created_idx', 'created_at');
  // SQLite counts live customers from this narrow index instead of the table.
  await db.schema.createIndex('customers_merged_idx').on('customers').column('merged_into_id').execute();
  await db.schema.createIndex('customers_segment_idx').on('customers').columns(['segment', 'search_name']).execute();

  await db.schema
    .createTable('customer_contacts')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('customer_id', t.id, (c) => c.notNull().references('customers.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('email', 'text')
    .addColumn('phone', 'text')
    .addColumn('is_primary', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('customer_contacts_customer_idx').on('customer_contacts').column('customer_id').execute();
  await db.schema.createIndex('customer_contacts_email_idx').on('customer_contacts').column('email').execute();
  await db.schema.createIndex('customer_contacts_phone_idx').on('customer_contacts').column('phone').execute();

  await db.schema
    .createTable('customer_addresses')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('customer_id', t.id, (c) => c.notNull().references('customers.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('street', 'text', (c) => c.notNull())
    .addColumn('house_number', 'integer', (c) => c.notNull())
    .addColumn('house_number_addition', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('postcode', 'text', (c) => c.notNull())
    .addColumn('city', 'text', (c) => c.notNull())
    .addColumn('country', 'text', (c) => c.notNull().defaultTo('NL'))
    .addColumn('lat', 'real')
    .addColumn('lng', 'real')
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('customer_addresses_customer_idx').on('customer_addresses').column('customer_id').execute();
  await db.schema.createIndex('customer_addresses_postcode_idx').on('customer_addresses').columns(['postcode', 'house_number']).execute();

  await db.schema
    .createTable('customer_search_tokens')
    // Byte order on PostgreSQL too, so that prefix ranges (token >= 'jan' and token < 'jan\uffff') use the index.
    .addColumn('token', 'text', (c) => (t.sqlite ? c.notNull() : c.notNull().modifyFront(sql`collate "C"`)))
    .addColumn('customer_id', t.id, (c) => c.notNull().references('customers.id').onDelete('cascade'))
    // The customer's folded name, copied here so that a search is answered in list order from this table alone.
    .addColumn('search_name', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('customer_search_tokens_pk', ['token', 'customer_id'])
    .execute();
  await db.schema.createIndex('customer_search_tokens_order_idx').on('customer_search_tokens').columns(['token', 'search_name', 'customer_id']).execute();
  await db.schema.createIndex('customer_search_tokens_customer_idx').on('customer_search_tokens').column('customer_id').execute();

  await db.schema
    .createTable('products')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('sku', 'text', (c) => c.notNull().unique())
    .addColumn('name_nl', 'text', (c) => c.notNull())
    .addColumn('name_en', 'text', (c) => c.notNull())
    .addColumn('brand', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('list_price_cents', t.bigint, (c) => c.notNull())
    .addColumn('warranty_months', 'integer', (c) => c.notNull().defaultTo(24))
    .addColumn('active', 'boolean', (c) => c.notNull().defaultTo(true))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .addColumn('updated_at', t.instant, (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('installed_products')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('customer_id', t.id, (c) => c.notNull().references('customers.id'))
    .addColumn('product_id', t.id, (c) => c.notNull().references('products.id'))
    .addColumn('sku', 'text', (c) => c.notNull())
    .addColumn('serial_number', 'text')
    .addColumn('purchase_date', 'text', (c) => c.notNull())
    .addColumn('purchase_channel', 'text')
    .addColumn('extended_warranty_end', 'text')
    .addColumn('notes', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('external_id', 'text', (c) => c.unique())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .addColumn('updated_at', t.instant, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('installed_products_customer_idx').on('installed_products').column('customer_id').execute();
  await db.schema.createIndex('installed_products_serial_idx').on('installed_products').column('serial_number').execute();

  await db.schema
    .createTable('sales_lines')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('customer_id', t.id, (c) => c.notNull().references('customers.id'))
    .addColumn('sale_date', 'text', (c) => c.notNull())
    .addColumn('sku', 'text', (c) => c.notNull())
    .addColumn('quantity', 'real', (c) => c.notNull())
    .addColumn('amount_incl_cents', t.bigint, (c) => c.notNull())
    .addColumn('amount_excl_cents', t.bigint, (c) => c.notNull())
    .addColumn('channel', 'text')
    .addColumn('order_ref', 'text')
    .addColumn('external_id', 'text', (c) => c.unique())
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('sales_lines_customer_idx').on('sales_lines').columns(['customer_id', 'sale_date']).execute();

  await db.schema
    .createTable('imports')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('mode', 'text', (c) => c.notNull())
    .addColumn('dry_run', 'boolean', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('encoding', 'text')
    .addColumn('delimiter', 'text')
    .addColumn('rows_read', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('updated', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('unchanged', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('rejected', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('error', 'text')
    .addColumn('started_by', t.id)
    .addColumn('started_at', t.instant, (c) => c.notNull())
    .addColumn('finished_at', t.instant)
    .execute();
  await db.schema
    .createTable('import_rejections')
    .addColumn('import_id', t.id, (c) => c.notNull().references('imports.id').onDelete('cascade'))
    .addColumn('line', 'integer', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('raw', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('import_rejections_pk', ['import_id', 'line'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'import_rejections',
    'imports',
    'sales_lines',
    'installed_products',
    'products',
    'customer_search_tokens',
    'customer_addresses',
    'customer_contacts',
    'customers',
  ])
    await db.schema.dropTable(table).execute();
}
