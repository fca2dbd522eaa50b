import { type Actor, SYSTEM_ACTOR } from '../../kernel/context.js';
import type { DbExecutor } from '../../kernel/db/types.js';
import { AppError, found } from '../../kernel/errors.js';
import { newId } from '../../kernel/ids.js';
import { offsetOf, type Page } from '../../kernel/pagination.js';
import { businessDate } from './dates.js';
import { toOrder, toOrderLine } from './mapping.js';
import { placeOrder } from './order.place.js';
import type { OrdersDB, OrdersDeps } from './orders.deps.js';
import { ordersRepo } from './orders.repo.js';
import type { AddLinesBody, CancelOrderBody, CreateSalesBody, ListQuery, Order, OrderLine } from './orders.schema.js';
import type { OrderLineRow } from './orders.table.js';
import { priceLines } from './pricing.js';
import { createSalesPreparation } from './sales.prepare.js';

type Exec = DbExecutor<OrdersDB>;

/** A line added to an existing order: a catalog service or part, or a free line; prices may be given as snapshots. */
export interface AddLineInput {
  serviceId?: string;
  partId?: string;
  kind?: 'part' | 'labour' | 'travel' | 'loaner' | 'other';
  description?: string;
  quantity: number;
  unitPriceCents?: number;
  unitCostCents?: number;
  vatCode?: 'standard' | 'reduced' | 'zero';
  repairOrderId?: string;
}

const stale = () => new AppError('version_conflict', { detail: 'The order was changed by someone else; reload it.' });

