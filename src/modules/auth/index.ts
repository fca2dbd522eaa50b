export { createApiKeyService, type ApiKeyService } from './api-key.service.js';
export { authRoutes } from './auth.routes.js';
export { createAuthenticator } from './auth.service.js';
export type { AuthTables } from './auth.table.js';
export { type BetterAuth, createBetterAuth } from './better-auth.js';
export { createCredentials, hashIdentifier } from './credentials.service.js';
export { passwordMail } from './auth.mail.js';
export { createThrottle, THROTTLE_MAX_FAILURES, type Throttle } from './throttle.service.js';
