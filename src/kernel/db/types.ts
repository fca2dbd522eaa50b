import type { Kysely, Transaction } from 'kysely';

/** Tables the kernel itself owns. Module tables live in each module's `*.table.ts`. */
export interface KernelTables {
  outbox: {
    id: string;
    topic: string;
    payload: string;
    createdAt: string;
    availableAt: string;
    attempts: number;
    lastError: string | null;
    dispatchedAt: string | null;
    failedAt: string | null;
  };
  counters: { name: string; period: string; value: number };
}

/** A database handle or an open transaction; services accept either and pass it down. */
export type DbExecutor<DB> = Kysely<DB> | Transaction<DB>;
