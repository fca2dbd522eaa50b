import { insertInChunks } from '../../kernel/db/sql-helpers.js';
import type { DbExecutor } from '../../kernel/db/types.js';
import type { CatalogTables, StockLocationRow, StockMovementRow } from './catalog.table.js';

type Db = DbExecutor<CatalogTables>;

/** Bulk inserts of demo stock locations, movements and stock on hand. */
export const catalogDemoRepo = {
  insertLocations: (db: Db, rows: StockLocationRow[]) => insertInChunks(rows, (slice) => db.insertInto('stockLocations').values(slice).execute()),
  insertMovements: (db: Db, rows: StockMovementRow[]) => insertInChunks(rows, (slice) => db.insertInto('stockMovements').values(slice).execute()),
  /** Adds to what is on hand, creating the row where the part never was at the location. */
  async addStock(db: Db, partId: string, locationId: string, quantity: number, now: string): Promise<void> {
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
