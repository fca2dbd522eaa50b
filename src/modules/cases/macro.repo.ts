import type { DbExecutor } from '../../kernel/db/types.js';
import type { CasesTables } from './case.table.js';

type Db = DbExecutor<CasesTables>;
type Row = CasesTables['macros'];

export const macroRepo = {
  all: (db: Db) => db.selectFrom('macros').selectAll().orderBy('name').execute(),
  find: (db: Db, id: string) => db.selectFrom('macros').selectAll().where('id', '=', id).executeTakeFirst(),
  insert: async (db: Db, row: Row) => void (await db.insertInto('macros').values(row).execute()),
  async updateVersioned(db: Db, id: string, version: number, patch: Partial<Row>): Promise<boolean> {
    const r = await db.updateTable('macros').set(patch).where('id', '=', id).where('version', '=', version).executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  },
};