/** Orders: what the customer agreed to buy, the bridge from quotes to planning, repairs and invoicing. */
export function createOrderService(deps: OrdersDeps) {
  const { db, clock, audit, bus } = deps;
  const sales = createSalesPreparation(deps);

  async function load(id: string, exec: Exec = db): Promise<Order> {
    const row = found(await ordersRepo.findOrder(exec, id), 'Order');
    return toOrder(row, await ordersRepo.orderLinesOf(exec, [id]));
  }

  async function many(rows: Awaited<ReturnType<typeof ordersRepo.ordersOfCase>>, exec: Exec = db): Promise<Order[]> {
    const lines = await ordersRepo.orderLinesOf(exec, rows.map((r) => r.id));
    return rows.map((r) => toOrder(r, lines));
  }

  /** Adds lines to an open order inside `trx`, priced now and under the order's warranty rule. */
  async function addLines(trx: Exec, orderId: string, lines: AddLineInput[], actor: Actor = SYSTEM_ACTOR, version?: number): Promise<OrderLine[]> {
    const order = found(await ordersRepo.findOrder(trx, orderId), 'Order');
    if (order.status === 'invoiced' || order.status === 'cancelled')
      throw new AppError('conflict', { subcode: 'order.closed', detail: `Order ${order.number} is ${order.status}; lines can no longer be added.` });
    const rule = order.underWarranty ? (await deps.catalog.settings(trx)).warrantyRule : null;
    const date = businessDate(clock.now());
    const priced = await priceLines(deps.catalog, lines, { locale: order.locale, date, rule, exec: trx });
    const existing = await ordersRepo.orderLinesOf(trx, [orderId]);
    const now = clock.now().toISOString();
    const rows: OrderLineRow[] = priced.map((l, i) => ({
      ...l,
      id: newId(),
      orderId,
      position: existing.length + i + 1,
      bookingId: null,
      repairOrderId: lines[i].repairOrderId ?? null,
      repairDoneAt: null,
      createdAt: now,
    }));
    await ordersRepo.insertOrderLines(trx, rows);
    if (!(await ordersRepo.updateOrder(trx, orderId, version ?? order.version, ['open', 'completed'], { updatedAt: now }))) throw stale();
    await audit.record(trx, actor, { action: 'order.lines_added', entityType: 'order', entityId: orderId, after: { lines: rows.map((r) => r.description) } });
    return rows.map(toOrderLine);
  }

  return {
    /** An order with its lines and totals; pass the open transaction when inside one. */
    getOrder: (id: string, exec?: Exec) => load(id, exec),

    async listOrders(q: ListQuery): Promise<Page<Order>> {
      const { rows, total } = await ordersRepo.orderPage(db, q, offsetOf(q), q.pageSize);
      return { items: await many(rows), total, page: q.page, pageSize: q.pageSize };
    },

    ordersOfCase: async (caseId: string) => many(await ordersRepo.ordersOfCase(db, caseId)),

    /** An order placed directly (without a quote), with its booking and repair orders, in one transaction. */
    async createOrder(actor: Actor, body: CreateSalesBody): Promise<Order> {
      const p = await sales.prepare(body);
      const id = await db.transaction().execute((trx) =>
        placeOrder(deps, trx, actor, {
          customerId: p.customer.id,
          caseId: p.caseInfo.id,
          caseSubject: p.caseInfo.subject,
          quoteId: null,
          installedProductId: p.installedProductId,
          underWarranty: p.underWarranty,
          date: p.date,
          locale: p.customer.locale === 'en' ? 'en' : 'nl',
          lines: p.lines,
          slot: p.slot,
          address: p.address,
        }),
      );
      return load(id);
    },

    addLines: (trx: Exec, orderId: string, lines: AddLineInput[], actor?: Actor) => addLines(trx, orderId, lines, actor),

    async addLinesTo(actor: Actor, id: string, body: AddLinesBody): Promise<Order> {
      await db.transaction().execute((trx) => addLines(trx, id, body.lines, actor, body.version));
      return load(id);
    },

    /** Cancels an order that is not invoiced yet, with its booking and open repair orders, in one transaction. */
    async cancelOrder(actor: Actor, id: string, body: CancelOrderBody): Promise<Order> {
      const order = await load(id);
      if (order.status === 'cancelled') return order;
      if (order.status === 'invoiced') throw new AppError('conflict', { subcode: 'order.invoiced', detail: `Order ${order.number} is invoiced; credit the invoice instead.` });
      const booking = order.bookingId ? await deps.planning.getBooking(order.bookingId) : undefined;
      await db.transaction().execute(async (trx) => {
        const now = clock.now().toISOString();
        const patch = { status: 'cancelled' as const, cancelledAt: now, cancelReason: body.reason || null, updatedAt: now };
        if (!(await ordersRepo.updateOrder(trx, id, body.version ?? order.version, ['open', 'completed'], patch))) throw stale();
        if (booking && booking.status !== 'cancelled') await deps.planning.cancel(trx, actor, booking.id);
        await deps.repairs.cancelForOrder(trx, actor, id);
        await bus.emit(trx, 'order.cancelled', { orderId: id, number: order.number, caseId: order.caseId, customerId: order.customerId, at: now });
        await audit.record(trx, actor, { action: 'order.cancelled', entityType: 'order', entityId: id, before: { status: order.status }, after: { reason: body.reason } });
      });
      return load(id);
    },

    /** The order as invoicing needs it; refuses cancelled orders and orders already invoiced. */
    async orderForInvoice(orderId: string, exec: Exec = db) {
      const order = await load(orderId, exec);
      if (order.status === 'cancelled') throw new AppError('unprocessable', { subcode: 'order.cancelled', detail: `Order ${order.number} is cancelled.` });
      if (order.invoiceId) throw new AppError('conflict', { subcode: 'order.invoiced', detail: `Order ${order.number} is already invoiced.` });
      return { order, customerId: order.customerId, caseId: order.caseId, lines: order.lines };
    },

    /** Records the invoice of an order inside the invoicing transaction; an order is invoiced once. */
    async markInvoiced(trx: Exec, orderId: string, invoiceId: string): Promise<void> {
      const order = found(await ordersRepo.findOrder(trx, orderId), 'Order');
      if (order.invoiceId === invoiceId) return;
      const now = clock.now().toISOString();
      const ok = !order.invoiceId && (await ordersRepo.updateOrder(trx, orderId, order.version, ['open', 'completed'], { status: 'invoiced', invoiceId, invoicedAt: now, updatedAt: now }));
      if (!ok) throw new AppError('conflict', { subcode: 'order.not_invoiceable', detail: `Order ${order.number} is ${order.status} and cannot be invoiced.` });
    },

    /**
     * Marks the order completed once every repair order on it is finished. Repairs calls it when one finishes,
     * passing that repair order's id; an order without repair orders completes at once. Returns whether it did.
     */
    async completeIfDone(trx: Exec, orderId: string, repairOrderId?: string): Promise<boolean> {
      const order = found(await ordersRepo.findOrder(trx, orderId), 'Order');
      const now = clock.now().toISOString();
      if (repairOrderId) await ordersRepo.markRepairDone(trx, orderId, repairOrderId, now);
      if (order.status !== 'open') return false;
      const lines = await ordersRepo.orderLinesOf(trx, [orderId]);
      if (lines.some((l) => l.repairOrderId && !l.repairDoneAt)) return false;
      return ordersRepo.updateOrder(trx, orderId, order.version, ['open'], { status: 'completed', completedAt: now, updatedAt: now });
    },
  };
}

export type OrderService = ReturnType<typeof createOrderService>;
