import { betterAuth } from 'better-auth';
import type { Kysely } from 'kysely';
import type { Dialect } from '../../kernel/config.js';
import { newId } from '../../kernel/ids.js';

export interface BetterAuthDeps {
  /** The raw Kysely view (no camelCase plugin): the field names below are the physical column names. */
  // biome-ignore lint/suspicious/noExplicitAny: the sign-in library queries its own tables untyped
  rawDb: Kysely<any>;
  dialect: Dialect;
  baseUrl: string;
  secret: string;
  sendResetPassword: (user: { id: string; email: string; name: string }, token: string) => Promise<void>;
  onPasswordReset: (user: { id: string; email: string }) => Promise<void>;
  isActive: (userId: string) => Promise<boolean>;
  hashIdentifier: (identifier: string) => string;
}

const TS = { createdAt: 'created_at', updatedAt: 'updated_at' };

/** A session is extended (sliding expiry) when it was last refreshed longer ago than this. */
export const SESSION_UPDATE_AGE_S = 60 * 60;

/**
 * Staff sign-in with email and password. Self sign-up is off (admins and managers create accounts); a reset
 * token lives one hour and is consumed on use; a reset ends every session of that user.
 */
export function createBetterAuth(d: BetterAuthDeps) {
  return betterAuth({
    appName: 'Loyaal',
    baseURL: d.baseUrl,
    basePath: '/api/auth',
    secret: d.secret,
    trustedOrigins: [d.baseUrl],
    telemetry: { enabled: false },
    logger: { level: 'error' },
    database: { db: d.rawDb, type: d.dialect },
    rateLimit: { enabled: false },
    emailAndPassword: {
      enabled: true,
      disableSignUp: true,
      minPasswordLength: 10,
      maxPasswordLength: 128,
      resetPasswordTokenExpiresIn: 3600,
      revokeSessionsOnPasswordReset: true,
      sendResetPassword: async ({ user, token }) => d.sendResetPassword(user, token),
      onPasswordReset: async ({ user }) => d.onPasswordReset(user),
    },
    user: {
      modelName: 'users',
      fields: { emailVerified: 'email_verified', ...TS },
      additionalFields: {
        role: { type: 'string', input: false, required: false },
        active: { type: 'boolean', input: false, required: false },
        locale: { type: 'string', input: false, required: false },
      },
      changeEmail: { enabled: false },
      deleteUser: { enabled: false },
    },
    session: {
      modelName: 'sessions',
      fields: { userId: 'user_id', expiresAt: 'expires_at', ipAddress: 'ip_address', userAgent: 'user_agent', ...TS },
      expiresIn: 60 * 60 * 24 * 3,
      updateAge: SESSION_UPDATE_AGE_S,
    },
    account: {
      modelName: 'accounts',
      fields: {
        userId: 'user_id',
        accountId: 'account_id',
        providerId: 'provider_id',
        accessToken: 'access_token',
        refreshToken: 'refresh_token',
        idToken: 'id_token',
        accessTokenExpiresAt: 'access_token_expires_at',
        refreshTokenExpiresAt: 'refresh_token_expires_at',
        ...TS,
      },
    },
    verification: {
      modelName: 'verifications',
      fields: { expiresAt: 'expires_at', ...TS },
      storeIdentifier: { hash: async (id: string) => d.hashIdentifier(id) },
    },
    databaseHooks: {
      session: {
        create: {
          // A deactivated account keeps its password but can never open a session.
          before: async (session) => ((await d.isActive(session.userId)) ? undefined : false),
        },
      },
    },
    advanced: {
      cookiePrefix: 'loyaal',
      useSecureCookies: d.baseUrl.startsWith('https://'),
      defaultCookieAttributes: { httpOnly: true, sameSite: 'lax' },
      database: { generateId: () => newId() },
    },
  });
}

export type BetterAuth = ReturnType<typeof createBetterAuth>;
