import { sendCsv } from '../../kernel/csv.js';
import { ANY_STAFF } from '../../kernel/http/access.js';
import type { App } from '../../kernel/http/build-app.js';
import { CustomerParams, ListPurchasesQuery, PurchasePage } from './purchase.schema.js';
import type { PurchaseService } from './purchase.service.js';

const read = { roles: ANY_STAFF, scope: 'purchases' };

export function purchaseRoutes(app: App, purchases: PurchaseService): void {
  app.get(
    '/api/v1/customers/:id/purchases',
    { config: { access: read }, schema: { tags: ['customers'], params: CustomerParams, querystring: ListPurchasesQuery, response: { 200: PurchasePage } } },
    async (req) => purchases.purchasesOf(req.params.id, req.query),
  );
  app.get(
    '/api/v1/customers/:id/purchases.csv',
    { config: { access: { roles: ['admin', 'manager', 'agent'], scope: 'purchases' } }, schema: { tags: ['customers'], params: CustomerParams } },
    async (req, reply) => sendCsv(reply, 'aankoophistorie.csv', purchases.exportCsv(req.params.id)),
  );
}
