export { auditRoutes } from './audit.routes.js';
export type { AuditEntry } from './audit.schema.js';
export { type AuditRecord, type AuditService, createAuditService } from './audit.service.js';
export type { AuditTables } from './audit.table.js';
