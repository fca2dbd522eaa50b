import type { DbExecutor } from '../../kernel/db/types.js';
import { ordersDemoRepo } from './orders.demo.repo.js';
import type { OrdersTables } from './orders.table.js';

/** Demo quotes and orders with their lines, as they are (numbers, statuses and totals already final). */
export async function insertDemoSales(
  // biome-ignore lint/suspicious/noExplicitAny: callers pass executors typed with the whole application's database
  trx: DbExecutor<any>,
  rows: { quotes: OrdersTables['quotes'][]; quoteLines: OrdersTables['quoteLines'][]; orders: OrdersTables['orders'][]; orderLines: OrdersTables['orderLines'][] },
): Promise<void> {
  await ordersDemoRepo.insert(trx as DbExecutor<OrdersTables>, rows);
}
