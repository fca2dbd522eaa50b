import { insertInChunks } from '../../kernel/db/sql-helpers.js';
import type { DbExecutor } from '../../kernel/db/types.js';
import type { SearchEntry } from './customer.mapping.js';
import type { SearchPlan } from './customer.search.js';
import type { CustomersTables } from './customer.table.js';

type Db = DbExecutor<CustomersTables>;
type T = CustomersTables;
export type CustomerRow = T['customers'];
export type ContactRow = T['customerContacts'];
export type AddressRow = T['customerAddresses'];

export interface CustomerFilter {
  plan?: SearchPlan;
  segment?: string;
  kind?: string;
}

const SORTS = {
  name: ['searchName', 'asc'],
  '-name': ['searchName', 'desc'],
  created: ['createdAt', 'asc'],
  '-created': ['createdAt', 'desc'],
} as const;

function filtered(db: Db, f: CustomerFilter) {
  let q = db.selectFrom('customers').where('mergedIntoId', 'is', null);
  if (f.segment) q = q.where('segment', '=', f.segment);
  if (f.kind) q = q.where('kind', '=', f.kind);
  const p = f.plan;
  if (p?.kind === 'postcode') {
    q = q.where('id', 'in', (eb) => {
      let sub = eb.selectFrom('customerAddresses').select('customerId').where('postcode', '=', p.postcode);
      if (p.houseNumber) sub = sub.where('houseNumber', '=', p.houseNumber);
      return sub;
    });
  } else if (p?.kind === 'email' || p?.kind === 'phone') {
    const column = p.kind === 'email' ? 'email' : 'phone';
    const value = p.kind === 'email' ? p.email : p.phone;
    q = q.where((eb) =>
      eb.or([
        eb('id', 'in', eb.selectFrom('customerContacts').select('customerId').where(column, '=', value)),
        eb('externalId', '=', value),
      ]),
    );
  } else if (p?.kind === 'tokens') {
    for (const prefix of p.prefixes) {
      q = q.where('id', 'in', (eb) =>
        eb.selectFrom('customerSearchTokens').select('customerId').where('token', '>=', prefix).where('token', '<', `${prefix}\uffff`),
      );
    }
  }
  return q;
}

/** Customers having a word that starts with each prefix (the first, longest prefix drives the search). */
function tokenMatches(db: Db, prefixes: string[]) {
  const [first, ...rest] = prefixes;
  let q = db.selectFrom('customerSearchTokens as t').where('t.token', '>=', first).where('t.token', '<', `${first}\uffff`);
  for (const p of rest)
    q = q.where('t.customerId', 'in', (eb) =>
      eb.selectFrom('customerSearchTokens').select('customerId').where('token', '>=', p).where('token', '<', `${p}\uffff`),
    );
  return q;
}

