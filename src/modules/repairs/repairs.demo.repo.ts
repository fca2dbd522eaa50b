import type { DbExecutor } from '../../kernel/db/types.js';
import { insertInChunks } from '../../kernel/db/sql-helpers.js';
import type { RepairsTables } from './repairs.table.js';

type Db = DbExecutor<RepairsTables>;

/** Bulk inserts of demo repair orders, their work, and loaners. */
export const repairsDemoRepo = {
  async insertRepairs(
    db: Db,
    rows: { repairOrders: RepairsTables['repairOrders'][]; history: RepairsTables['repairStatusHistory'][]; timeEntries: RepairsTables['timeEntries'][]; repairParts: RepairsTables['repairParts'][] },
  ): Promise<void> {
    await insertInChunks(rows.repairOrders, (slice) => db.insertInto('repairOrders').values(slice).execute());
    await insertInChunks(rows.history, (slice) => db.insertInto('repairStatusHistory').values(slice).execute());
    await insertInChunks(rows.timeEntries, (slice) => db.insertInto('timeEntries').values(slice).execute());
    await insertInChunks(rows.repairParts, (slice) => db.insertInto('repairParts').values(slice).execute());
  },
  async insertLoaners(db: Db, loaners: RepairsTables['loaners'][], loans: RepairsTables['loanerLoans'][]): Promise<void> {
    await insertInChunks(loaners, (slice) => db.insertInto('loaners').values(slice).execute());
    await insertInChunks(loans, (slice) => db.insertInto('loanerLoans').values(slice).execute());
  },
};
