import { sql } from 'kysely';
import type { DbExecutor, KernelTables } from './types.js';

/**
 * The next value of a named counter per period (e.g. case numbers per year). Runs inside the caller's
 * transaction: the row lock (PostgreSQL) or the write lock (SQLite) makes concurrent callers wait, so numbers
 * are unique and, when the transaction commits, without gaps.
 */
export async function nextCounter(trx: DbExecutor<KernelTables>, name: string, period: string): Promise<number> {
  const row = await trx
    .insertInto('counters')
    .values({ name, period, value: 1 })
    .onConflict((oc) => oc.columns(['name', 'period']).doUpdateSet({ value: sql`counters.value + 1` }))
    .returning('value')
    .executeTakeFirstOrThrow();
  return Number(row.value);
}

/** Raises a counter to at least `value` (after bulk-loading numbered records). */
export async function raiseCounter(trx: DbExecutor<KernelTables>, name: string, period: string, value: number): Promise<void> {
  await trx
    .insertInto('counters')
    .values({ name, period, value })
    .onConflict((oc) => oc.columns(['name', 'period']).doUpdateSet({ value: sql`case when excluded.value > counters.value then excluded.value else counters.value end` }))
    .execute();
}
