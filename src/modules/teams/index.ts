export { teamRoutes } from './team.routes.js';
export type { Team } from './team.schema.js';
export { createTeamService, type TeamService } from './team.service.js';
export type { TeamsTables } from './team.table.js';
