export { portalAuthRoutes } from './portal.routes.js';
export { createPortalAuth, type PortalAuth } from './portal.service.js';
export type { PortalTables } from './portal.table.js';
