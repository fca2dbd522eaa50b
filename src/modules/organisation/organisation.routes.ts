import { actorOf } from '../../kernel/context.js';
import { ANY_STAFF } from '../../kernel/http/access.js';
import type { App } from '../../kernel/http/build-app.js';
import { Organisation, UpdateOrganisationBody } from './organisation.schema.js';
import type { OrganisationService } from './organisation.service.js';

export function organisationRoutes(app: App, org: OrganisationService): void {
  const tags = ['organisation'];
  app.get(
    '/api/v1/organisation',
    { config: { access: { roles: ANY_STAFF, scope: 'organisation' } }, schema: { tags, response: { 200: Organisation } } },
    async () => org.getOrganisation(),
  );
  app.patch(
    '/api/v1/organisation',
    {
      config: { access: { roles: ['admin'], scope: 'organisation' } },
      bodyLimit: 512 * 1024,
      schema: { tags, body: UpdateOrganisationBody, response: { 200: Organisation } },
    },
    async (req) => org.updateOrganisation(actorOf(req), req.body),
  );
}
