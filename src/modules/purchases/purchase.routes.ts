import { Readable } from 'node:stream';
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
    async (req, reply) => {
      const rows = purchases.exportCsv(req.params.id);
      const first = await rows.next();
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="aankoophistorie.csv"')
        .send(Readable.from((async function* () {
          if (!first.done) yield first.value;
          yield* rows;
        })()));
    },
  );
}
