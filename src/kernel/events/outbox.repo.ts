import type { Kysely } from 'kysely';
import type { Dialect } from '../config.js';
import type { DbExecutor, KernelTables } from '../db/types.js';

export type OutboxRow = KernelTables['outbox'];

/** All SQL on the outbox table. */
export const outboxRepo = {
  async insert(db: DbExecutor<KernelTables>, row: OutboxRow): Promise<void> {
    await db.insertInto('outbox').values(row).execute();
  },

  /**
   * Takes up to `limit` due rows and leases them until `leaseUntil`, in one short transaction. On PostgreSQL,
   * `SKIP LOCKED` lets every instance dispatch at once without two taking the same row.
   */
  async claimDue(db: Kysely<KernelTables>, dialect: Dialect, now: string, leaseUntil: string, limit: number) {
    return db.transaction().execute(async (trx) => {
      let q = trx
        .selectFrom('outbox')
        .selectAll()
        .where('dispatchedAt', 'is', null)
        .where('failedAt', 'is', null)
        .where('availableAt', '<=', now)
        .orderBy('availableAt')
        .orderBy('id')
        .limit(limit);
      if (dialect === 'postgres') q = q.forUpdate().skipLocked();
      const rows = await q.execute();
      if (rows.length === 0) return rows;
      await trx
        .updateTable('outbox')
        .set((eb) => ({ availableAt: leaseUntil, attempts: eb('attempts', '+', 1) }))
        .where(
          'id',
          'in',
          rows.map((r) => r.id),
        )
        .execute();
      return rows.map((r) => ({ ...r, attempts: r.attempts + 1 }));
    });
  },

  async markDispatched(db: DbExecutor<KernelTables>, id: string, at: string): Promise<void> {
    await db.updateTable('outbox').set({ dispatchedAt: at, lastError: null }).where('id', '=', id).execute();
  },

  async markRetry(db: DbExecutor<KernelTables>, id: string, availableAt: string, error: string): Promise<void> {
    await db.updateTable('outbox').set({ availableAt, lastError: error }).where('id', '=', id).execute();
  },

  async markFailed(db: DbExecutor<KernelTables>, id: string, at: string, error: string): Promise<void> {
    await db.updateTable('outbox').set({ failedAt: at, lastError: error }).where('id', '=', id).execute();
  },

  async backlog(db: DbExecutor<KernelTables>): Promise<number> {
    const r = await db
      .selectFrom('outbox')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('dispatchedAt', 'is', null)
      .where('failedAt', 'is', null)
      .executeTakeFirstOrThrow();
    return Number(r.n);
  },

  async findById(db: DbExecutor<KernelTables>, id: string) {
    return db.selectFrom('outbox').selectAll().where('id', '=', id).executeTakeFirst();
  },
};
