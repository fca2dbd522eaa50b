import type { DbExecutor } from '../../kernel/db/types.js';
import type { CasesTables } from './case.table.js';

type Db = DbExecutor<CasesTables>;
type T = CasesTables;

/** Desk settings, SLA calendars and policies, team case settings and mailboxes. */
export const configRepo = {
  settings: (db: Db) => db.selectFrom('caseSettings').selectAll().where('id', '=', 'default').executeTakeFirst(),
  insertSettings: async (db: Db, row: T['caseSettings']) => void (await db.insertInto('caseSettings').values(row).onConflict((oc) => oc.doNothing()).execute()),
  async updateSettings(db: Db, version: number, patch: Partial<T['caseSettings']>): Promise<boolean> {
    const r = await db
      .updateTable('caseSettings')
      .set({ ...patch, version: version + 1 })
      .where('id', '=', 'default')
      .where('version', '=', version)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  },

  calendars: (db: Db) => db.selectFrom('slaCalendars').selectAll().orderBy('name').execute(),
  calendar: (db: Db, id: string) => db.selectFrom('slaCalendars').selectAll().where('id', '=', id).executeTakeFirst(),
  insertCalendar: async (db: Db, row: T['slaCalendars']) => void (await db.insertInto('slaCalendars').values(row).execute()),
  async updateCalendar(db: Db, id: string, version: number, patch: Partial<T['slaCalendars']>): Promise<boolean> {
    const r = await db
      .updateTable('slaCalendars')
      .set({ ...patch, version: version + 1 })
      .where('id', '=', id)
      .where('version', '=', version)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  },

  policies: (db: Db) => db.selectFrom('slaPolicies').selectAll().orderBy('position').execute(),
  policy: (db: Db, id: string) => db.selectFrom('slaPolicies').selectAll().where('id', '=', id).executeTakeFirst(),
  insertPolicy: async (db: Db, row: T['slaPolicies']) => void (await db.insertInto('slaPolicies').values(row).execute()),
  async updatePolicy(db: Db, id: string, version: number, patch: Partial<T['slaPolicies']>): Promise<boolean> {
    const r = await db
      .updateTable('slaPolicies')
      .set({ ...patch, version: version + 1 })
      .where('id', '=', id)
      .where('version', '=', version)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  },
  deletePolicy: async (db: Db, id: string) => void (await db.deleteFrom('slaPolicies').where('id', '=', id).execute()),

  teamSettings: (db: Db, teamId: string) => db.selectFrom('caseTeamSettings').selectAll().where('teamId', '=', teamId).executeTakeFirst(),
  allTeamSettings: (db: Db) => db.selectFrom('caseTeamSettings').selectAll().execute(),
  async upsertTeamSettings(db: Db, row: T['caseTeamSettings']): Promise<void> {
    const { teamId, ...rest } = row;
    await db
      .insertInto('caseTeamSettings')
      .values(row)
      .onConflict((oc) => oc.column('teamId').doUpdateSet(rest))
      .execute();
  },
  setLastAssigned: async (db: Db, teamId: string, userId: string) =>
    void (await db.updateTable('caseTeamSettings').set({ lastAssignedUserId: userId }).where('teamId', '=', teamId).execute()),

  mailboxes: (db: Db) => db.selectFrom('mailboxes').selectAll().orderBy('name').execute(),
  mailbox: (db: Db, id: string) => db.selectFrom('mailboxes').selectAll().where('id', '=', id).executeTakeFirst(),
  mailboxByAddress: (db: Db, address: string) => db.selectFrom('mailboxes').selectAll().where('address', '=', address).executeTakeFirst(),
  insertMailbox: async (db: Db, row: T['mailboxes']) => void (await db.insertInto('mailboxes').values(row).execute()),
  async updateMailbox(db: Db, id: string, version: number, patch: Partial<T['mailboxes']>): Promise<boolean> {
    const r = await db
      .updateTable('mailboxes')
      .set({ ...patch, version: version + 1 })
      .where('id', '=', id)
      .where('version', '=', version)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  },
  deleteMailbox: async (db: Db, id: string) => void (await db.deleteFrom('mailboxes').where('id', '=', id).execute()),
  markPolled: async (db: Db, id: string, at: string, error: string | null) =>
    void (await db.updateTable('mailboxes').set({ lastPolledAt: at, lastError: error }).where('id', '=', id).execute()),
};
