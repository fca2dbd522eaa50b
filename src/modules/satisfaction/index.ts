export { satisfactionRoutes } from './satisfaction.routes.js';
export { createSatisfactionService, type RatedCase, type SatisfactionService } from './satisfaction.service.js';
export type { SatisfactionTables } from './satisfaction.table.js';
