import type { DbExecutor } from '../../kernel/db/types.js';
import { insertInChunks } from '../../kernel/db/sql-helpers.js';
import type { CatalogTables } from '../catalog/index.js';
import type { RepairsTables } from './repairs.table.js';

type Db = DbExecutor<RepairsTables>;
type StockDb = DbExecutor<CatalogTables>;

/** Bulk inserts of demo repair orders, their work, loaners, and the stock the work used. */
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
  insertLocations: (db: StockDb, rows: CatalogTables['stockLocations'][]) => insertInChunks(rows, (slice) => db.insertInto('stockLocations').values(slice).execute()),
  insertMovements: (db: StockDb, rows: CatalogTables['stockMovements'][]) => insertInChunks(rows, (slice) => db.insertInto('stockMovements').values(slice).execute()),
  /** Adds to what is on hand, creating the row where the part never was at the location. */
  async addStock(db: StockDb, partId: string, locationId: string, quantity: number, now: string): Promise<void> {
    // A negative row would fail the table's check before any conflict is resolved, so taking stock only updates.
    if (quantity < 0) {
      await db
        .updateTable('partStock')
        .set((eb) => ({ quantity: eb('quantity', '+', quantity), updatedAt: now }))
        .where('partId', '=', partId)
        .where('locationId', '=', locationId)
        .execute();
      return;
    }
    await db
      .insertInto('partStock')
      .values({ partId, locationId, quantity, updatedAt: now })
      .onConflict((oc) => oc.columns(['partId', 'locationId']).doUpdateSet((eb) => ({ quantity: eb('partStock.quantity', '+', quantity), updatedAt: now })))
      .execute();
  },
};
