import type { DbExecutor } from '../../kernel/db/types.js';
import type { CatalogTables, PartRow, ServiceRow, SettingsRow, VatRateRow } from './catalog.table.js';

type Db = DbExecutor<CatalogTables>;

/** All SQL on `services`, `parts`, `vat_rates` and `service_settings`. */
export const catalogRepo = {
  findVatRates: (db: Db) => db.selectFrom('vatRates').selectAll().orderBy('code').orderBy('validFrom').execute(),
  findVatRatesOf: (db: Db, code: string) => db.selectFrom('vatRates').selectAll().where('code', '=', code as VatRateRow['code']).orderBy('validFrom').execute(),
  async insertVatRate(db: Db, row: VatRateRow): Promise<void> {
    await db.insertInto('vatRates').values(row).execute();
  },
  async closeVatRate(db: Db, id: string, validTo: string): Promise<void> {
    await db.updateTable('vatRates').set({ validTo }).where('id', '=', id).where('validTo', 'is', null).execute();
  },

  findServices: (db: Db, active?: boolean) => {
    let q = db.selectFrom('services').selectAll().orderBy('code');
    if (active !== undefined) q = q.where('active', '=', active);
    return q.execute();
  },
  findServiceById: (db: Db, id: string) => db.selectFrom('services').selectAll().where('id', '=', id).executeTakeFirst(),
  findServicesByIds: async (db: Db, ids: string[]) => (ids.length ? db.selectFrom('services').selectAll().where('id', 'in', ids).execute() : []),
  findServiceByCode: (db: Db, code: string) => db.selectFrom('services').selectAll().where('code', '=', code).executeTakeFirst(),
  async insertService(db: Db, row: ServiceRow): Promise<void> {
    await db.insertInto('services').values(row).execute();
  },
  async updateService(db: Db, id: string, version: number, patch: Partial<ServiceRow>): Promise<boolean> {
    const r = await db.updateTable('services').set({ ...patch, version: version + 1 }).where('id', '=', id).where('version', '=', version).executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  },

  findParts: (db: Db, active?: boolean) => {
    let q = db.selectFrom('parts').selectAll().orderBy('sku');
    if (active !== undefined) q = q.where('active', '=', active);
    return q.execute();
  },
  findPartById: (db: Db, id: string) => db.selectFrom('parts').selectAll().where('id', '=', id).executeTakeFirst(),
  findPartBySku: (db: Db, sku: string) => db.selectFrom('parts').selectAll().where('sku', '=', sku).executeTakeFirst(),
  async insertPart(db: Db, row: PartRow): Promise<void> {
    await db.insertInto('parts').values(row).execute();
  },
  async updatePart(db: Db, id: string, version: number, patch: Partial<PartRow>): Promise<boolean> {
    const r = await db.updateTable('parts').set({ ...patch, version: version + 1 }).where('id', '=', id).where('version', '=', version).executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  },

  findSettings: (db: Db) => db.selectFrom('serviceSettings').selectAll().where('id', '=', 'default').executeTakeFirstOrThrow(),
  async updateSettings(db: Db, version: number, patch: Partial<SettingsRow>): Promise<boolean> {
    const r = await db
      .updateTable('serviceSettings')
      .set({ ...patch, version: version + 1 })
      .where('id', '=', 'default')
      .where('version', '=', version)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  },
};
