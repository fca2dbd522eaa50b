import type { Clock } from '../../kernel/clock.js';
import type { DbExecutor } from '../../kernel/db/types.js';
import type { AuthTables } from './auth.table.js';
import { throttleRepo } from './throttle.repo.js';

export const THROTTLE_MAX_FAILURES = 10;
export const THROTTLE_WINDOW_MS = 15 * 60_000;

/**
 * Counts failed attempts per key (an account or a client address) in fixed 15-minute windows, in the database,
 * so that every instance sees the same counts. A key with 10 failures in its window is refused until it ends.
 */
export function createThrottle(db: DbExecutor<AuthTables>, clock: Clock) {
  const windowStartsAfter = () => new Date(clock.now().getTime() - THROTTLE_WINDOW_MS).toISOString();
  return {
    /** True when any of `keys` has used up its failures in the current window. */
    async isBlocked(keys: string[]): Promise<boolean> {
      const since = windowStartsAfter();
      const rows = await throttleRepo.findMany(db, keys);
      return rows.some((r) => r.windowStart > since && r.failures >= THROTTLE_MAX_FAILURES);
    },
    async fail(keys: string[]): Promise<void> {
      const now = clock.now().toISOString();
      for (const key of keys) await throttleRepo.increment(db, key, now, windowStartsAfter());
    },
    async clear(key: string): Promise<void> {
      await throttleRepo.remove(db, key);
    },
  };
}

export type Throttle = ReturnType<typeof createThrottle>;
