import type { DbExecutor } from '../../kernel/db/types.js';
import type { CatalogTables, StockLocationRow, StockMovementRow } from './catalog.table.js';

type Db = DbExecutor<CatalogTables>;

/** All SQL on `stock_locations`, `part_stock` and `stock_movements`. */
export const stockRepo = {
  findLocations: (db: Db) => db.selectFrom('stockLocations').selectAll().orderBy('kind').orderBy('name').execute(),
  findLocationById: (db: Db, id: string) => db.selectFrom('stockLocations').selectAll().where('id', '=', id).executeTakeFirst(),
  findLocationByName: (db: Db, name: string) => db.selectFrom('stockLocations').selectAll().where('name', '=', name).executeTakeFirst(),
  findVanOf: (db: Db, userId: string) =>
    db.selectFrom('stockLocations').selectAll().where('kind', '=', 'van').where('userId', '=', userId).orderBy('createdAt').executeTakeFirst(),
  findFirstActive: (db: Db, kind: StockLocationRow['kind']) =>
    db.selectFrom('stockLocations').selectAll().where('kind', '=', kind).where('active', '=', true).orderBy('createdAt').orderBy('id').executeTakeFirst(),
  async insertLocation(db: Db, row: StockLocationRow): Promise<void> {
    await db.insertInto('stockLocations').values(row).execute();
  },
  async updateLocation(db: Db, id: string, version: number, patch: Partial<StockLocationRow>): Promise<boolean> {
    const r = await db.updateTable('stockLocations').set({ ...patch, version: version + 1 }).where('id', '=', id).where('version', '=', version).executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  },

  /** Stock rows with their location's name and kind, for the given parts (all parts when omitted). */
  findStock: (db: Db, partIds?: string[]) => {
    let q = db
      .selectFrom('partStock')
      .innerJoin('stockLocations', 'stockLocations.id', 'partStock.locationId')
      .select(['partStock.partId', 'partStock.locationId', 'partStock.quantity', 'stockLocations.name as locationName', 'stockLocations.kind as locationKind'])
      .orderBy('stockLocations.kind')
      .orderBy('stockLocations.name');
    if (partIds) q = q.where('partStock.partId', 'in', partIds.length ? partIds : ['']);
    return q.execute();
  },
  quantityAt: async (db: Db, partId: string, locationId: string) =>
    Number(
      (await db.selectFrom('partStock').select('quantity').where('partId', '=', partId).where('locationId', '=', locationId).executeTakeFirst())?.quantity ??
        0,
    ),

  /** Adds stock, creating the row when the part was never at this location. */
  async add(db: Db, partId: string, locationId: string, quantity: number, now: string): Promise<void> {
    await db
      .insertInto('partStock')
      .values({ partId, locationId, quantity, updatedAt: now })
      .onConflict((oc) => oc.columns(['partId', 'locationId']).doUpdateSet((eb) => ({ quantity: eb('partStock.quantity', '+', quantity), updatedAt: now })))
      .execute();
  },

  /**
   * Takes stock in one conditional UPDATE, so two technicians taking the last item at once cannot both succeed.
   * Returns false (and changes nothing) when fewer than `quantity` are on hand.
   */
  async take(db: Db, partId: string, locationId: string, quantity: number, now: string): Promise<boolean> {
    const r = await db
      .updateTable('partStock')
      .set((eb) => ({ quantity: eb('quantity', '-', quantity), updatedAt: now }))
      .where('partId', '=', partId)
      .where('locationId', '=', locationId)
      .where('quantity', '>=', quantity)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  },

  async insertMovements(db: Db, rows: StockMovementRow[]): Promise<void> {
    if (rows.length) await db.insertInto('stockMovements').values(rows).execute();
  },
  findMovements: (db: Db, f: { partId?: string; locationId?: string; limit: number }) => {
    let q = db.selectFrom('stockMovements').selectAll().orderBy('createdAt', 'desc').orderBy('id', 'desc').limit(f.limit);
    if (f.partId) q = q.where('partId', '=', f.partId);
    if (f.locationId) q = q.where('locationId', '=', f.locationId);
    return q.execute();
  },
};
