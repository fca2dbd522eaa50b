import type { DbExecutor } from '../../kernel/db/types.js';
import type { PortalTables } from './portal.table.js';

type Db = DbExecutor<PortalTables>;

export const portalRepo = {
  insertToken: async (db: Db, row: PortalTables['portalTokens']) => void (await db.insertInto('portalTokens').values(row).execute()),
  async recentTokens(db: Db, email: string, since: string): Promise<number> {
    const r = await db
      .selectFrom('portalTokens')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('email', '=', email)
      .where('createdAt', '>=', since)
      .executeTakeFirstOrThrow();
    return Number(r.n);
  },
  /** Marks the token used if it is unused and unexpired; returns it then, else undefined (single use, race-free). */
  async consumeToken(db: Db, tokenHash: string, now: string) {
    const r = await db
      .updateTable('portalTokens')
      .set({ usedAt: now })
      .where('tokenHash', '=', tokenHash)
      .where('usedAt', 'is', null)
      .where('expiresAt', '>', now)
      .executeTakeFirst();
    if (Number(r.numUpdatedRows) !== 1) return undefined;
    return db.selectFrom('portalTokens').selectAll().where('tokenHash', '=', tokenHash).executeTakeFirst();
  },
  insertSession: async (db: Db, row: PortalTables['portalSessions']) => void (await db.insertInto('portalSessions').values(row).execute()),
  findSession: (db: Db, tokenHash: string, now: string) =>
    db.selectFrom('portalSessions').selectAll().where('tokenHash', '=', tokenHash).where('expiresAt', '>', now).executeTakeFirst(),
  deleteSession: async (db: Db, tokenHash: string) => void (await db.deleteFrom('portalSessions').where('tokenHash', '=', tokenHash).execute()),
};
