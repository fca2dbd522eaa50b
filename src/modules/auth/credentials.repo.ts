import type { DbExecutor, KernelTables } from '../../kernel/db/types.js';
import type { AuthTables } from './auth.table.js';

type Db = DbExecutor<AuthTables & KernelTables>;

export const credentialsRepo = {
  findCredentialAccount: (db: Db, userId: string) =>
    db.selectFrom('accounts').select('id').where('userId', '=', userId).where('providerId', '=', 'credential').executeTakeFirst(),
  async setAccountPassword(db: Db, id: string, hash: string, at: string): Promise<void> {
    await db.updateTable('accounts').set({ password: hash, updatedAt: at }).where('id', '=', id).execute();
  },
  async insertAccount(db: Db, row: AuthTables['accounts']): Promise<void> {
    await db.insertInto('accounts').values(row).execute();
  },
  async insertVerification(db: Db, row: AuthTables['verifications']): Promise<void> {
    await db.insertInto('verifications').values(row).execute();
  },
  async deleteSessions(db: Db, userId: string): Promise<void> {
    await db.deleteFrom('sessions').where('userId', '=', userId).execute();
  },
};
