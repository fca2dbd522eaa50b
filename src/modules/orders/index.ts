export type { OrdersTables } from './orders.table.js';
