import { type Kysely, sql } from 'kysely';
import { columnTypes } from './types.js';

/** Cases (zaken), their timeline, attachments, mailboxes, SLA calendars and policies, quarantine. */
export async function up(db: Kysely<unknown>): Promise<void> {
  const t = columnTypes(db);
  const bytes = t.sqlite ? 'blob' : 'bytea';

  await db.schema
    .createTable('sla_calendars')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull().unique())
    .addColumn('calendar', t.json, (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('updated_at', t.instant, (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('case_settings')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('pausing_statuses', t.json, (c) => c.notNull())
    .addColumn('reopen_days', 'integer', (c) => c.notNull())
    .addColumn('sender_limit_per_minute', 'integer', (c) => c.notNull())
    .addColumn('max_attachment_bytes', 'integer', (c) => c.notNull())
    .addColumn('default_calendar_id', t.id, (c) => c.references('sla_calendars.id'))
    .addColumn('csat_enabled', 'boolean', (c) => c.notNull())
    .addColumn('nps_interval_days', 'integer', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('updated_at', t.instant, (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('sla_policies')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('match', t.json, (c) => c.notNull())
    .addColumn('targets', t.json, (c) => c.notNull())
    .addColumn('active', 'boolean', (c) => c.notNull().defaultTo(true))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('updated_at', t.instant, (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('case_team_settings')
    .addColumn('team_id', t.id, (c) => c.primaryKey().references('teams.id').onDelete('cascade'))
    .addColumn('calendar_id', t.id, (c) => c.references('sla_calendars.id'))
    .addColumn('assignment', 'text', (c) => c.notNull().defaultTo('manual'))
    .addColumn('categories', t.json, (c) => c.notNull().defaultTo('[]'))
    .addColumn('signature_nl', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('signature_en', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('last_assigned_user_id', t.id)
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema
    .createTable('mailboxes')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('address', 'text', (c) => c.notNull().unique())
    .addColumn('team_id', t.id, (c) => c.references('teams.id'))
    .addColumn('imap', t.json)
    .addColumn('acknowledge', 'boolean', (c) => c.notNull().defaultTo(true))
    .addColumn('active', 'boolean', (c) => c.notNull().defaultTo(true))
    .addColumn('last_polled_at', t.instant)
    .addColumn('last_error', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .addColumn('updated_at', t.instant, (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('cases')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('number', 'text', (c) => c.notNull().unique())
    .addColumn('customer_id', t.id, (c) => c.notNull().references('customers.id'))
    .addColumn('contact_id', t.id, (c) => c.references('customer_contacts.id').onDelete('set null'))
    .addColumn('contact_needs_review', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('installed_product_id', t.id, (c) => c.references('installed_products.id').onDelete('set null'))
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('mailbox_id', t.id, (c) => c.references('mailboxes.id').onDelete('set null'))
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('is_open', 'integer', (c) => c.notNull())
    .addColumn('priority', 'text', (c) => c.notNull())
    .addColumn('category', 'text')
    .addColumn('team_id', t.id, (c) => c.references('teams.id').onDelete('set null'))
    .addColumn('assignee_id', t.id, (c) => c.references('users.id').onDelete('set null'))
    .addColumn('tags', t.json, (c) => c.notNull().defaultTo('[]'))
    .addColumn('locale', 'text', (c) => c.notNull().defaultTo('nl'))
    .addColumn('sla_policy_id', t.id, (c) => c.references('sla_policies.id').onDelete('set null'))
    .addColumn('sla', t.json, (c) => c.notNull().defaultTo('[]'))
    .addColumn('sla_state', 'text', (c) => c.notNull().defaultTo('none'))
    .addColumn('sla_due_at', t.instant)
    .addColumn('sla_check_at', t.instant)
    .addColumn('pauses', t.json, (c) => c.notNull().defaultTo('[]'))
    .addColumn('first_response_at', t.instant)
    .addColumn('awaiting_reply_since', t.instant)
    .addColumn('last_message_at', t.instant, (c) => c.notNull())
    .addColumn('resolved_at', t.instant)
    .addColumn('closed_at', t.instant)
    .addColumn('reopen_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('merged_into_id', t.id)
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .addColumn('updated_at', t.instant, (c) => c.notNull())
    .execute();
  const live = (name: string, columns: string[]) =>
    db.schema.createIndex(name).on('cases').columns(columns).where(sql.ref('merged_into_id'), 'is', null).execute();
  await live('cases_recent_idx', ['last_message_at', 'id']);
  await live('cases_open_idx', ['is_open', 'last_message_at', 'id']);
  await live('cases_status_idx', ['status', 'last_message_at', 'id']);
  await live('cases_team_idx', ['team_id', 'is_open', 'last_message_at', 'id']);
  await live('cases_assignee_idx', ['assignee_id', 'is_open', 'last_message_at', 'id']);
  await live('cases_due_idx', ['is_open', 'sla_due_at', 'id']);
  await live('cases_sla_idx', ['is_open', 'sla_state', 'sla_due_at']);
  await live('cases_review_idx', ['is_open', 'contact_needs_review']);
  await db.schema.createIndex('cases_customer_idx').on('cases').columns(['customer_id', 'created_at']).execute();
  await db.schema.createIndex('cases_created_idx').on('cases').columns(['created_at']).execute();
  await db.schema.createIndex('cases_check_idx').on('cases').column('sla_check_at').execute();

  await db.schema
    .createTable('case_messages')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('case_id', t.id, (c) => c.notNull().references('cases.id'))
    .addColumn('direction', 'text', (c) => c.notNull())
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('author_id', t.id)
    .addColumn('author_label', 'text', (c) => c.notNull())
    .addColumn('from_address', 'text')
    .addColumn('to_addresses', t.json, (c) => c.notNull().defaultTo('[]'))
    .addColumn('cc_addresses', t.json, (c) => c.notNull().defaultTo('[]'))
    .addColumn('subject', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('body_text', 'text', (c) => c.notNull())
    .addColumn('body_html', 'text')
    .addColumn('message_id', 'text')
    .addColumn('in_reply_to', 'text')
    .addColumn('references', t.json, (c) => c.notNull().defaultTo('[]'))
    .addColumn('delivery', 'text', (c) => c.notNull())
    .addColumn('delivery_error', 'text')
    .addColumn('call_seconds', 'integer')
    .addColumn('raw_blob_id', t.id)
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('case_messages_case_idx').on('case_messages').columns(['case_id', 'created_at']).execute();
  await db.schema.createIndex('case_messages_message_id_idx').on('case_messages').column('message_id').unique().execute();
  await db.schema.createIndex('case_messages_from_idx').on('case_messages').columns(['from_address', 'created_at']).execute();

  await db.schema
    .createTable('blobs')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('content', bytes as never, (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('case_attachments')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('case_id', t.id, (c) => c.notNull().references('cases.id'))
    .addColumn('message_id', t.id, (c) => c.references('case_messages.id'))
    .addColumn('filename', 'text', (c) => c.notNull())
    .addColumn('content_type', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('blob_id', t.id, (c) => c.notNull().references('blobs.id'))
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('case_attachments_message_idx').on('case_attachments').column('message_id').execute();
  await db.schema.createIndex('case_attachments_case_idx').on('case_attachments').column('case_id').execute();

  await db.schema
    .createTable('case_events')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('case_id', t.id, (c) => c.notNull().references('cases.id'))
    .addColumn('at', t.instant, (c) => c.notNull())
    .addColumn('actor_label', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('data', t.json, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('case_events_case_idx').on('case_events').columns(['case_id', 'at']).execute();
  await db.schema
    .createTable('case_links')
    .addColumn('case_id', t.id, (c) => c.notNull().references('cases.id'))
    .addColumn('related_case_id', t.id, (c) => c.notNull().references('cases.id'))
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .addPrimaryKeyConstraint('case_links_pk', ['case_id', 'related_case_id'])
    .execute();

  await db.schema
    .createTable('macros')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('team_id', t.id, (c) => c.references('teams.id').onDelete('cascade'))
    .addColumn('set', t.json, (c) => c.notNull())
    .addColumn('body_nl', 'text', (c) => c.notNull())
    .addColumn('body_en', 'text', (c) => c.notNull())
    .addColumn('active', 'boolean', (c) => c.notNull().defaultTo(true))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('updated_at', t.instant, (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('mail_quarantine')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('mailbox_id', t.id)
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('envelope_from', 'text')
    .addColumn('subject', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('raw_blob_id', t.id, (c) => c.notNull().references('blobs.id'))
    .addColumn('received_at', t.instant, (c) => c.notNull())
    .addColumn('released_at', t.instant)
    .addColumn('released_case_id', t.id)
    .execute();
  await db.schema.createIndex('mail_quarantine_open_idx').on('mail_quarantine').columns(['released_at', 'received_at']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'mail_quarantine',
    'macros',
    'case_links',
    'case_events',
    'case_attachments',
    'blobs',
    'case_messages',
    'cases',
    'mailboxes',
    'case_team_settings',
    'sla_policies',
    'case_settings',
    'sla_calendars',
  ])
    await db.schema.dropTable(table).execute();
}
