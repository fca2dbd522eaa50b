import { actorOf } from '../../kernel/context.js';
import { sendCsv } from '../../kernel/csv.js';
import { ANY_STAFF } from '../../kernel/http/access.js';
import type { App } from '../../kernel/http/build-app.js';
import {
  CreateCustomerBody,
  Customer,
  CustomerPage,
  CustomerParams,
  DeleteCustomerQuery,
  ListCustomersQuery,
  MergeBody,
  UpdateCustomerBody,
} from './customer.schema.js';
import type { CustomerService } from './customer.service.js';

const read = { roles: ANY_STAFF, scope: 'customers' };
const write = { roles: ['admin', 'manager', 'agent', 'planner'] as const, scope: 'customers' };
const manage = { roles: ['admin', 'manager'] as const, scope: 'customers' };

export function customerRoutes(app: App, customers: CustomerService): void {
  const tags = ['customers'];
  app.get('/api/v1/customers', { config: { access: read }, schema: { tags, querystring: ListCustomersQuery, response: { 200: CustomerPage } } }, async (req) =>
    customers.listCustomers(req.query),
  );
  app.get(
    '/api/v1/customers/export.csv',
    { config: { access: manage }, schema: { tags, querystring: ListCustomersQuery.omit({ page: true, pageSize: true, sort: true }) } },
    async (req, reply) => sendCsv(reply, 'klanten.csv', customers.exportCsv(req.query)),
  );
  app.post(
    '/api/v1/customers',
    { config: { access: write }, schema: { tags, body: CreateCustomerBody, response: { 201: Customer } } },
    async (req, reply) => reply.status(201).send(await customers.createCustomer(actorOf(req), req.body)),
  );
  app.get('/api/v1/customers/:id', { config: { access: read }, schema: { tags, params: CustomerParams, response: { 200: Customer } } }, async (req) =>
    customers.getCustomer(req.params.id),
  );
  app.patch(
    '/api/v1/customers/:id',
    { config: { access: write }, schema: { tags, params: CustomerParams, body: UpdateCustomerBody, response: { 200: Customer } } },
    async (req) => customers.updateCustomer(actorOf(req), req.params.id, req.body),
  );
  app.delete(
    '/api/v1/customers/:id',
    { config: { access: manage }, schema: { tags, params: CustomerParams, querystring: DeleteCustomerQuery } },
    async (req, reply) => {
      await customers.deleteCustomer(actorOf(req), req.params.id, req.query.version);
      return reply.status(204).send();
    },
  );
  app.post(
    '/api/v1/customers/:id/merge',
    { config: { access: manage }, schema: { tags, params: CustomerParams, body: MergeBody, response: { 200: Customer } } },
    async (req) => customers.mergeCustomers(actorOf(req), req.params.id, req.body),
  );
  app.get('/api/v1/customers/:id/timeline', { config: { access: read }, schema: { tags, params: CustomerParams } }, async (req) =>
    customers.timeline(req.params.id),
  );
}
