export type { SalesEventBase } from './orders.events.js';
export type { OrdersDeps, RepairForOrderInput, WarrantyRule } from './orders.deps.js';
export {
  AcceptQuoteBody,
  CaseSales,
  CreateQuoteBody,
  CreateSalesBody,
  Line,
  LineInput,
  Order,
  OrderLine,
  PortalQuote,
  Quote,
  Totals,
} from './orders.schema.js';
export type { AddLineInput } from './orders.service.js';
export { createOrders, type Orders } from './orders.module.js';
export type { OrdersTables } from './orders.table.js';
export { totals } from './totals.js';
export { insertDemoSales } from './orders.demo.js';
