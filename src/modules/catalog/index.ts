export type { CatalogTables } from './catalog.table.js';
