import type { DbExecutor } from '../../kernel/db/types.js';
import type { OrganisationRow, OrganisationTables } from './organisation.table.js';

type Db = DbExecutor<OrganisationTables>;

export const organisationRepo = {
  findOne: (db: Db) => db.selectFrom('organisation').selectAll().limit(1).executeTakeFirst(),
  async insert(db: Db, row: OrganisationRow): Promise<void> {
    await db.insertInto('organisation').values(row).execute();
  },
  async updateVersioned(db: Db, id: string, version: number, patch: Partial<OrganisationRow>): Promise<boolean> {
    const r = await db
      .updateTable('organisation')
      .set({ ...patch, version: version + 1 })
      .where('id', '=', id)
      .where('version', '=', version)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  },
};
