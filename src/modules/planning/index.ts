export type { PlanningTables } from './planning.table.js';
