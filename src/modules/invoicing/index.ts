export type { BankImportResult, BankStatement, BankStatementLine, BankStatementSummary } from './bank.schema.js';
export { epcPayload } from './epc.js';
export type { InvoiceIssuedEvent } from './invoice.events.js';
export type { CustomerSnapshot, Invoice, InvoiceLine, InvoiceSummary, Payment, SellerSnapshot } from './invoice.schema.js';
export type { InvoiceCustomer, InvoicingDeps, OrderForInvoice, OrderLineForInvoice } from './invoicing.deps.js';
export { createInvoicing, type Invoicing } from './invoicing.module.js';
export type { InvoicingTables } from './invoicing.table.js';
export { demoInvoiceTotals, insertDemoInvoicing } from './invoicing.demo.js';
