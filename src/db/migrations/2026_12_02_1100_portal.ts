import type { Kysely } from 'kysely';
import { columnTypes } from './types.js';

/** Customer portal sign-in (magic links, sessions) and satisfaction surveys (CSAT per case, NPS per customer). */
export async function up(db: Kysely<unknown>): Promise<void> {
  const t = columnTypes(db);
  await db.schema
    .createTable('portal_tokens')
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('customer_id', t.id, (c) => c.notNull().references('customers.id').onDelete('cascade'))
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .addColumn('expires_at', t.instant, (c) => c.notNull())
    .addColumn('used_at', t.instant)
    .execute();
  await db.schema.createIndex('portal_tokens_email_idx').on('portal_tokens').columns(['email', 'created_at']).execute();
  await db.schema
    .createTable('portal_sessions')
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('customer_id', t.id, (c) => c.notNull().references('customers.id').onDelete('cascade'))
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .addColumn('expires_at', t.instant, (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('case_ratings')
    .addColumn('case_id', t.id, (c) => c.primaryKey().references('cases.id').onDelete('cascade'))
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('customer_id', t.id, (c) => c.notNull())
    .addColumn('agent_id', t.id)
    .addColumn('team_id', t.id)
    .addColumn('rating', 'integer')
    .addColumn('comment', 'text')
    .addColumn('sent_at', t.instant, (c) => c.notNull())
    .addColumn('rated_at', t.instant)
    .addColumn('changeable_until', t.instant)
    .execute();
  await db.schema.createIndex('case_ratings_rated_idx').on('case_ratings').columns(['rated_at']).execute();
  await db.schema.createIndex('case_ratings_customer_idx').on('case_ratings').columns(['customer_id']).execute();
  await db.schema
    .createTable('nps_surveys')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('customer_id', t.id, (c) => c.notNull().references('customers.id').onDelete('cascade'))
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('sent_at', t.instant, (c) => c.notNull())
    .addColumn('score', 'integer')
    .addColumn('comment', 'text')
    .addColumn('answered_at', t.instant)
    .execute();
  await db.schema.createIndex('nps_surveys_customer_idx').on('nps_surveys').columns(['customer_id', 'sent_at']).execute();
  await db.schema.createIndex('nps_surveys_answered_idx').on('nps_surveys').columns(['answered_at']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['nps_surveys', 'case_ratings', 'portal_sessions', 'portal_tokens']) await db.schema.dropTable(table).execute();
}