export const customerRepo = {
  /**
   * A page of a word search in name order, read from the token index alone (it carries the folded name), then
   * the page's 50 customers by id. Only live customers have tokens: merging and deleting remove them.
   */
  async findPageByTokens(db: Db, prefixes: string[], dir: 'asc' | 'desc', offset: number, limit: number) {
    const [page, count] = await Promise.all([
      tokenMatches(db, prefixes)
        .select(['t.customerId', 't.searchName'])
        .groupBy(['t.customerId', 't.searchName'])
        .orderBy('t.searchName', dir)
        .orderBy('t.customerId', dir)
        .offset(offset)
        .limit(limit)
        .execute(),
      tokenMatches(db, prefixes)
        .select((eb) => eb.fn.count<number>('t.customerId').distinct().as('n'))
        .executeTakeFirstOrThrow(),
    ]);
    return { rows: await customerRepo.findByIdsInOrder(db, page.map((p) => p.customerId)), total: Number(count.n) };
  },

  async findPage(db: Db, f: CustomerFilter, sort: keyof typeof SORTS, offset: number, limit: number) {
    const [column, dir] = SORTS[sort];
    if (f.plan?.kind === 'tokens' && f.plan.prefixes.length && !f.segment && !f.kind && column === 'searchName')
      return customerRepo.findPageByTokens(db, f.plan.prefixes, dir, offset, limit);
    // Page ids first (from the index alone), then those rows: a deep OFFSET then skips index entries, not rows.
    const [page, count] = await Promise.all([
      filtered(db, f).select('id').orderBy(column, dir).orderBy('id', dir).offset(offset).limit(limit).execute(),
      filtered(db, f)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow(),
    ]);
    return { rows: await customerRepo.findByIdsInOrder(db, page.map((p) => p.id)), total: Number(count.n) };
  },

  async findByIdsInOrder(db: Db, ids: string[]): Promise<CustomerRow[]> {
    const rows = ids.length ? await db.selectFrom('customers').selectAll().where('id', 'in', ids).execute() : [];
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id)).filter((r): r is CustomerRow => r !== undefined);
  },

  /** Streams the filtered list in pages keyed on (search_name, id), for exports of any size. */
  async *stream(db: Db, f: CustomerFilter, batch = 2000): AsyncGenerator<CustomerRow> {
    let after: { searchName: string; id: string } | undefined;
    for (;;) {
      let q = filtered(db, f).selectAll();
      if (after) {
        const a = after;
        q = q.where((eb) => eb.or([eb('searchName', '>', a.searchName), eb.and([eb('searchName', '=', a.searchName), eb('id', '>', a.id)])]));
      }
      const rows = await q.orderBy('searchName').orderBy('id').limit(batch).execute();
      yield* rows;
      if (rows.length < batch) return;
      const last = rows[rows.length - 1];
      after = { searchName: last.searchName, id: last.id };
    }
  },

  findById: (db: Db, id: string) => db.selectFrom('customers').selectAll().where('id', '=', id).executeTakeFirst(),
  findByExternalIds: (db: Db, ids: string[]) =>
    ids.length ? db.selectFrom('customers').selectAll().where('externalId', 'in', ids).execute() : Promise.resolve([]),

  /** Contacts with this (lower-case) email on live customers, newest first. */
  contactsByEmail: (db: Db, email: string) =>
    db
      .selectFrom('customerContacts as k')
      .innerJoin('customers as c', 'c.id', 'k.customerId')
      .select(['k.id as contactId', 'k.customerId', 'k.name as contactName', 'c.name as customerName', 'c.locale', 'c.segment'])
      .where('k.email', '=', email)
      .where('c.mergedIntoId', 'is', null)
      .orderBy('k.createdAt', 'desc')
      .limit(5)
      .execute(),

  contactsOf: (db: Db, ids: string[]) =>
    ids.length ? db.selectFrom('customerContacts').selectAll().where('customerId', 'in', ids).orderBy('isPrimary', 'desc').orderBy('createdAt').execute() : Promise.resolve([]),
  addressesOf: (db: Db, ids: string[]) =>
    ids.length ? db.selectFrom('customerAddresses').selectAll().where('customerId', 'in', ids).orderBy('createdAt').execute() : Promise.resolve([]),

  async insert(db: Db, rows: CustomerRow[]): Promise<void> {
    await insertInChunks(rows, (r) => db.insertInto('customers').values(r).execute());
  },
  async insertContacts(db: Db, rows: ContactRow[]): Promise<void> {
    await insertInChunks(rows, (r) => db.insertInto('customerContacts').values(r).execute());
  },
  async insertAddresses(db: Db, rows: AddressRow[]): Promise<void> {
    await insertInChunks(rows, (r) => db.insertInto('customerAddresses').values(r).execute());
  },
  async insertTokens(db: Db, rows: T['customerSearchTokens'][]): Promise<void> {
    await insertInChunks(rows, (r) => db.insertInto('customerSearchTokens').values(r).onConflict((oc) => oc.doNothing()).execute());
  },

  async updateVersioned(db: Db, id: string, version: number, patch: Partial<CustomerRow>): Promise<boolean> {
    const r = await db
      .updateTable('customers')
      .set({ ...patch, version: version + 1 })
      .where('id', '=', id)
      .where('version', '=', version)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  },

  /** Replaces contacts, addresses and search tokens of one customer. */
  async replaceChildren(db: Db, id: string, contacts: ContactRow[], addresses: AddressRow[], search: SearchEntry): Promise<void> {
    await db.deleteFrom('customerContacts').where('customerId', '=', id).execute();
    await db.deleteFrom('customerAddresses').where('customerId', '=', id).execute();
    await customerRepo.insertContacts(db, contacts);
    await customerRepo.insertAddresses(db, addresses);
    await customerRepo.replaceTokens(db, id, search);
  },

  async replaceTokens(db: Db, id: string, search: SearchEntry): Promise<void> {
    await db.deleteFrom('customerSearchTokens').where('customerId', '=', id).execute();
    await customerRepo.insertTokens(
      db,
      search.tokens.map((token) => ({ token, customerId: id, searchName: search.searchName })),
    );
  },

  async deleteVersioned(db: Db, id: string, version: number): Promise<boolean> {
    await db.deleteFrom('customerSearchTokens').where('customerId', '=', id).execute();
    const r = await db.deleteFrom('customers').where('id', '=', id).where('version', '=', version).executeTakeFirst();
    return Number(r.numDeletedRows) === 1;
  },

  /** Moves contacts and addresses of `fromId` to `toId` (merge). */
  async moveChildren(db: Db, fromId: string, toId: string): Promise<void> {
    await db.updateTable('customerContacts').set({ customerId: toId, isPrimary: false }).where('customerId', '=', fromId).execute();
    await db.updateTable('customerAddresses').set({ customerId: toId }).where('customerId', '=', fromId).execute();
    await db.deleteFrom('customerSearchTokens').where('customerId', '=', fromId).execute();
  },

  count: async (db: Db): Promise<number> =>
    Number((await db.selectFrom('customers').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n),
};
