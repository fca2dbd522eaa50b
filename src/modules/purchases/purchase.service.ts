import type { Kysely } from 'kysely';
import { csvRow } from '../../kernel/csv.js';
import type { DbExecutor } from '../../kernel/db/types.js';
import { AppError } from '../../kernel/errors.js';
import { offsetOf } from '../../kernel/pagination.js';
import { purchaseRepo, type SalesRow } from './purchase.repo.js';
import type { SalesLine } from './purchase.schema.js';
import type { PurchasesTables } from './purchase.table.js';

type Tx = DbExecutor<PurchasesTables>;
const tx = <T>(e: DbExecutor<T>) => e as unknown as Tx;

const toLine = (r: SalesRow): SalesLine => ({
  id: r.id,
  customerId: r.customerId,
  saleDate: r.saleDate,
  sku: r.sku,
  quantity: Number(r.quantity),
  amountInclCents: Number(r.amountInclCents),
  amountExclCents: Number(r.amountExclCents),
  channel: r.channel,
  orderRef: r.orderRef,
  externalId: r.externalId,
});

export type PurchaseService = ReturnType<typeof createPurchaseService>;

/** Purchase history: sales lines imported from the webshop, shop tills or ERP (facts, not Loyaal's invoices). */
export function createPurchaseService(deps: { db: Kysely<PurchasesTables>; customerExists: <T>(trx: DbExecutor<T>, id: string) => Promise<boolean> }) {
  const { db } = deps;
  return {
    async purchasesOf(customerId: string, q: { page: number; pageSize: number }) {
      if (!(await deps.customerExists(db, customerId))) throw new AppError('not_found', { detail: 'Customer not found' });
      const [{ rows, total }, years] = await Promise.all([
        purchaseRepo.findPage(db, customerId, offsetOf(q), q.pageSize),
        purchaseRepo.totalsByYear(db, customerId),
      ]);
      return {
        items: rows.map(toLine),
        total,
        page: q.page,
        pageSize: q.pageSize,
        totalsByYear: years.map((y) => ({ year: Number(y.year), lines: Number(y.lines), amountInclCents: Number(y.incl), amountExclCents: Number(y.excl) })),
      };
    },

    /** A customer's purchase history as formula-safe CSV, streamed. */
    async *exportCsv(customerId: string): AsyncGenerator<string> {
      if (!(await deps.customerExists(db, customerId))) throw new AppError('not_found', { detail: 'Customer not found' });
      yield csvRow(['sale_date', 'sku', 'quantity', 'amount_excl', 'amount_incl', 'channel', 'order_ref', 'external_id']);
      for await (const r of purchaseRepo.streamOf(db, customerId))
        yield csvRow([r.saleDate, r.sku, r.quantity, (Number(r.amountExclCents) / 100).toFixed(2), (Number(r.amountInclCents) / 100).toFixed(2), r.channel, r.orderRef, r.externalId]);
    },

    byExternalId: async <T>(e: DbExecutor<T>, ids: string[]) => new Map((await purchaseRepo.findByExternalIds(tx(e), ids)).map((r) => [r.externalId as string, r])),
    insert: <T>(e: DbExecutor<T>, rows: SalesRow[]) => purchaseRepo.insert(tx(e), rows),
    update: <T>(e: DbExecutor<T>, id: string, patch: Partial<SalesRow>) => purchaseRepo.update(tx(e), id, patch),
    hasPurchases: async <T>(e: DbExecutor<T>, customerId: string) => (await purchaseRepo.countOf(tx(e), customerId)) > 0,
    reassign: <T>(e: DbExecutor<T>, fromId: string, toId: string) => purchaseRepo.reassign(tx(e), fromId, toId),
  };
}
