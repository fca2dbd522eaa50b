import type { Kysely } from 'kysely';
import { columnTypes } from './types.js';

/** Slot templates, closure days, technician hours/absences/regions, held slot capacity and bookings. */
export async function up(db: Kysely<unknown>): Promise<void> {
  const t = columnTypes(db);
  await db.schema
    .createTable('slot_templates')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('weekday', 'integer', (c) => c.notNull())
    .addColumn('start_time', 'text', (c) => c.notNull())
    .addColumn('end_time', 'text', (c) => c.notNull())
    .addColumn('slot_type', 'text', (c) => c.notNull())
    .addColumn('service_kinds', t.json, (c) => c.notNull())
    .addColumn('region', 'text', (c) => c.notNull().defaultTo('*'))
    .addColumn('capacity_mode', 'text', (c) => c.notNull())
    .addColumn('capacity', 'integer', (c) => c.notNull())
    .addColumn('surcharge_kind', 'text', (c) => c.notNull())
    .addColumn('surcharge_value', t.bigint, (c) => c.notNull().defaultTo(0))
    .addColumn('lead_time_hours', 'integer', (c) => c.notNull())
    .addColumn('cutoff_hours', 'integer', (c) => c.notNull())
    .addColumn('active', 'boolean', (c) => c.notNull().defaultTo(true))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .addColumn('updated_at', t.instant, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('slot_templates_weekday_idx').on('slot_templates').columns(['weekday', 'active']).execute();

  await db.schema
    .createTable('closure_days')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('date', 'text', (c) => c.notNull().unique())
    .addColumn('reason', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('technician_hours')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('user_id', t.id, (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('weekday', 'integer', (c) => c.notNull())
    .addColumn('start_time', 'text', (c) => c.notNull())
    .addColumn('end_time', 'text', (c) => c.notNull())
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('technician_hours_user_idx').on('technician_hours').columns(['user_id', 'weekday']).execute();

  await db.schema
    .createTable('technician_absences')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('user_id', t.id, (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('starts_at', t.instant, (c) => c.notNull())
    .addColumn('ends_at', t.instant, (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('technician_absences_user_idx').on('technician_absences').columns(['user_id', 'starts_at']).execute();

  await db.schema
    .createTable('technician_regions')
    .addColumn('user_id', t.id, (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('region', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('technician_regions_pk', ['user_id', 'region'])
    .execute();
  await db.schema.createIndex('technician_regions_region_idx').on('technician_regions').column('region').execute();

  await db.schema
    .createTable('slot_usage')
    .addColumn('template_id', t.id, (c) => c.notNull().references('slot_templates.id'))
    .addColumn('date', 'text', (c) => c.notNull())
    .addColumn('used', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('capacity', 'integer', (c) => c.notNull())
    .addColumn('updated_at', t.instant, (c) => c.notNull())
    .addPrimaryKeyConstraint('slot_usage_pk', ['template_id', 'date'])
    .execute();

  await db.schema
    .createTable('bookings')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('customer_id', t.id, (c) => c.notNull().references('customers.id'))
    .addColumn('case_id', t.id, (c) => c.references('cases.id'))
    .addColumn('order_id', t.id)
    .addColumn('service_id', t.id, (c) => c.notNull())
    .addColumn('template_id', t.id, (c) => c.notNull().references('slot_templates.id'))
    .addColumn('date', 'text', (c) => c.notNull())
    .addColumn('starts_at', t.instant, (c) => c.notNull())
    .addColumn('ends_at', t.instant, (c) => c.notNull())
    .addColumn('slot_type', 'text', (c) => c.notNull())
    .addColumn('region', 'text', (c) => c.notNull())
    .addColumn('units', 'integer', (c) => c.notNull())
    .addColumn('base_price_cents', t.bigint, (c) => c.notNull())
    .addColumn('surcharge_cents', t.bigint, (c) => c.notNull())
    .addColumn('vat_code', 'text', (c) => c.notNull())
    .addColumn('street', 'text', (c) => c.notNull())
    .addColumn('house_number', 'integer', (c) => c.notNull())
    .addColumn('house_number_addition', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('postcode', 'text', (c) => c.notNull())
    .addColumn('city', 'text', (c) => c.notNull())
    .addColumn('country', 'text', (c) => c.notNull().defaultTo('NL'))
    .addColumn('lat', 'real')
    .addColumn('lng', 'real')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('ics_sequence', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('reminder_sent_at', t.instant)
    .addColumn('cancelled_at', t.instant)
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .addColumn('updated_at', t.instant, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('bookings_starts_idx').on('bookings').columns(['starts_at', 'status']).execute();
  await db.schema.createIndex('bookings_customer_idx').on('bookings').columns(['customer_id', 'starts_at']).execute();
  await db.schema.createIndex('bookings_case_idx').on('bookings').column('case_id').execute();
  await db.schema.createIndex('bookings_order_idx').on('bookings').column('order_id').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['bookings', 'slot_usage', 'technician_regions', 'technician_absences', 'technician_hours', 'closure_days', 'slot_templates'])
    await db.schema.dropTable(table).execute();
}
