import { actorOf } from '../../kernel/context.js';
import { ANY_STAFF } from '../../kernel/http/access.js';
import type { App } from '../../kernel/http/build-app.js';
import { CreateInstalledProductBody, CustomerParams, InstalledList, InstalledProduct, ListProductsQuery, ProductPage } from './product.schema.js';
import type { ProductService } from './product.service.js';

const read = { roles: ANY_STAFF, scope: 'products' };
const write = { roles: ['admin', 'manager', 'agent', 'planner', 'technician'] as const, scope: 'products' };

export function productRoutes(app: App, products: ProductService): void {
  app.get('/api/v1/products', { config: { access: read }, schema: { tags: ['products'], querystring: ListProductsQuery, response: { 200: ProductPage } } }, async (req) =>
    products.listProducts(req.query),
  );
  app.get(
    '/api/v1/customers/:id/products',
    { config: { access: read }, schema: { tags: ['customers'], params: CustomerParams, response: { 200: InstalledList } } },
    async (req) => ({ items: await products.installedOf(req.params.id) }),
  );
  app.post(
    '/api/v1/customers/:id/products',
    { config: { access: write }, schema: { tags: ['customers'], params: CustomerParams, body: CreateInstalledProductBody, response: { 201: InstalledProduct } } },
    async (req, reply) => reply.status(201).send(await products.addInstalled(actorOf(req), req.params.id, req.body)),
  );
}
