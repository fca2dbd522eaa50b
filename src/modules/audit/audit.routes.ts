import type { App } from '../../kernel/http/build-app.js';
import { sendCsv } from '../../kernel/csv.js';
import { AuditFilter, AuditPage, ListAuditQuery } from './audit.schema.js';
import type { AuditService } from './audit.service.js';

const access = { roles: ['admin', 'manager'] as const, scope: 'audit' };

export function auditRoutes(app: App, audit: AuditService): void {
  app.get(
    '/api/v1/audit',
    { config: { access }, schema: { tags: ['audit'], querystring: ListAuditQuery, response: { 200: AuditPage } } },
    async (req) => audit.list(req.query),
  );
  app.get(
    '/api/v1/audit/export.csv',
    { config: { access }, schema: { tags: ['audit'], querystring: AuditFilter } },
    async (req, reply) => sendCsv(reply, 'audit-log.csv', audit.exportCsv(req.query)),
  );
}
