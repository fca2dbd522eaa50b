import { insertInChunks } from '../../kernel/db/sql-helpers.js';
import { sql } from 'kysely';
import type { DbExecutor } from '../../kernel/db/types.js';
import type { PurchasesTables } from './purchase.table.js';

type Db = DbExecutor<PurchasesTables>;
export type SalesRow = PurchasesTables['salesLines'];

export const purchaseRepo = {
  async findPage(db: Db, customerId: string, offset: number, limit: number) {
    const base = db.selectFrom('salesLines').where('customerId', '=', customerId);
    const [rows, n] = await Promise.all([
      base.selectAll().orderBy('saleDate', 'desc').orderBy('id', 'desc').offset(offset).limit(limit).execute(),
      base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    ]);
    return { rows, total: Number(n.n) };
  },
  /** Per calendar year; sale dates are ISO `YYYY-MM-DD` text, so the year is the first four characters. */
  totalsByYear: (db: Db, customerId: string) =>
    db
      .selectFrom('salesLines')
      .select((eb) => [
        sql<string>`substr(${sql.ref('saleDate')}, 1, 4)`.as('year'),
        eb.fn.countAll<number>().as('lines'),
        eb.fn.sum<number>('amountInclCents').as('incl'),
        eb.fn.sum<number>('amountExclCents').as('excl'),
      ])
      .where('customerId', '=', customerId)
      .groupBy(sql`substr(${sql.ref('saleDate')}, 1, 4)`)
      .orderBy('year', 'desc')
      .execute(),
  async *streamOf(db: Db, customerId: string, batch = 2000): AsyncGenerator<SalesRow> {
    for (let offset = 0; ; offset += batch) {
      const rows = await db.selectFrom('salesLines').selectAll().where('customerId', '=', customerId).orderBy('saleDate').orderBy('id').offset(offset).limit(batch).execute();
      yield* rows;
      if (rows.length < batch) return;
    }
  },
  findByExternalIds: (db: Db, ids: string[]) => (ids.length ? db.selectFrom('salesLines').selectAll().where('externalId', 'in', ids).execute() : Promise.resolve([])),
  async insert(db: Db, rows: SalesRow[]): Promise<void> {
    await insertInChunks(rows, (r) => db.insertInto('salesLines').values(r).execute());
  },
  async update(db: Db, id: string, patch: Partial<SalesRow>): Promise<void> {
    await db.updateTable('salesLines').set(patch).where('id', '=', id).execute();
  },
  async countOf(db: Db, customerId: string): Promise<number> {
    const r = await db.selectFrom('salesLines').select((eb) => eb.fn.countAll<number>().as('n')).where('customerId', '=', customerId).executeTakeFirstOrThrow();
    return Number(r.n);
  },
  async reassign(db: Db, fromId: string, toId: string): Promise<void> {
    await db.updateTable('salesLines').set({ customerId: toId }).where('customerId', '=', fromId).execute();
  },
};
