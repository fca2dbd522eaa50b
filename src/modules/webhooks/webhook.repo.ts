import type { Kysely } from 'kysely';
import type { Dialect } from '../../kernel/config.js';
import type { DbExecutor } from '../../kernel/db/types.js';
import type { DeliveryRow, WebhookRow, WebhooksTables } from './webhook.table.js';

type Db = DbExecutor<WebhooksTables>;

/** All SQL on `webhooks` and `webhook_deliveries`. */
export const webhookRepo = {
  findAll: (db: Db) => db.selectFrom('webhooks').selectAll().orderBy('createdAt').orderBy('id').execute(),
  findById: (db: Db, id: string) => db.selectFrom('webhooks').selectAll().where('id', '=', id).executeTakeFirst(),
  findActive: (db: Db) => db.selectFrom('webhooks').selectAll().where('active', '=', true).execute(),
  findByIds: async (db: Db, ids: string[]) =>
    ids.length ? db.selectFrom('webhooks').selectAll().where('id', 'in', ids).execute() : [],

  async insert(db: Db, row: WebhookRow): Promise<void> {
    await db.insertInto('webhooks').values(row).execute();
  },

  async updateVersioned(db: Db, id: string, version: number, patch: Partial<WebhookRow>): Promise<boolean> {
    const r = await db
      .updateTable('webhooks')
      .set({ ...patch, version: version + 1 })
      .where('id', '=', id)
      .where('version', '=', version)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  },

  async deleteVersioned(db: Db, id: string, version: number): Promise<boolean> {
    const r = await db.deleteFrom('webhooks').where('id', '=', id).where('version', '=', version).executeTakeFirst();
    return Number(r.numDeletedRows) === 1;
  },

  /** Inserts deliveries; a (webhook, event) pair that already has one is skipped, so redispatch adds nothing. */
  async insertDeliveries(db: Db, rows: DeliveryRow[]): Promise<void> {
    if (rows.length === 0) return;
    await db
      .insertInto('webhookDeliveries')
      .values(rows)
      .onConflict((oc) => oc.columns(['webhookId', 'eventId']).doNothing())
      .execute();
  },

  /**
   * Takes up to `limit` due deliveries and leases them until `leaseUntil`, counting the attempt, in one short
   * transaction. On PostgreSQL, `SKIP LOCKED` lets every instance send at once without two taking the same row.
   */
  async claimDue(db: Kysely<WebhooksTables>, dialect: Dialect, now: string, leaseUntil: string, limit: number) {
    return db.transaction().execute(async (trx) => {
      let q = trx
        .selectFrom('webhookDeliveries')
        .selectAll()
        .where('status', '=', 'pending')
        .where('nextAttemptAt', '<=', now)
        .orderBy('nextAttemptAt')
        .orderBy('id')
        .limit(limit);
      if (dialect === 'postgres') q = q.forUpdate().skipLocked();
      const rows = await q.execute();
      if (rows.length === 0) return rows;
      await trx
        .updateTable('webhookDeliveries')
        .set((eb) => ({ nextAttemptAt: leaseUntil, lastAttemptAt: now, attempts: eb('attempts', '+', 1) }))
        .where(
          'id',
          'in',
          rows.map((r) => r.id),
        )
        .execute();
      return rows.map((r) => ({ ...r, attempts: r.attempts + 1, lastAttemptAt: now, nextAttemptAt: leaseUntil }));
    });
  },

  /** Records an attempt's outcome, unless the row was requeued since it was claimed (its attempt count moved). */
  async finishAttempt(db: Db, id: string, attempts: number, patch: Partial<DeliveryRow>): Promise<void> {
    await db.updateTable('webhookDeliveries').set(patch).where('id', '=', id).where('attempts', '=', attempts).execute();
  },

  findDelivery: (db: Db, webhookId: string, id: string) =>
    db.selectFrom('webhookDeliveries').selectAll().where('id', '=', id).where('webhookId', '=', webhookId).executeTakeFirst(),

  async requeue(db: Db, id: string, now: string): Promise<void> {
    await db
      .updateTable('webhookDeliveries')
      .set({ status: 'pending', attempts: 0, nextAttemptAt: now, deliveredAt: null })
      .where('id', '=', id)
      .execute();
  },

  /** One page of a webhook's deliveries, newest first. */
  async findPage(db: Db, webhookId: string, offset: number, limit: number) {
    const items = await db
      .selectFrom('webhookDeliveries')
      .selectAll()
      .where('webhookId', '=', webhookId)
      .orderBy('createdAt', 'desc')
      .orderBy('id', 'desc')
      .limit(limit)
      .offset(offset)
      .execute();
    const { n } = await db
      .selectFrom('webhookDeliveries')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('webhookId', '=', webhookId)
      .executeTakeFirstOrThrow();
    return { items, total: Number(n) };
  },
};
