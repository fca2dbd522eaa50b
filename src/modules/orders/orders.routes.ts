import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { actorOf } from '../../kernel/context.js';
import type { App } from '../../kernel/http/build-app.js';
import {
  AcceptQuoteBody,
  AddLinesBody,
  CancelOrderBody,
  CaseParams,
  CaseSales,
  CreateQuoteBody,
  CreateSalesBody,
  DeclineQuoteBody,
  IdParams,
  ListQuery,
  Order,
  OrderPage,
  Quote,
  QuotePage,
  SendQuoteBody,
} from './orders.schema.js';
import type { OrderService } from './orders.service.js';
import type { QuoteService } from './quotes.service.js';

const staff = { roles: ['admin', 'manager', 'agent', 'planner'] as const, scope: 'orders' };

/** Sends a PDF inline, so the browser shows it; never sniffed, never scripted. */
export function sendPdf(reply: FastifyReply, filename: string, pdf: Buffer): FastifyReply {
  return reply
    .type('application/pdf')
    .header('content-disposition', `inline; filename="${filename.replace(/[^\w.-]/g, '_')}"`)
    .header('x-content-type-options', 'nosniff')
    .send(pdf);
}

export const PdfResponse = z.any().describe('application/pdf');

/** Staff routes for quotes and orders. */
export function orderRoutes(app: App, s: { quotes: QuoteService; orders: OrderService; caseSales: (caseId: string) => Promise<CaseSales> }): void {
  const { quotes, orders } = s;
  const config = { access: staff };
  let tags = ['quotes'];
  app.get('/api/v1/quotes', { config, schema: { tags, querystring: ListQuery, response: { 200: QuotePage } } }, async (req) => quotes.listQuotes(req.query));
  app.post('/api/v1/quotes', { config, schema: { tags, body: CreateQuoteBody, response: { 201: Quote } } }, async (req, reply) =>
    reply.status(201).send(await quotes.createQuote(actorOf(req), req.body)),
  );
  app.get('/api/v1/quotes/:id', { config, schema: { tags, params: IdParams, response: { 200: Quote } } }, async (req) => quotes.getQuote(req.params.id));
  app.post('/api/v1/quotes/:id/send', { config, schema: { tags, params: IdParams, body: SendQuoteBody, response: { 200: Quote } } }, async (req) =>
    quotes.sendQuote(actorOf(req), req.params.id, req.body?.version),
  );
  app.get('/api/v1/quotes/:id/pdf', { config, schema: { tags, params: IdParams, response: { 200: PdfResponse } } }, async (req, reply) => {
    const { number, pdf } = await quotes.quotePdf(req.params.id);
    return sendPdf(reply, `${number}.pdf`, pdf);
  });
  app.post('/api/v1/quotes/:id/accept', { config, schema: { tags, params: IdParams, body: AcceptQuoteBody, response: { 200: Quote } } }, async (req) =>
    quotes.acceptQuote(actorOf(req), req.params.id, 'agent', req.body),
  );
  app.post('/api/v1/quotes/:id/decline', { config, schema: { tags, params: IdParams, body: DeclineQuoteBody, response: { 200: Quote } } }, async (req) =>
    quotes.declineQuote(actorOf(req), req.params.id, 'agent', req.body),
  );

  tags = ['orders'];
  app.get('/api/v1/orders', { config, schema: { tags, querystring: ListQuery, response: { 200: OrderPage } } }, async (req) => orders.listOrders(req.query));
  app.post('/api/v1/orders', { config, schema: { tags, body: CreateSalesBody, response: { 201: Order } } }, async (req, reply) =>
    reply.status(201).send(await orders.createOrder(actorOf(req), req.body)),
  );
  app.get('/api/v1/orders/:id', { config, schema: { tags, params: IdParams, response: { 200: Order } } }, async (req) => orders.getOrder(req.params.id));
  app.post('/api/v1/orders/:id/lines', { config, schema: { tags, params: IdParams, body: AddLinesBody, response: { 200: Order } } }, async (req) =>
    orders.addLinesTo(actorOf(req), req.params.id, req.body),
  );
  app.post('/api/v1/orders/:id/cancel', { config, schema: { tags, params: IdParams, body: CancelOrderBody, response: { 200: Order } } }, async (req) =>
    orders.cancelOrder(actorOf(req), req.params.id, req.body),
  );
  app.get('/api/v1/cases/:caseId/sales', { config, schema: { tags, params: CaseParams, response: { 200: CaseSales } } }, async (req) =>
    s.caseSales(req.params.caseId),
  );
}
