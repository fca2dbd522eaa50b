import type { DbExecutor } from '../../kernel/db/types.js';
import type { ImportsTables } from './import.table.js';

type Db = DbExecutor<ImportsTables>;
export type ImportRow = ImportsTables['imports'];
export type RejectionRow = ImportsTables['importRejections'];

export const importRepo = {
  async insert(db: Db, row: ImportRow): Promise<void> {
    await db.insertInto('imports').values(row).execute();
  },
  async finish(db: Db, id: string, patch: Partial<ImportRow>): Promise<void> {
    await db.updateTable('imports').set(patch).where('id', '=', id).execute();
  },
  async insertRejections(db: Db, rows: RejectionRow[]): Promise<void> {
    for (let i = 0; i < rows.length; i += 500) await db.insertInto('importRejections').values(rows.slice(i, i + 500)).execute();
  },
  findById: (db: Db, id: string) => db.selectFrom('imports').selectAll().where('id', '=', id).executeTakeFirst(),
  findRecent: (db: Db, limit: number) => db.selectFrom('imports').selectAll().orderBy('startedAt', 'desc').limit(limit).execute(),
  rejectionsOf: (db: Db, id: string, limit: number) =>
    db.selectFrom('importRejections').selectAll().where('importId', '=', id).orderBy('line').limit(limit).execute(),
};
