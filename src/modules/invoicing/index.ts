export type { InvoicingTables } from './invoicing.table.js';
