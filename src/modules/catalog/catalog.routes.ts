import { actorOf } from '../../kernel/context.js';
import { ANY_STAFF } from '../../kernel/http/access.js';
import type { App } from '../../kernel/http/build-app.js';
import {
  CatalogSettings,
  CreatePartBody,
  CreateServiceBody,
  CreateVatRateBody,
  IdParams,
  ListPartsQuery,
  ListServicesQuery,
  Part,
  PartList,
  Service,
  ServiceList,
  UpdatePartBody,
  UpdateServiceBody,
  UpdateSettingsBody,
  VatRate,
  VatRateList,
  VatRateOnQuery,
} from './catalog.schema.js';
import type { Catalog } from './catalog.service.js';
import {
  CreateStockLocationBody,
  CreateStockMovementBody,
  CreateStockTransferBody,
  ListStockMovementsQuery,
  StockChange,
  StockLocation,
  StockLocationList,
  StockMovementList,
  UpdateStockLocationBody,
} from './stock.schema.js';

const read = { access: { roles: ANY_STAFF, scope: 'catalog' } };
const write = { access: { roles: ['admin', 'manager'] as const, scope: 'catalog' } };
const tags = ['catalog'];
const base = '/api/v1/catalog';

/** The catalog API: any staff member reads it; admins and managers change it. */
export function catalogRoutes(app: App, catalog: Catalog): void {
  app.get(`${base}/services`, { config: read, schema: { tags, querystring: ListServicesQuery, response: { 200: ServiceList } } }, async (req) => ({
    items: await catalog.listServices(req.query),
  }));
  app.get(`${base}/services/:id`, { config: read, schema: { tags, params: IdParams, response: { 200: Service } } }, async (req) => catalog.getService(req.params.id));
  app.post(`${base}/services`, { config: write, schema: { tags, body: CreateServiceBody, response: { 201: Service } } }, async (req, reply) =>
    reply.status(201).send(await catalog.createService(actorOf(req), req.body)),
  );
  app.patch(`${base}/services/:id`, { config: write, schema: { tags, params: IdParams, body: UpdateServiceBody, response: { 200: Service } } }, async (req) =>
    catalog.updateService(actorOf(req), req.params.id, req.body),
  );

  app.get(`${base}/parts`, { config: read, schema: { tags, querystring: ListPartsQuery, response: { 200: PartList } } }, async (req) => ({
    items: await catalog.listParts(req.query),
  }));
  app.get(`${base}/parts/:id`, { config: read, schema: { tags, params: IdParams, response: { 200: Part } } }, async (req) => catalog.getPart(req.params.id));
  app.post(`${base}/parts`, { config: write, schema: { tags, body: CreatePartBody, response: { 201: Part } } }, async (req, reply) =>
    reply.status(201).send(await catalog.createPart(actorOf(req), req.body)),
  );
  app.patch(`${base}/parts/:id`, { config: write, schema: { tags, params: IdParams, body: UpdatePartBody, response: { 200: Part } } }, async (req) =>
    catalog.updatePart(actorOf(req), req.params.id, req.body),
  );

  app.get(`${base}/stock-locations`, { config: read, schema: { tags, response: { 200: StockLocationList } } }, async () => ({ items: await catalog.listLocations() }));
  app.post(`${base}/stock-locations`, { config: write, schema: { tags, body: CreateStockLocationBody, response: { 201: StockLocation } } }, async (req, reply) =>
    reply.status(201).send(await catalog.createLocation(actorOf(req), req.body)),
  );
  app.patch(
    `${base}/stock-locations/:id`,
    { config: write, schema: { tags, params: IdParams, body: UpdateStockLocationBody, response: { 200: StockLocation } } },
    async (req) => catalog.updateLocation(actorOf(req), req.params.id, req.body),
  );
  app.get(`${base}/stock-movements`, { config: read, schema: { tags, querystring: ListStockMovementsQuery, response: { 200: StockMovementList } } }, async (req) => ({
    items: await catalog.listMovements(req.query),
  }));
  app.post(`${base}/stock-movements`, { config: write, schema: { tags, body: CreateStockMovementBody, response: { 201: StockChange } } }, async (req, reply) =>
    reply.status(201).send(await catalog.recordStockMovement(actorOf(req), req.body)),
  );
  app.post(`${base}/stock-transfers`, { config: write, schema: { tags, body: CreateStockTransferBody, response: { 201: StockChange } } }, async (req, reply) =>
    reply.status(201).send(await catalog.transferStock(actorOf(req), req.body)),
  );

  app.get(`${base}/vat-rates`, { config: read, schema: { tags, response: { 200: VatRateList } } }, async () => ({ items: await catalog.vatRates() }));
  app.get(`${base}/vat-rates/on`, { config: read, schema: { tags, querystring: VatRateOnQuery, response: { 200: VatRate } } }, async (req) =>
    catalog.vatRateOn(req.query.code, req.query.date),
  );
  app.post(`${base}/vat-rates`, { config: write, schema: { tags, body: CreateVatRateBody, response: { 201: VatRate } } }, async (req, reply) =>
    reply.status(201).send(await catalog.addVatRate(actorOf(req), req.body)),
  );

  app.get(`${base}/settings`, { config: read, schema: { tags, response: { 200: CatalogSettings } } }, async () => catalog.settings());
  app.patch(`${base}/settings`, { config: write, schema: { tags, body: UpdateSettingsBody, response: { 200: CatalogSettings } } }, async (req) =>
    catalog.updateSettings(actorOf(req), req.body),
  );
}
