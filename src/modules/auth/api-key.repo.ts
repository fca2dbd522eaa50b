import type { DbExecutor } from '../../kernel/db/types.js';
import type { AuthTables } from './auth.table.js';

type Db = DbExecutor<AuthTables>;
export type ApiKeyRow = AuthTables['apiKeys'];

export const apiKeyRepo = {
  findAll: (db: Db) => db.selectFrom('apiKeys').selectAll().orderBy('createdAt', 'desc').execute(),
  findById: (db: Db, id: string) => db.selectFrom('apiKeys').selectAll().where('id', '=', id).executeTakeFirst(),
  findByHash: (db: Db, hash: string) => db.selectFrom('apiKeys').selectAll().where('keyHash', '=', hash).executeTakeFirst(),
  async insert(db: Db, row: ApiKeyRow): Promise<void> {
    await db.insertInto('apiKeys').values(row).execute();
  },
  async revoke(db: Db, id: string, at: string): Promise<void> {
    await db.updateTable('apiKeys').set({ revokedAt: at }).where('id', '=', id).where('revokedAt', 'is', null).execute();
  },
  async touch(db: Db, id: string, at: string): Promise<void> {
    await db.updateTable('apiKeys').set({ lastUsedAt: at }).where('id', '=', id).execute();
  },
};
