import type { FastifyRequest } from 'fastify';
import { actorOf } from '../../kernel/context.js';
import { AppError } from '../../kernel/errors.js';
import type { App } from '../../kernel/http/build-app.js';
import { AcceptQuoteBody, DeclineQuoteBody, IdParams, PortalQuote, PortalQuoteList, type Quote } from './orders.schema.js';
import { PdfResponse, sendPdf } from './orders.routes.js';
import type { QuoteService } from './quotes.service.js';

const access = 'customer' as const;

function customerOf(req: FastifyRequest): string {
  if (req.principal?.kind !== 'customer') throw new AppError('forbidden', { detail: 'Only customers signed in to the portal may do this.' });
  return req.principal.customerId;
}

/** Costs and margins are the company's own business; the customer sees prices and VAT only. */
function forCustomer(q: Quote, caseNumber: string | null): PortalQuote {
  const { declineReason: _r, lines, totals, ...rest } = q;
  const { costCents: _c, marginCents: _m, ...customerTotals } = totals;
  return { ...rest, lines: lines.map(({ unitCostCents: _u, ...l }) => l), totals: customerTotals, caseNumber };
}

/** The customer's own quotes in the portal: read, download, accept (choosing a slot) or decline. */
export function portalQuoteRoutes(app: App, quotes: QuoteService, caseNumber: (caseId: string) => Promise<string | null>): void {
  const tags = ['portal'];
  const config = { access };
  const shape = async (q: Quote) => forCustomer(q, await caseNumber(q.caseId));
  app.get('/api/v1/portal/quotes', { config, schema: { tags, response: { 200: PortalQuoteList } } }, async (req) => {
    const numbers = new Map<string, string | null>();
    const items: PortalQuote[] = [];
    for (const q of await quotes.quotesOfCustomer(customerOf(req))) {
      if (!numbers.has(q.caseId)) numbers.set(q.caseId, await caseNumber(q.caseId));
      items.push(forCustomer(q, numbers.get(q.caseId) ?? null));
    }
    return { items };
  });
  app.get('/api/v1/portal/quotes/:id', { config, schema: { tags, params: IdParams, response: { 200: PortalQuote } } }, async (req) =>
    shape(await quotes.getQuote(req.params.id, customerOf(req))),
  );
  app.get('/api/v1/portal/quotes/:id/pdf', { config, schema: { tags, params: IdParams, response: { 200: PdfResponse } } }, async (req, reply) => {
    const { number, pdf } = await quotes.quotePdf(req.params.id, customerOf(req));
    return sendPdf(reply, `${number}.pdf`, pdf);
  });
  app.post('/api/v1/portal/quotes/:id/accept', { config, schema: { tags, params: IdParams, body: AcceptQuoteBody, response: { 200: PortalQuote } } }, async (req) =>
    shape(await quotes.acceptQuote(actorOf(req), req.params.id, 'customer', req.body, customerOf(req))),
  );
  app.post('/api/v1/portal/quotes/:id/decline', { config, schema: { tags, params: IdParams, body: DeclineQuoteBody, response: { 200: PortalQuote } } }, async (req) =>
    shape(await quotes.declineQuote(actorOf(req), req.params.id, 'customer', req.body, customerOf(req))),
  );
}
