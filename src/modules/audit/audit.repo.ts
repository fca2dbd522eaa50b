import type { SelectQueryBuilder } from 'kysely';
import { startsWith } from '../../kernel/db/sql-helpers.js';
import type { DbExecutor } from '../../kernel/db/types.js';
import type { AuditFilter } from './audit.schema.js';
import type { AuditRow, AuditTables } from './audit.table.js';

type Q = SelectQueryBuilder<AuditTables, 'auditLog', object>;

function filtered(db: DbExecutor<AuditTables>, f: AuditFilter): Q {
  let q = db.selectFrom('auditLog') as Q;
  if (f.action?.endsWith('.')) q = q.where(startsWith('action', f.action));
  else if (f.action) q = q.where('action', '=', f.action);
  if (f.actorId) q = q.where('actorId', '=', f.actorId);
  if (f.entityType) q = q.where('entityType', '=', f.entityType);
  if (f.entityId) q = q.where('entityId', '=', f.entityId);
  if (f.from) q = q.where('at', '>=', new Date(f.from).toISOString());
  if (f.to) q = q.where('at', '<', new Date(f.to).toISOString());
  return q;
}

export const auditRepo = {
  async insert(db: DbExecutor<AuditTables>, row: AuditRow): Promise<void> {
    await db.insertInto('auditLog').values(row).execute();
  },

  async findPage(db: DbExecutor<AuditTables>, f: AuditFilter, offset: number, limit: number) {
    const [items, count] = await Promise.all([
      filtered(db, f).selectAll().orderBy('at', 'desc').orderBy('id', 'desc').offset(offset).limit(limit).execute(),
      filtered(db, f)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow(),
    ]);
    return { items, total: Number(count.n) };
  },

  /** Newest first, in batches keyed on (at, id), so an export never holds the whole log in memory. */
  async *stream(db: DbExecutor<AuditTables>, f: AuditFilter, batch = 1000): AsyncGenerator<AuditRow> {
    let after: { at: string; id: string } | undefined;
    for (;;) {
      let q = filtered(db, f).selectAll();
      if (after) {
        const a = after;
        q = q.where((eb) => eb.or([eb('at', '<', a.at), eb.and([eb('at', '=', a.at), eb('id', '<', a.id)])]));
      }
      const rows = await q.orderBy('at', 'desc').orderBy('id', 'desc').limit(batch).execute();
      yield* rows;
      if (rows.length < batch) return;
      const last = rows[rows.length - 1];
      after = { at: last.at, id: last.id };
    }
  },
};
