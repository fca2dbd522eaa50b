import type { DbExecutor } from '../../kernel/db/types.js';
import type { TeamsTables } from './team.table.js';

type Db = DbExecutor<TeamsTables>;
type TeamRow = TeamsTables['teams'];

export const teamRepo = {
  findAll: (db: Db) => db.selectFrom('teams').selectAll().orderBy('name').execute(),
  findById: (db: Db, id: string) => db.selectFrom('teams').selectAll().where('id', '=', id).executeTakeFirst(),
  findByName: (db: Db, name: string) => db.selectFrom('teams').selectAll().where('name', '=', name).executeTakeFirst(),

  async membersOf(db: Db, teamIds: string[]) {
    if (teamIds.length === 0) return [];
    return db.selectFrom('teamMembers').selectAll().where('teamId', 'in', teamIds).orderBy('userId').execute();
  },

  async membershipsOf(db: Db, userIds: string[]) {
    if (userIds.length === 0) return [];
    return db.selectFrom('teamMembers').selectAll().where('userId', 'in', userIds).execute();
  },

  async insert(db: Db, row: TeamRow): Promise<void> {
    await db.insertInto('teams').values(row).execute();
  },

  async updateVersioned(db: Db, id: string, version: number, patch: Partial<TeamRow>): Promise<boolean> {
    const r = await db
      .updateTable('teams')
      .set({ ...patch, version: version + 1 })
      .where('id', '=', id)
      .where('version', '=', version)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  },

  async deleteVersioned(db: Db, id: string, version: number): Promise<boolean> {
    const r = await db.deleteFrom('teams').where('id', '=', id).where('version', '=', version).executeTakeFirst();
    return Number(r.numDeletedRows) === 1;
  },

  async replaceMembers(db: Db, teamId: string, members: { userId: string; isLead: boolean }[]): Promise<void> {
    await db.deleteFrom('teamMembers').where('teamId', '=', teamId).execute();
    if (members.length) await db.insertInto('teamMembers').values(members.map((m) => ({ teamId, ...m }))).execute();
  },
};
