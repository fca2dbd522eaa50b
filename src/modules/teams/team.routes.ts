import { actorOf } from '../../kernel/context.js';
import { ANY_STAFF } from '../../kernel/http/access.js';
import type { App } from '../../kernel/http/build-app.js';
import { CreateTeamBody, DeleteTeamQuery, Team, TeamList, TeamParams, UpdateTeamBody } from './team.schema.js';
import type { TeamService } from './team.service.js';

const read = { roles: ANY_STAFF, scope: 'teams' };
const write = { roles: ['admin', 'manager'] as const, scope: 'teams' };

export function teamRoutes(app: App, teams: TeamService): void {
  const tags = ['teams'];
  app.get('/api/v1/teams', { config: { access: read }, schema: { tags, response: { 200: TeamList } } }, async () => ({
    items: await teams.listTeams(),
  }));
  app.post(
    '/api/v1/teams',
    { config: { access: write }, schema: { tags, body: CreateTeamBody, response: { 201: Team } } },
    async (req, reply) => reply.status(201).send(await teams.createTeam(actorOf(req), req.body)),
  );
  app.get(
    '/api/v1/teams/:id',
    { config: { access: read }, schema: { tags, params: TeamParams, response: { 200: Team } } },
    async (req) => teams.getTeam(req.params.id),
  );
  app.patch(
    '/api/v1/teams/:id',
    { config: { access: write }, schema: { tags, params: TeamParams, body: UpdateTeamBody, response: { 200: Team } } },
    async (req) => teams.updateTeam(actorOf(req), req.params.id, req.body),
  );
  app.delete(
    '/api/v1/teams/:id',
    { config: { access: write }, schema: { tags, params: TeamParams, querystring: DeleteTeamQuery } },
    async (req, reply) => {
      await teams.deleteTeam(actorOf(req), req.params.id, req.query.version);
      return reply.status(204).send();
    },
  );
}
