import type { DbExecutor } from '../../kernel/db/types.js';
import { insertInChunks } from '../../kernel/db/sql-helpers.js';
import type { OrdersTables } from './orders.table.js';

type Db = DbExecutor<OrdersTables>;

/** Bulk inserts of complete demo quotes and orders with their lines. */
export const ordersDemoRepo = {
  async insert(db: Db, rows: { quotes: OrdersTables['quotes'][]; quoteLines: OrdersTables['quoteLines'][]; orders: OrdersTables['orders'][]; orderLines: OrdersTables['orderLines'][] }) {
    await insertInChunks(rows.quotes, (slice) => db.insertInto('quotes').values(slice).execute());
    await insertInChunks(rows.quoteLines, (slice) => db.insertInto('quoteLines').values(slice).execute());
    await insertInChunks(rows.orders, (slice) => db.insertInto('orders').values(slice).execute());
    await insertInChunks(rows.orderLines, (slice) => db.insertInto('orderLines').values(slice).execute());
  },
};
