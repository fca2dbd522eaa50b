import { type Kysely, sql } from 'kysely';
import { columnTypes } from './types.js';

const SEEDED_AT = '2026-12-08T10:00:00.000Z';

/** The Dutch VAT history since 2001: 19 % became 21 % on 1 October 2012, 6 % became 9 % on 1 January 2019. */
const VAT_RATES = [
  { id: '019af5d0-0000-7000-8000-000000000001', code: 'standard', percent_bp: 1900, valid_from: '2001-01-01', valid_to: '2012-09-30' },
  { id: '019af5d0-0000-7000-8000-000000000002', code: 'standard', percent_bp: 2100, valid_from: '2012-10-01', valid_to: null },
  { id: '019af5d0-0000-7000-8000-000000000003', code: 'reduced', percent_bp: 600, valid_from: '2001-01-01', valid_to: '2018-12-31' },
  { id: '019af5d0-0000-7000-8000-000000000004', code: 'reduced', percent_bp: 900, valid_from: '2019-01-01', valid_to: null },
  { id: '019af5d0-0000-7000-8000-000000000005', code: 'zero', percent_bp: 0, valid_from: '2001-01-01', valid_to: null },
];

/** Services (diensten), parts, stock per location with its movements, VAT rates over time and service settings. */
export async function up(db: Kysely<unknown>): Promise<void> {
  const t = columnTypes(db);
  await db.schema
    .createTable('vat_rates')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('percent_bp', 'integer', (c) => c.notNull())
    .addColumn('valid_from', 'text', (c) => c.notNull())
    .addColumn('valid_to', 'text')
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .addUniqueConstraint('vat_rates_code_from_uq', ['code', 'valid_from'])
    .execute();

  await db.schema
    .createTable('services')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('name_nl', 'text', (c) => c.notNull())
    .addColumn('name_en', 'text', (c) => c.notNull())
    .addColumn('description_nl', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('description_en', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('price_cents', t.bigint, (c) => c.notNull())
    .addColumn('vat_code', 'text', (c) => c.notNull())
    .addColumn('labour_minutes', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('parts_cost_cents', t.bigint, (c) => c.notNull().defaultTo(0))
    .addColumn('travel_cost_cents', t.bigint, (c) => c.notNull().defaultTo(0))
    .addColumn('duration_minutes', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('required_skills', t.json, (c) => c.notNull().defaultTo('[]'))
    .addColumn('active', 'boolean', (c) => c.notNull().defaultTo(true))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .addColumn('updated_at', t.instant, (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('parts')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('sku', 'text', (c) => c.notNull().unique())
    .addColumn('name_nl', 'text', (c) => c.notNull())
    .addColumn('name_en', 'text', (c) => c.notNull())
    .addColumn('cost_cents', t.bigint, (c) => c.notNull())
    .addColumn('price_cents', t.bigint, (c) => c.notNull())
    .addColumn('vat_code', 'text', (c) => c.notNull())
    .addColumn('active', 'boolean', (c) => c.notNull().defaultTo(true))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .addColumn('updated_at', t.instant, (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('stock_locations')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull().unique())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('user_id', t.id, (c) => c.references('users.id'))
    .addColumn('active', 'boolean', (c) => c.notNull().defaultTo(true))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .addColumn('updated_at', t.instant, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('stock_locations_user_idx').on('stock_locations').column('user_id').execute();

  await db.schema
    .createTable('part_stock')
    .addColumn('part_id', t.id, (c) => c.notNull().references('parts.id'))
    .addColumn('location_id', t.id, (c) => c.notNull().references('stock_locations.id'))
    .addColumn('quantity', 'integer', (c) => c.notNull())
    .addColumn('updated_at', t.instant, (c) => c.notNull())
    .addPrimaryKeyConstraint('part_stock_pk', ['part_id', 'location_id'])
    .addCheckConstraint('part_stock_not_negative', sql`quantity >= 0`)
    .execute();

  await db.schema
    .createTable('stock_movements')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('part_id', t.id, (c) => c.notNull().references('parts.id'))
    .addColumn('location_id', t.id, (c) => c.notNull().references('stock_locations.id'))
    .addColumn('quantity', 'integer', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('ref_type', 'text')
    .addColumn('ref_id', t.id)
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('user_id', t.id)
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('stock_movements_part_idx').on('stock_movements').columns(['part_id', 'created_at']).execute();
  await db.schema.createIndex('stock_movements_ref_idx').on('stock_movements').columns(['ref_type', 'ref_id']).execute();

  await db.schema
    .createTable('service_settings')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('labour_cost_per_hour_cents', t.bigint, (c) => c.notNull())
    .addColumn('travel_cost_per_km_cents', t.bigint, (c) => c.notNull())
    .addColumn('travel_price_per_km_cents', t.bigint, (c) => c.notNull())
    .addColumn('loaner_cost_per_day_cents', t.bigint, (c) => c.notNull())
    .addColumn('warranty_rule', t.json, (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('updated_at', t.instant, (c) => c.notNull())
    .execute();

  const raw = db as Kysely<Record<string, Record<string, unknown>>>;
  await raw
    .insertInto('vat_rates')
    .values(VAT_RATES.map((r) => ({ ...r, created_at: SEEDED_AT })))
    .execute();
  await raw
    .insertInto('service_settings')
    .values({
      id: 'default',
      labour_cost_per_hour_cents: 4800,
      travel_cost_per_km_cents: 35,
      travel_price_per_km_cents: 0,
      loaner_cost_per_day_cents: 150,
      warranty_rule: JSON.stringify({ labour: 'free', parts: 'free', surcharge: 'charged', travel: 'free' }),
      version: 1,
      updated_at: SEEDED_AT,
    })
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['service_settings', 'stock_movements', 'part_stock', 'stock_locations', 'parts', 'services', 'vat_rates'])
    await db.schema.dropTable(table).execute();
}
