export type { RepairsTables } from './repairs.table.js';
