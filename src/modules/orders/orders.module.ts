import type { App } from '../../kernel/http/build-app.js';
import type { OrdersDeps } from './orders.deps.js';
import type { CaseSales } from './orders.schema.js';
import { orderRoutes } from './orders.routes.js';
import { createOrderService } from './orders.service.js';
import { portalQuoteRoutes } from './portal-quotes.routes.js';
import { createQuoteService } from './quotes.service.js';
import './orders.events.js';

/**
 * Orders: quotes (offertes) with PDF and email, accepted in the portal or by an agent; orders with priced lines
 * under the warranty rule; the bookings and repair orders an order starts; and what invoicing reads back.
 */
export function createOrders(deps: OrdersDeps) {
  const quotes = createQuoteService(deps);
  const orders = createOrderService(deps);
  deps.bus.on('quote.mail', (e, meta) => quotes.mailQuote(e, meta.eventId));

  /** Everything sold on a case: its quotes, its orders and the bookings of those orders. */
  async function caseSales(caseId: string): Promise<CaseSales> {
    const [q, o] = await Promise.all([quotes.quotesOfCase(caseId), orders.ordersOfCase(caseId)]);
    const bookings: CaseSales['bookings'] = [];
    for (const id of new Set(o.flatMap((x) => (x.bookingId ? [x.bookingId] : [])))) {
      const b = await deps.planning.getBooking(id).catch(() => undefined);
      if (b) bookings.push(b);
    }
    return { quotes: q, orders: o, bookings };
  }

  return {
    quotes,
    orders,
    caseSales,
    getOrder: orders.getOrder,
    orderForInvoice: orders.orderForInvoice,
    markInvoiced: orders.markInvoiced,
    addLines: orders.addLines,
    completeIfDone: orders.completeIfDone,
    routes(app: App): void {
      orderRoutes(app, { quotes, orders, caseSales });
      portalQuoteRoutes(app, quotes, async (caseId) => (await deps.caseInfo(caseId))?.number ?? null);
    },
  };
}

export type Orders = ReturnType<typeof createOrders>;
