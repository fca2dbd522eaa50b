import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Clock } from '../../kernel/clock.js';
import { actorOf } from '../../kernel/context.js';
import { AppError, found } from '../../kernel/errors.js';
import type { App } from '../../kernel/http/build-app.js';
import { newId } from '../../kernel/ids.js';
import type { AuditService } from '../audit/index.js';
import { sanitizeHtml } from '../email/index.js';
import type { DB, Tx } from './case.core.js';
import { caseRepo } from './case.repo.js';
import { CasePriority, CaseStatus } from './case.schema.js';
import type { CasesTables } from './case.table.js';
import { macroRepo } from './macro.repo.js';
import { renderMacro, unknownPlaceholders } from './macro.render.js';

const MacroSet = z.strictObject({
  status: CaseStatus.optional(),
  priority: CasePriority.optional(),
  teamId: z.uuid().nullable().optional(),
  assigneeId: z.uuid().nullable().optional(),
  addTags: z.array(z.string().trim().min(1).max(40)).max(10).optional(),
});
const MacroBody = z.strictObject({
  name: z.string().trim().min(1).max(80),
  kind: z.enum(['macro', 'canned']).default('macro'),
  teamId: z.uuid().nullable().default(null),
  set: MacroSet.default({}),
  bodyNl: z.string().max(20_000).default(''),
  bodyEn: z.string().max(20_000).default(''),
  active: z.boolean().default(true),
});
const Macro = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(['macro', 'canned']),
  teamId: z.string().nullable(),
  set: MacroSet,
  bodyNl: z.string(),
  bodyEn: z.string(),
  active: z.boolean(),
  version: z.number().int(),
});
const Rendered = z.object({ bodyHtml: z.string(), set: MacroSet });
const Id = z.strictObject({ id: z.uuid() });

type Row = CasesTables['macros'];
const toMacro = (r: Row) => ({ ...r, kind: r.kind as 'macro' | 'canned', set: JSON.parse(r.set), active: Boolean(r.active) });

export interface MacroDeps {
  db: Kysely<DB>;
  clock: Clock;
  audit: AuditService;
  customerSummary: (id: string, exec: Tx) => Promise<{ name: string; contacts: { id: string; name: string }[] } | undefined>;
  companyName: () => Promise<string>;
}

/** Macros (set fields and insert a reply text) and canned replies, with placeholders filled per case. */
export function macroRoutes(app: App, deps: MacroDeps): void {
  const { db } = deps;
  const tags = ['cases'];
  const read = { roles: ['admin', 'manager', 'agent'] as const, scope: 'cases' };
  const manage = { roles: ['admin', 'manager'] as const, scope: 'case-settings' };
  const check = (body: { bodyNl?: string; bodyEn?: string }) => {
    const unknown = unknownPlaceholders(`${body.bodyNl ?? ''} ${body.bodyEn ?? ''}`);
    if (unknown.length) throw new AppError('validation', { detail: `Unknown placeholders: ${unknown.join(', ')}`, errors: unknown.map((u) => ({ path: 'body', message: `unknown placeholder ${u}` })) });
  };

  app.get('/api/v1/macros', { config: { access: read }, schema: { tags, response: { 200: z.object({ items: z.array(Macro) }) } } }, async () => ({
    items: (await macroRepo.all(db)).map(toMacro),
  }));
  app.post('/api/v1/macros', { config: { access: manage }, schema: { tags, body: MacroBody, response: { 201: Macro } } }, async (req, reply) => {
    check(req.body);
    const row: Row = {
      id: newId(),
      ...req.body,
      set: JSON.stringify(req.body.set),
      bodyNl: sanitizeHtml(req.body.bodyNl),
      bodyEn: sanitizeHtml(req.body.bodyEn),
      version: 1,
      updatedAt: deps.clock.now().toISOString(),
    };
    await db.transaction().execute(async (trx) => {
      await macroRepo.insert(trx, row);
      await deps.audit.record(trx, actorOf(req), { action: 'macro.created', entityType: 'macro', entityId: row.id, after: toMacro(row) });
    });
    return reply.status(201).send(toMacro(row));
  });
  app.patch(
    '/api/v1/macros/:id',
    { config: { access: manage }, schema: { tags, params: Id, body: MacroBody.partial().extend({ version: z.number().int().min(1) }).strict(), response: { 200: Macro } } },
    async (req) => {
      check(req.body);
      return db.transaction().execute(async (trx) => {
        const before = found(await macroRepo.find(trx, req.params.id), 'Macro');
        const { version, set, bodyNl, bodyEn, ...rest } = req.body;
        const patch: Partial<Row> = { ...rest, version: version + 1, updatedAt: deps.clock.now().toISOString() };
        if (set) patch.set = JSON.stringify(set);
        if (bodyNl !== undefined) patch.bodyNl = sanitizeHtml(bodyNl);
        if (bodyEn !== undefined) patch.bodyEn = sanitizeHtml(bodyEn);
        if (!(await macroRepo.updateVersioned(trx, req.params.id, version, patch))) throw new AppError('version_conflict', { detail: 'The macro was changed by someone else; reload it.' });
        const after = toMacro(found(await macroRepo.find(trx, req.params.id), 'Macro'));
        await deps.audit.record(trx, actorOf(req), { action: 'macro.updated', entityType: 'macro', entityId: req.params.id, before: toMacro(before), after });
        return after;
      });
    },
  );
  app.post(
    '/api/v1/cases/:id/macros/:macroId/render',
    { config: { access: read }, schema: { tags, params: z.strictObject({ id: z.uuid(), macroId: z.uuid() }), response: { 200: Rendered } } },
    async (req) => {
      const row = found(await caseRepo.findById(db, req.params.id), 'Case');
      const macro = toMacro(found(await macroRepo.find(db, req.params.macroId), 'Macro'));
      const customer = await deps.customerSummary(row.customerId, db);
      const me = req.principal as { name: string };
      const template = row.locale === 'en' ? macro.bodyEn || macro.bodyNl : macro.bodyNl || macro.bodyEn;
      const bodyHtml = renderMacro(template, {
        customerName: customer?.name ?? '',
        contactName: customer?.contacts.find((c) => c.id === row.contactId)?.name ?? null,
        caseNumber: row.number,
        caseSubject: row.subject,
        agentName: me.name,
        companyName: await deps.companyName(),
      });
      return { bodyHtml, set: macro.kind === 'macro' ? macro.set : {} };
    },
  );
}
