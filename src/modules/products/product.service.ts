import type { Kysely } from 'kysely';
import type { Clock } from '../../kernel/clock.js';
import type { Actor } from '../../kernel/context.js';
import type { DbExecutor } from '../../kernel/db/types.js';
import { AppError } from '../../kernel/errors.js';
import { newId } from '../../kernel/ids.js';
import { offsetOf, type Page } from '../../kernel/pagination.js';
import type { AuditService, AuditTables } from '../audit/index.js';
import { type InstalledRow, type ProductRow, productRepo } from './product.repo.js';
import type { CreateInstalledProductBody, InstalledProduct, ListProductsQuery, Product } from './product.schema.js';
import type { ProductsTables } from './product.table.js';
import { warrantyOf } from './warranty.js';

type DB = ProductsTables & AuditTables;
type Tx = DbExecutor<DB>;
const tx = <T>(e: DbExecutor<T>) => e as unknown as Tx;

const toProduct = (r: ProductRow): Product => ({
  id: r.id,
  sku: r.sku,
  nameNl: r.nameNl,
  nameEn: r.nameEn,
  brand: r.brand,
  category: r.category,
  listPriceCents: Number(r.listPriceCents),
  warrantyMonths: r.warrantyMonths,
  active: Boolean(r.active),
});

export type ProductService = ReturnType<typeof createProductService>;

/** The product catalog and the installed base: which customer owns which product, under which warranty. */
export function createProductService(deps: {
  db: Kysely<DB>;
  clock: Clock;
  audit: AuditService;
  customerExists: <T>(trx: DbExecutor<T>, id: string) => Promise<boolean>;
}) {
  const { db, clock, audit } = deps;
  const today = () => clock.now().toISOString().slice(0, 10);

  return {
    async listProducts(q: ListProductsQuery): Promise<Page<Product>> {
      const { rows, total } = await productRepo.findPage(db, q, offsetOf(q), q.pageSize);
      return { items: rows.map(toProduct), total, page: q.page, pageSize: q.pageSize };
    },

    async installedOf(customerId: string): Promise<InstalledProduct[]> {
      if (!(await deps.customerExists(db, customerId))) throw new AppError('not_found', { detail: 'Customer not found' });
      const day = today();
      return (await productRepo.installedOf(db, customerId)).map((r) => {
        const w = warrantyOf(r.purchaseDate, r.warrantyMonths, r.extendedWarrantyEnd, day);
        return {
          id: r.id,
          customerId: r.customerId,
          productId: r.productId,
          sku: r.sku,
          productNameNl: r.nameNl,
          productNameEn: r.nameEn,
          brand: r.brand,
          category: r.category,
          serialNumber: r.serialNumber,
          purchaseDate: r.purchaseDate,
          purchaseChannel: r.purchaseChannel,
          warrantyEnd: w.warrantyEnd,
          extendedWarrantyEnd: r.extendedWarrantyEnd,
          warrantyStatus: w.status,
          notes: r.notes,
          externalId: r.externalId,
          version: r.version,
        };
      });
    },

    async addInstalled(actor: Actor, customerId: string, body: CreateInstalledProductBody): Promise<InstalledProduct> {
      const id = await db.transaction().execute(async (trx) => {
        if (!(await deps.customerExists(trx, customerId))) throw new AppError('not_found', { detail: 'Customer not found' });
        const [product] = await productRepo.findBySkus(trx, [body.sku]);
        if (!product) throw new AppError('unprocessable', { subcode: 'product.unknown_sku', detail: `No product with SKU ${body.sku}.`, errors: [{ path: 'body.sku', message: 'unknown SKU' }] });
        if (body.externalId && (await productRepo.findInstalledByExternalIds(trx, [body.externalId])).length)
          throw new AppError('conflict', { subcode: 'installed_product.external_id_taken', detail: 'This external id is already registered.' });
        const row = installedRow(customerId, product.id, body, clock.now().toISOString());
        await productRepo.insertInstalled(trx, [row]);
        await audit.record(trx, actor, { action: 'installed_product.created', entityType: 'customer', entityId: customerId, after: { ...row } });
        return row.id;
      });
      return (await this.installedOf(customerId)).find((p) => p.id === id) as InstalledProduct;
    },

    productsBySku: async <T>(e: DbExecutor<T>, skus: string[]) => new Map((await productRepo.findBySkus(tx(e), skus)).map((r) => [r.sku, r])),
    installedByExternalId: async <T>(e: DbExecutor<T>, ids: string[]) =>
      new Map((await productRepo.findInstalledByExternalIds(tx(e), ids)).map((r) => [r.externalId as string, r])),
    insertInstalled: <T>(e: DbExecutor<T>, rows: InstalledRow[]) => productRepo.insertInstalled(tx(e), rows),
    updateInstalled: <T>(e: DbExecutor<T>, id: string, version: number, patch: Partial<InstalledRow>) => productRepo.updateInstalled(tx(e), id, version, patch),
    insertProducts: <T>(e: DbExecutor<T>, rows: ProductRow[]) => productRepo.insertProducts(tx(e), rows),
    hasInstalled: async <T>(e: DbExecutor<T>, customerId: string) => (await productRepo.countInstalledOf(tx(e), customerId)) > 0,
    reassign: <T>(e: DbExecutor<T>, fromId: string, toId: string) => productRepo.reassign(tx(e), fromId, toId),
  };
}

export function installedRow(customerId: string, productId: string, b: CreateInstalledProductBody & { sku: string }, now: string): InstalledRow {
  return {
    id: newId(),
    customerId,
    productId,
    sku: b.sku,
    serialNumber: b.serialNumber,
    purchaseDate: b.purchaseDate,
    purchaseChannel: b.purchaseChannel,
    extendedWarrantyEnd: b.extendedWarrantyEnd,
    notes: b.notes,
    externalId: b.externalId,
    version: 1,
    createdAt: now,
    updatedAt: now,
  };
}
