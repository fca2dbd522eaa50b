import { type Principal, principalLabel } from '../../kernel/auth/principal.js';
import type { Clock } from '../../kernel/clock.js';
import type { Actor } from '../../kernel/context.js';
import { csvRow } from '../../kernel/csv.js';
import type { DbExecutor } from '../../kernel/db/types.js';
import { newId } from '../../kernel/ids.js';
import { offsetOf, type Page } from '../../kernel/pagination.js';
import { auditRepo } from './audit.repo.js';
import type { AuditEntry, AuditFilter } from './audit.schema.js';
import type { AuditRow, AuditTables } from './audit.table.js';

export interface AuditRecord {
  action: string;
  entityType: string;
  entityId?: string | null;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
}

/** Fields that never enter the audit log, whatever a caller passes in. */
const SECRET_FIELDS = new Set(['password', 'passwordHash', 'token', 'keyHash', 'secret']);

function scrub(v: Record<string, unknown> | null | undefined): string | null {
  if (!v) return null;
  return JSON.stringify(Object.fromEntries(Object.entries(v).filter(([k]) => !SECRET_FIELDS.has(k))));
}

function actorId(p: Principal | null): string | null {
  return p && p.kind !== 'customer' && p.userId ? p.userId : null;
}

function toEntry(r: AuditRow): AuditEntry {
  return { ...r, before: r.before ? JSON.parse(r.before) : null, after: r.after ? JSON.parse(r.after) : null };
}

export type AuditService = ReturnType<typeof createAuditService>;

/** The audit log: who did what, when, from where, with the values before and after. */
export function createAuditService(deps: { db: DbExecutor<AuditTables>; clock: Clock }) {
  return {
    /** Writes one entry in `trx`, so the entry exists exactly when the change does. */
    async record(trx: DbExecutor<AuditTables>, actor: Actor, rec: AuditRecord): Promise<void> {
      await auditRepo.insert(trx, {
        id: newId(),
        at: deps.clock.now().toISOString(),
        actorId: actorId(actor.principal),
        actorLabel: principalLabel(actor.principal),
        ip: actor.ip,
        requestId: actor.requestId,
        action: rec.action,
        entityType: rec.entityType,
        entityId: rec.entityId ?? null,
        before: scrub(rec.before),
        after: scrub(rec.after),
      });
    },

    async list(filter: AuditFilter & { page: number; pageSize: number }): Promise<Page<AuditEntry>> {
      const { items, total } = await auditRepo.findPage(deps.db, filter, offsetOf(filter), filter.pageSize);
      return { items: items.map(toEntry), total, page: filter.page, pageSize: filter.pageSize };
    },

    /** The filtered log as formula-safe CSV, streamed. */
    async *exportCsv(filter: AuditFilter): AsyncGenerator<string> {
      yield csvRow(['at', 'actor', 'actor_id', 'ip', 'action', 'entity_type', 'entity_id', 'before', 'after', 'request_id']);
      for await (const r of auditRepo.stream(deps.db, filter)) {
        yield csvRow([r.at, r.actorLabel, r.actorId, r.ip, r.action, r.entityType, r.entityId, r.before, r.after, r.requestId]);
      }
    },
  };
}
