import type { DbExecutor } from '../../kernel/db/types.js';
import type { CatalogTables } from '../catalog/index.js';
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

/** The technicians' vans as stock locations. */
export async function insertDemoVans(trx: AnyDb, vans: CatalogTables['stockLocations'][]): Promise<void> {
  await repairsDemoRepo.insertLocations(trx as DbExecutor<CatalogTables>, vans);
}

/**
 * The stock the demo work moved: every movement, and per part and location the net change added to what is on
 * hand, so that stock on hand stays the sum of its movements.
 */
export async function insertDemoStock(
  trx: AnyDb,
  movements: CatalogTables['stockMovements'][],
  deltas: { partId: string; locationId: string; quantity: number }[],
  now: string,
): Promise<void> {
  const db = trx as DbExecutor<CatalogTables>;
  await repairsDemoRepo.insertMovements(db, movements);
  for (const d of deltas) if (d.quantity !== 0) await repairsDemoRepo.addStock(db, d.partId, d.locationId, d.quantity, now);
}
