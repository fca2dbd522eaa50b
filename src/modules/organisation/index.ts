export { organisationRoutes } from './organisation.routes.js';
export type { Organisation } from './organisation.schema.js';
export { createOrganisationService, type OrganisationService } from './organisation.service.js';
export type { OrganisationTables } from './organisation.table.js';
export { normalisePostcode, isIban } from '../../kernel/dutch.js';
