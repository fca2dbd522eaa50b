import type { DbExecutor } from '../../kernel/db/types.js';
import type { UsersTables } from '../users/index.js';
import type { AuthTables } from './auth.table.js';

type Db = DbExecutor<AuthTables & UsersTables>;

export const sessionRepo = {
  /** The unexpired session with this token and its user, in one query. */
  findLive: (db: Db, token: string, now: string) =>
    db
      .selectFrom('sessions')
      .innerJoin('users', 'users.id', 'sessions.userId')
      .select([
        'sessions.id as sessionId',
        'sessions.updatedAt as sessionUpdatedAt',
        'users.id as userId',
        'users.name',
        'users.email',
        'users.role',
        'users.active',
        'users.locale',
      ])
      .where('sessions.token', '=', token)
      .where('sessions.expiresAt', '>', now)
      .executeTakeFirst(),
};
