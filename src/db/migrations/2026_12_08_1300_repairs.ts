import type { Kysely } from 'kysely';
import { columnTypes } from './types.js';

/**
 * Repair orders (workshop, home, delivery) with a timestamp per status and their history, the work recorded on
 * them (time, parts, photos), and the loaner pool with its loans.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const t = columnTypes(db);
  await db.schema
    .createTable('repair_orders')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('number', 'text', (c) => c.notNull().unique())
    .addColumn('order_id', t.id)
    .addColumn('case_id', t.id, (c) => c.references('cases.id'))
    .addColumn('customer_id', t.id, (c) => c.notNull().references('customers.id'))
    .addColumn('installed_product_id', t.id, (c) => c.references('installed_products.id'))
    .addColumn('service_id', t.id)
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('fault', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('estimated_minutes', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .addColumn('planned_at', t.instant)
    .addColumn('started_at', t.instant)
    .addColumn('waiting_for_parts_at', t.instant)
    .addColumn('ready_at', t.instant)
    .addColumn('completed_at', t.instant)
    .addColumn('cancelled_at', t.instant)
    .addColumn('received_at', t.instant)
    .addColumn('intake_notes', 'text')
    .addColumn('diagnosis', 'text')
    .addColumn('return_method', 'text')
    .addColumn('returned_at', t.instant)
    .addColumn('booking_id', t.id)
    .addColumn('technician_id', t.id, (c) => c.references('users.id'))
    .addColumn('scheduled_start', t.instant)
    .addColumn('scheduled_end', t.instant)
    .addColumn('street', 'text')
    .addColumn('house_number', 'text')
    .addColumn('postcode', 'text')
    .addColumn('city', 'text')
    .addColumn('lat', 'double precision')
    .addColumn('lng', 'double precision')
    .addColumn('travel_km', 'double precision')
    .addColumn('travel_cost_cents', t.bigint, (c) => c.notNull().defaultTo(0))
    .addColumn('previous_repair_order_id', t.id, (c) => c.references('repair_orders.id'))
    .addColumn('first_time_fix', 'boolean')
    .addColumn('signature', 'text')
    .addColumn('signed_by', 'text')
    .addColumn('signed_at', t.instant)
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('updated_at', t.instant, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('repair_orders_order_idx').on('repair_orders').column('order_id').execute();
  await db.schema.createIndex('repair_orders_customer_idx').on('repair_orders').columns(['customer_id', 'created_at']).execute();
  await db.schema.createIndex('repair_orders_schedule_idx').on('repair_orders').columns(['scheduled_start']).execute();
  await db.schema.createIndex('repair_orders_technician_idx').on('repair_orders').columns(['technician_id', 'scheduled_start']).execute();
  await db.schema.createIndex('repair_orders_status_idx').on('repair_orders').columns(['status', 'created_at']).execute();

  await db.schema
    .createTable('repair_status_history')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('repair_order_id', t.id, (c) => c.notNull().references('repair_orders.id').onDelete('cascade'))
    .addColumn('from_status', 'text')
    .addColumn('to_status', 'text', (c) => c.notNull())
    .addColumn('at', t.instant, (c) => c.notNull())
    .addColumn('user_id', t.id)
    .execute();
  await db.schema.createIndex('repair_status_history_order_idx').on('repair_status_history').columns(['repair_order_id', 'at']).execute();

  await db.schema
    .createTable('time_entries')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('repair_order_id', t.id, (c) => c.notNull().references('repair_orders.id').onDelete('cascade'))
    .addColumn('user_id', t.id, (c) => c.notNull().references('users.id'))
    .addColumn('minutes', 'integer', (c) => c.notNull())
    .addColumn('cost_rate_cents', t.bigint, (c) => c.notNull())
    .addColumn('cost_cents', t.bigint, (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('time_entries_order_idx').on('time_entries').column('repair_order_id').execute();

  await db.schema
    .createTable('repair_parts')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('repair_order_id', t.id, (c) => c.notNull().references('repair_orders.id').onDelete('cascade'))
    .addColumn('part_id', t.id, (c) => c.notNull())
    .addColumn('location_id', t.id, (c) => c.notNull())
    .addColumn('quantity', 'integer', (c) => c.notNull())
    .addColumn('unit_cost_cents', t.bigint, (c) => c.notNull())
    .addColumn('unit_price_cents', t.bigint, (c) => c.notNull())
    .addColumn('user_id', t.id)
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('repair_parts_order_idx').on('repair_parts').column('repair_order_id').execute();

  await db.schema
    .createTable('repair_photos')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('repair_order_id', t.id, (c) => c.notNull().references('repair_orders.id').onDelete('cascade'))
    .addColumn('filename', 'text', (c) => c.notNull())
    .addColumn('content_type', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('content', t.sqlite ? 'blob' : 'bytea', (c) => c.notNull())
    .addColumn('user_id', t.id)
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('repair_photos_order_idx').on('repair_photos').column('repair_order_id').execute();

  await db.schema
    .createTable('loaners')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('serial', 'text', (c) => c.notNull().unique())
    .addColumn('model', 'text', (c) => c.notNull())
    .addColumn('category', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('condition', 'text', (c) => c.notNull().defaultTo('good'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('purchase_cost_cents', t.bigint, (c) => c.notNull().defaultTo(0))
    .addColumn('notes', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .addColumn('updated_at', t.instant, (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('loaner_loans')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('loaner_id', t.id, (c) => c.notNull().references('loaners.id'))
    .addColumn('customer_id', t.id, (c) => c.notNull().references('customers.id'))
    .addColumn('repair_order_id', t.id, (c) => c.notNull().references('repair_orders.id'))
    .addColumn('issued_at', t.instant, (c) => c.notNull())
    .addColumn('due_date', 'text', (c) => c.notNull())
    .addColumn('returned_at', t.instant)
    .addColumn('deposit_cents', t.bigint, (c) => c.notNull().defaultTo(0))
    .addColumn('return_condition', 'text')
    .addColumn('notes', 'text')
    .addColumn('reminder_sent_at', t.instant)
    .addColumn('charged', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('cost_per_day_cents', t.bigint, (c) => c.notNull().defaultTo(0))
    .addColumn('cost_cents', t.bigint)
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('loaner_loans_loaner_idx').on('loaner_loans').columns(['loaner_id', 'issued_at']).execute();
  await db.schema.createIndex('loaner_loans_open_idx').on('loaner_loans').columns(['returned_at', 'due_date']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['loaner_loans', 'loaners', 'repair_photos', 'repair_parts', 'time_entries', 'repair_status_history', 'repair_orders'])
    await db.schema.dropTable(table).execute();
}
