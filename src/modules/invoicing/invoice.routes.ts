import { z } from 'zod';
import { actorOf } from '../../kernel/context.js';
import type { App } from '../../kernel/http/build-app.js';
import {
  CreateCreditNoteBody,
  CreateInvoiceBody,
  CreatePaymentBody,
  DeleteInvoiceQuery,
  Invoice,
  InvoicePage,
  InvoiceParams,
  IssueInvoiceBody,
  ListInvoicesQuery,
  Payment,
  UpdateInvoiceBody,
} from './invoice.schema.js';
import { sendDocument } from './invoicing.http.js';
import type { Invoicing } from './invoicing.module.js';

const staff = { roles: ['admin', 'manager', 'agent'] as const, scope: 'invoices' };
const tags = ['invoices'];
const config = { access: staff };
const Binary = z.any().describe('a file');

/** Staff routes: drafts, issuing, credit notes, documents and payments. */
export function invoiceRoutes(app: App, inv: Invoicing): void {
  app.get('/api/v1/invoices', { config, schema: { tags, querystring: ListInvoicesQuery, response: { 200: InvoicePage } } }, async (req) => inv.listInvoices(req.query));
  app.post('/api/v1/invoices', { config, schema: { tags, body: CreateInvoiceBody, response: { 201: Invoice } } }, async (req, reply) =>
    reply.status(201).send(await inv.createDraft(actorOf(req), req.body)),
  );
  app.get('/api/v1/invoices/:id', { config, schema: { tags, params: InvoiceParams, response: { 200: Invoice } } }, async (req) => inv.getInvoice(req.params.id));
  app.patch('/api/v1/invoices/:id', { config, schema: { tags, params: InvoiceParams, body: UpdateInvoiceBody, response: { 200: Invoice } } }, async (req) =>
    inv.updateDraft(actorOf(req), req.params.id, req.body),
  );
  app.delete('/api/v1/invoices/:id', { config, schema: { tags, params: InvoiceParams, querystring: DeleteInvoiceQuery } }, async (req, reply) => {
    await inv.deleteDraft(actorOf(req), req.params.id, req.query.version);
    return reply.status(204).send();
  });
  app.post('/api/v1/invoices/:id/issue', { config, schema: { tags, params: InvoiceParams, body: IssueInvoiceBody, response: { 200: Invoice } } }, async (req) =>
    inv.issue(actorOf(req), req.params.id, req.body ?? {}),
  );
  app.post(
    '/api/v1/invoices/:id/credit-notes',
    { config, schema: { tags, params: InvoiceParams, body: CreateCreditNoteBody, response: { 201: Invoice } } },
    async (req, reply) => reply.status(201).send(await inv.createCreditNote(actorOf(req), req.params.id, req.body)),
  );
  app.post(
    '/api/v1/invoices/:id/payments',
    { config, schema: { tags, params: InvoiceParams, body: CreatePaymentBody, response: { 201: Payment } } },
    async (req, reply) => reply.status(201).send(await inv.addPayment(actorOf(req), req.params.id, req.body)),
  );
  app.get('/api/v1/invoices/:id/pdf', { config, schema: { tags, params: InvoiceParams, response: { 200: Binary } } }, async (req, reply) => {
    return sendDocument(reply, await inv.documents.pdf(req.params.id), 'application/pdf');
  });
  app.get('/api/v1/invoices/:id/ubl', { config, schema: { tags, params: InvoiceParams, response: { 200: Binary } } }, async (req, reply) => {
    return sendDocument(reply, await inv.documents.ubl(req.params.id), 'application/xml; charset=utf-8');
  });
}

/** Portal routes: a customer's own issued invoices. */
export function portalInvoiceRoutes(app: App, inv: Invoicing): void {
  const portal = { access: 'customer' as const };
  const customerOf = (req: { principal: unknown }) => (req.principal as { customerId: string }).customerId;
  app.get('/api/v1/portal/invoices', { config: portal, schema: { tags: ['portal'], querystring: ListInvoicesQuery, response: { 200: InvoicePage } } }, async (req) =>
    inv.listInvoices(req.query, { customerId: customerOf(req), issuedOnly: true }),
  );
  app.get('/api/v1/portal/invoices/:id/pdf', { config: portal, schema: { tags: ['portal'], params: InvoiceParams, response: { 200: Binary } } }, async (req, reply) => {
    return sendDocument(reply, await inv.documents.pdf(req.params.id, customerOf(req)), 'application/pdf');
  });
}
