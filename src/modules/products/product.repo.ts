import { containsText, insertInChunks } from '../../kernel/db/sql-helpers.js';
import type { DbExecutor } from '../../kernel/db/types.js';
import type { ProductsTables } from './product.table.js';

type Db = DbExecutor<ProductsTables>;
export type ProductRow = ProductsTables['products'];
export type InstalledRow = ProductsTables['installedProducts'];

export const productRepo = {
  async findPage(db: Db, f: { q?: string; category?: string }, offset: number, limit: number) {
    let q = db.selectFrom('products');
    if (f.category) q = q.where('category', '=', f.category);
    const text = f.q;
    if (text) q = q.where((eb) => eb.or([containsText('nameNl', text), containsText('sku', text), containsText('brand', text)]));
    const [rows, n] = await Promise.all([
      q.selectAll().orderBy('category').orderBy('nameNl').offset(offset).limit(limit).execute(),
      q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    ]);
    return { rows, total: Number(n.n) };
  },
  findBySkus: (db: Db, skus: string[]) => (skus.length ? db.selectFrom('products').selectAll().where('sku', 'in', skus).execute() : Promise.resolve([])),
  async insertProducts(db: Db, rows: ProductRow[]): Promise<void> {
    await insertInChunks(rows, (r) => db.insertInto('products').values(r).execute());
  },

  installedOf: (db: Db, customerId: string) =>
    db
      .selectFrom('installedProducts')
      .innerJoin('products', 'products.id', 'installedProducts.productId')
      .selectAll('installedProducts')
      .select(['products.nameNl', 'products.nameEn', 'products.brand', 'products.category', 'products.warrantyMonths'])
      .where('installedProducts.customerId', '=', customerId)
      .orderBy('installedProducts.purchaseDate', 'desc')
      .execute(),
  findInstalledByExternalIds: (db: Db, ids: string[]) =>
    ids.length ? db.selectFrom('installedProducts').selectAll().where('externalId', 'in', ids).execute() : Promise.resolve([]),
  async insertInstalled(db: Db, rows: InstalledRow[]): Promise<void> {
    await insertInChunks(rows, (r) => db.insertInto('installedProducts').values(r).execute());
  },
  async updateInstalled(db: Db, id: string, version: number, patch: Partial<InstalledRow>): Promise<boolean> {
    const r = await db
      .updateTable('installedProducts')
      .set({ ...patch, version: version + 1 })
      .where('id', '=', id)
      .where('version', '=', version)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  },
  async countInstalledOf(db: Db, customerId: string): Promise<number> {
    const r = await db.selectFrom('installedProducts').select((eb) => eb.fn.countAll<number>().as('n')).where('customerId', '=', customerId).executeTakeFirstOrThrow();
    return Number(r.n);
  },
  async reassign(db: Db, fromId: string, toId: string): Promise<void> {
    await db.updateTable('installedProducts').set({ customerId: toId }).where('customerId', '=', fromId).execute();
  },
};
