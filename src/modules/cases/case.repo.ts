import type { Expression, ExpressionBuilder, SqlBool } from 'kysely';
import { containsText, insertInChunks } from '../../kernel/db/sql-helpers.js';
import type { DbExecutor } from '../../kernel/db/types.js';
import type { CustomersTables } from '../customers/index.js';
import type { CasesTables } from './case.table.js';

type Db = DbExecutor<CasesTables & CustomersTables>;
export type CaseRow = CasesTables['cases'];

export interface CaseFilter {
  open?: boolean;
  statuses?: string[];
  teamIds?: string[];
  assigneeId?: string | null;
  customerId?: string;
  slaState?: string;
  slaStates?: string[];
  dueBefore?: string;
  needsReview?: boolean;
  number?: string;
  subjectLike?: string;
}

export interface Cursor {
  /** The sort key of the last row: lastMessageAt, or slaDueAt for the due views. */
  key: string;
  id: string;
}

type CaseEb = ExpressionBuilder<{ c: CaseRow }, 'c'>;

/** The live cases a filter selects; one definition for the lists and their counts. */
function matching(eb: CaseEb, f: CaseFilter): Expression<SqlBool> {
  const all: Expression<SqlBool>[] = [eb('c.mergedIntoId', 'is', null)];
  if (f.open !== undefined) all.push(eb('c.isOpen', '=', f.open ? 1 : 0));
  if (f.statuses?.length) all.push(eb('c.status', 'in', f.statuses));
  if (f.teamIds) all.push(f.teamIds.length ? eb('c.teamId', 'in', f.teamIds) : eb('c.teamId', '=', ''));
  if (f.assigneeId !== undefined) all.push(f.assigneeId === null ? eb('c.assigneeId', 'is', null) : eb('c.assigneeId', '=', f.assigneeId));
  if (f.customerId) all.push(eb('c.customerId', '=', f.customerId));
  if (f.slaState) all.push(eb('c.slaState', '=', f.slaState));
  if (f.slaStates) all.push(eb('c.slaState', 'in', f.slaStates));
  if (f.dueBefore) all.push(eb('c.slaDueAt', '<=', f.dueBefore));
  if (f.needsReview) all.push(eb('c.contactNeedsReview', '=', true as never));
  if (f.number) all.push(eb('c.number', '=', f.number));
  if (f.subjectLike) all.push(containsText('c.subject', f.subjectLike));
  return eb.and(all);
}

const listColumns = [
  'c.id',
  'c.number',
  'c.subject',
  'c.status',
  'c.priority',
  'c.channel',
  'c.category',
  'c.customerId',
  'cu.name as customerName',
  'c.teamId',
  'c.assigneeId',
  'c.tags',
  'c.slaState',
  'c.slaDueAt',
  'c.contactNeedsReview',
  'c.lastMessageAt',
  'c.createdAt',
] as const;

