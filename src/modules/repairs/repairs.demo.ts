import type { DbExecutor } from '../../kernel/db/types.js';
import { repairsDemoRepo } from './repairs.demo.repo.js';
import type { RepairsTables } from './repairs.table.js';

// biome-ignore lint/suspicious/noExplicitAny: callers pass executors typed with the whole application's database
type AnyDb = DbExecutor<any>;

/** Demo repair orders with their status history, time and parts, as they are. */
export async function insertDemoRepairs(
  trx: AnyDb,
  rows: { repairOrders: RepairsTables['repairOrders'][]; history: RepairsTables['repairStatusHistory'][]; timeEntries: RepairsTables['timeEntries'][]; repairParts: RepairsTables['repairParts'][] },
): Promise<void> {
  await repairsDemoRepo.insertRepairs(trx as DbExecutor<RepairsTables>, rows);
}

/** The demo loaner pool and its loans. */
export async function insertDemoLoaners(trx: AnyDb, loaners: RepairsTables['loaners'][], loans: RepairsTables['loanerLoans'][]): Promise<void> {
  await repairsDemoRepo.insertLoaners(trx as DbExecutor<RepairsTables>, loaners, loans);
}
