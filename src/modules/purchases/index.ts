export { purchaseRoutes } from './purchase.routes.js';
export type { SalesRow } from './purchase.repo.js';
export type { SalesLine } from './purchase.schema.js';
export { createPurchaseService, type PurchaseService } from './purchase.service.js';
export type { PurchasesTables } from './purchase.table.js';