export const caseRepo = {
  insert: async (db: Db, row: CaseRow) => void (await db.insertInto('cases').values(row).execute()),
  findById: (db: Db, id: string) => db.selectFrom('cases').selectAll().where('id', '=', id).executeTakeFirst(),
  findByNumber: (db: Db, number: string) => db.selectFrom('cases').selectAll().where('number', '=', number).executeTakeFirst(),
  findManyByIds: (db: Db, ids: string[]) =>
    ids.length ? db.selectFrom('cases').select(['id', 'number', 'subject', 'status']).where('id', 'in', ids).execute() : Promise.resolve([]),

  async updateVersioned(db: Db, id: string, version: number, patch: Partial<CaseRow>): Promise<boolean> {
    const r = await db
      .updateTable('cases')
      .set({ ...patch, version: version + 1 })
      .where('id', '=', id)
      .where('version', '=', version)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  },

  /** Bulk-loads complete case rows and their messages (demo data). */
  async insertMany(db: Db, rows: CaseRow[], messages: CasesTables['caseMessages'][]): Promise<void> {
    await insertInChunks(rows, (slice) => db.insertInto('cases').values(slice).execute());
    await insertInChunks(messages, (slice) => db.insertInto('caseMessages').values(slice).execute());
  },

  /** Writes recomputed SLA columns without a new version: a clock ticking is not an edit. */
  async updateSla(db: Db, id: string, version: number, patch: Partial<CaseRow>): Promise<boolean> {
    const r = await db.updateTable('cases').set(patch).where('id', '=', id).where('version', '=', version).executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  },

  /** One page in the view's order, newest activity first (or earliest due first), after the cursor. */
  async findPage(db: Db, f: CaseFilter, order: 'recent' | 'due', after: Cursor | null, limit: number) {
    let q = db
      .selectFrom('cases as c')
      .innerJoin('customers as cu', 'cu.id', 'c.customerId')
      .select(listColumns)
      .where((eb) => matching(eb as unknown as CaseEb, f));
    if (order === 'due') {
      q = q.where('c.slaDueAt', 'is not', null);
      if (after) q = q.where((eb) => eb(eb.refTuple('c.slaDueAt', 'c.id'), '>', eb.tuple(after.key, after.id)));
      return q.orderBy('c.slaDueAt', 'asc').orderBy('c.id', 'asc').limit(limit).execute();
    }
    // A row-value comparison, so both databases walk the (last_message_at, id) index from the cursor on.
    if (after) q = q.where((eb) => eb(eb.refTuple('c.lastMessageAt', 'c.id'), '<', eb.tuple(after.key, after.id)));
    return q.orderBy('c.lastMessageAt', 'desc').orderBy('c.id', 'desc').limit(limit).execute();
  },

  async count(db: Db, f: CaseFilter): Promise<number> {
    const q = db
      .selectFrom('cases as c')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where((eb) => matching(eb, f));
    return Number((await q.executeTakeFirstOrThrow()).n);
  },

  /** Open cases whose SLA must be looked at again by now. */
  dueForSlaCheck: (db: Db, now: string, limit: number) =>
    db.selectFrom('cases').selectAll().where('slaCheckAt', '<=', now).orderBy('slaCheckAt').limit(limit).execute(),

  /** Marks open cases for SLA recomputation (after a policy or calendar change). */
  async markOpenForSlaCheck(db: Db, now: string, filter: { teamId?: string } = {}): Promise<number> {
    let q = db.updateTable('cases').set({ slaCheckAt: now }).where('isOpen', '=', 1).where('mergedIntoId', 'is', null);
    if (filter.teamId) q = q.where('teamId', '=', filter.teamId);
    return Number((await q.executeTakeFirst()).numUpdatedRows);
  },

  openCountsByAssignee: (db: Db, userIds: string[]) =>
    userIds.length
      ? db
          .selectFrom('cases')
          .select(['assigneeId', (eb) => eb.fn.countAll<number>().as('n')])
          .where('isOpen', '=', 1)
          .where('assigneeId', 'in', userIds)
          .groupBy('assigneeId')
          .execute()
      : Promise.resolve([]),

  /** Customers with a case resolved since the instant (most recent first). */
  customersResolvedSince: (db: Db, since: string, limit: number) =>
    db
      .selectFrom('cases')
      .select(['customerId', (eb) => eb.fn.max('resolvedAt').as('last')])
      .where('resolvedAt', '>=', since)
      .where('mergedIntoId', 'is', null)
      .groupBy('customerId')
      .orderBy('last', 'desc')
      .limit(limit)
      .execute(),

  async hasAny(db: Db, customerId: string): Promise<boolean> {
    return Boolean(await db.selectFrom('cases').select('id').where('customerId', '=', customerId).limit(1).executeTakeFirst());
  },

  /** Moves cases to another customer (customer merge). */
  reassignCustomer: async (db: Db, from: string, to: string) =>
    void (await db.updateTable('cases').set({ customerId: to }).where('customerId', '=', from).execute()),
};
