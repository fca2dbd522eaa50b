export { IMPORT_KINDS, type ImportKind } from './import.columns.js';
export { importRoutes, MAX_IMPORT_BYTES } from './import.routes.js';
export { createImportService, type ImportService } from './import.service.js';
export type { ImportsTables } from './import.table.js';
