import { sql } from 'kysely';
import { containsText } from '../../kernel/db/sql-helpers.js';
import type { DbExecutor } from '../../kernel/db/types.js';
import type { UserRow, UsersTables } from './user.table.js';

export interface UserFilter {
  q?: string;
  role?: string;
  active?: boolean;
}

type Db = DbExecutor<UsersTables>;

function filtered(db: Db, f: UserFilter) {
  let q = db.selectFrom('users');
  if (f.q) {
    const text = f.q;
    q = q.where((eb) => eb.or([containsText('name', text), containsText('email', text)]));
  }
  if (f.role) q = q.where('role', '=', f.role);
  if (f.active !== undefined) q = q.where('active', '=', f.active);
  return q;
}

export const userRepo = {
  async findById(db: Db, id: string): Promise<UserRow | undefined> {
    return db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
  },

  findByIds: (db: Db, ids: string[]) => (ids.length ? db.selectFrom('users').selectAll().where('id', 'in', ids).execute() : Promise.resolve([])),

  async findByEmail(db: Db, email: string): Promise<UserRow | undefined> {
    return db.selectFrom('users').selectAll().where('email', '=', email.toLowerCase()).executeTakeFirst();
  },

  async findPage(db: Db, f: UserFilter, offset: number, limit: number) {
    const [items, count] = await Promise.all([
      filtered(db, f).selectAll().orderBy('name').orderBy('id').offset(offset).limit(limit).execute(),
      filtered(db, f)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow(),
    ]);
    return { items, total: Number(count.n) };
  },

  async insert(db: Db, row: UserRow): Promise<void> {
    await db.insertInto('users').values(row).execute();
  },

  /** Updates when `version` still matches; returns false when someone else changed the row first. */
  async updateVersioned(db: Db, id: string, version: number, patch: Partial<UserRow>): Promise<boolean> {
    const r = await db
      .updateTable('users')
      .set({ ...patch, version: version + 1 })
      .where('id', '=', id)
      .where('version', '=', version)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  },

  async countActiveAdmins(db: Db): Promise<number> {
    const r = await db
      .selectFrom('users')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('role', '=', 'admin')
      .where('active', '=', true)
      .executeTakeFirstOrThrow();
    return Number(r.n);
  },

  /** All (id, name, role, managerId) rows: the reporting structure is small enough to walk in memory. */
  async findStructure(db: Db) {
    return db.selectFrom('users').select(['id', 'name', 'role', 'managerId']).where('active', '=', true).execute();
  },

  async setLocale(db: Db, id: string, locale: string, at: string): Promise<void> {
    await db
      .updateTable('users')
      .set({ locale, updatedAt: at, version: sql`version + 1` })
      .where('id', '=', id)
      .execute();
  },
};
