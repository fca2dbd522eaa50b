export { divideHalfUp, labourCostCents, marginOf, rateOn, serviceMargin } from './catalog.cost.js';
export { catalogRoutes } from './catalog.routes.js';
export {
  type CatalogSettings,
  type Part,
  SERVICE_KINDS,
  type Service,
  VAT_CODES,
  type VatRate,
  type WarrantyRule,
} from './catalog.schema.js';
export { type AnyExec, type Catalog, type CatalogDeps, createCatalog } from './catalog.service.js';
export type { CatalogTables, ServiceKind, StockLocationKind, StockReason, VatCode } from './catalog.table.js';
export { DEMO_PARTS, DEMO_SERVICES, type DemoStock, insertDemoCatalog, insertDemoStock } from './catalog.demo.js';
export type { StockLocation, StockMovement } from './stock.schema.js';
export type { PartUse } from './stock.service.js';
