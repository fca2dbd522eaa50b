import { z } from 'zod';
import { actorOf } from '../../kernel/context.js';
import { ANY_STAFF } from '../../kernel/http/access.js';
import type { App } from '../../kernel/http/build-app.js';
import { CreateUserBody, IdParams, ListUsersQuery, Me, Reports, UpdateMeBody, UpdateUserBody, User, UserPage } from './user.schema.js';
import type { UserService } from './user.service.js';

const Directory = z.object({ items: z.array(z.object({ id: z.string(), name: z.string(), role: z.string() })) });
const manage = { roles: ['admin', 'manager'] as const, scope: 'users' };
const self = { roles: ANY_STAFF, scope: 'me' };

export function userRoutes(app: App, users: UserService): void {
  const tags = ['users'];
  app.get(
    '/api/v1/users/directory',
    {
      config: { access: { roles: ANY_STAFF, scope: 'users' } },
      schema: { tags, description: 'Names and roles of active colleagues, for pickers; readable by all staff.', response: { 200: Directory } },
    },
    async () => ({ items: await users.directory() }),
  );
  app.get('/api/v1/users', { config: { access: manage }, schema: { tags, querystring: ListUsersQuery, response: { 200: UserPage } } }, async (req) =>
    users.listUsers(req.query),
  );
  app.post(
    '/api/v1/users',
    { config: { access: manage }, schema: { tags, body: CreateUserBody, response: { 201: User } } },
    async (req, reply) => reply.status(201).send(await users.createUser(actorOf(req), req.body)),
  );
  app.get('/api/v1/users/:id', { config: { access: manage }, schema: { tags, params: IdParams, response: { 200: User } } }, async (req) =>
    users.getUser(req.params.id),
  );
  app.patch(
    '/api/v1/users/:id',
    { config: { access: manage }, schema: { tags, params: IdParams, body: UpdateUserBody, response: { 200: User } } },
    async (req) => users.updateUser(actorOf(req), req.params.id, req.body),
  );
  app.get(
    '/api/v1/users/:id/reports',
    { config: { access: manage }, schema: { tags, params: IdParams, response: { 200: Reports } } },
    async (req) => users.reports(req.params.id),
  );
  app.get('/api/v1/me', { config: { access: self }, schema: { tags: ['me'], response: { 200: Me } } }, async (req) => {
    const u = await users.getUser(req.principal?.kind === 'customer' ? '' : (req.principal?.userId ?? ''));
    return { id: u.id, name: u.name, email: u.email, role: u.role, locale: u.locale };
  });
  app.patch(
    '/api/v1/me',
    { config: { access: self }, schema: { tags: ['me'], body: UpdateMeBody, response: { 204: z.null().describe('No content') } } },
    async (req, reply) => {
      await users.setLocale(actorOf(req), req.body.locale);
      return reply.status(204).send(null);
    },
  );
}
