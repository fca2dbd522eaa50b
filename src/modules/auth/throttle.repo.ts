import type { DbExecutor } from '../../kernel/db/types.js';
import type { AuthTables } from './auth.table.js';

export const throttleRepo = {
  async findMany(db: DbExecutor<AuthTables>, keys: string[]) {
    return db.selectFrom('authThrottle').selectAll().where('key', 'in', keys).execute();
  },

  /** Adds one failure to `key`, starting a new window when the old one has passed. */
  async increment(db: DbExecutor<AuthTables>, key: string, now: string, windowStartsAfter: string): Promise<void> {
    await db
      .insertInto('authThrottle')
      .values({ key, windowStart: now, failures: 1 })
      .onConflict((oc) =>
        oc.column('key').doUpdateSet((eb) => ({
          failures: eb
            .case()
            .when('authThrottle.windowStart', '<=', windowStartsAfter)
            .then(1)
            .else(eb('authThrottle.failures', '+', 1))
            .end(),
          windowStart: eb
            .case()
            .when('authThrottle.windowStart', '<=', windowStartsAfter)
            .then(now)
            .else(eb.ref('authThrottle.windowStart'))
            .end(),
        })),
      )
      .execute();
  },

  async remove(db: DbExecutor<AuthTables>, key: string): Promise<void> {
    await db.deleteFrom('authThrottle').where('key', '=', key).execute();
  },
};
