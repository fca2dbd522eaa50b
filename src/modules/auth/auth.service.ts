import { createHmac, timingSafeEqual } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import { isStaffRole, type Principal } from '../../kernel/auth/principal.js';
import type { Clock } from '../../kernel/clock.js';
import { AppError } from '../../kernel/errors.js';
import type { UsersTables } from '../users/index.js';
import type { ApiKeyService } from './api-key.service.js';
import type { AuthTables } from './auth.table.js';
import { type BetterAuth, SESSION_UPDATE_AGE_S } from './better-auth.js';
import { sessionRepo } from './session.repo.js';

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Copies Node's headers into a Fetch `Headers`, which the sign-in library reads. */
export function toFetchHeaders(req: FastifyRequest): Headers {
  const h = new Headers();
  for (const [k, v] of Object.entries(req.headers)) {
    if (Array.isArray(v)) for (const x of v) h.append(k, x);
    else if (v !== undefined) h.set(k, v);
  }
  return h;
}

/**
 * Resolves the caller of a request: a Bearer API key, or the session cookie. A cookie-authenticated change must
 * come from our own origin (browsers send `Origin` and `Sec-Fetch-Site` on every such request), which closes
 * cross-site request forgery even for browsers that ignore SameSite.
 */
export function createAuthenticator(deps: {
  auth: BetterAuth;
  apiKeys: ApiKeyService;
  baseUrl: string;
  secret: string;
  db: Kysely<AuthTables & UsersTables>;
  clock: Clock;
}) {
  const origin = new URL(deps.baseUrl).origin;

  /**
   * The common case in one indexed query: a correctly signed cookie whose session was refreshed within the
   * last `updateAge`. Anything else (a session due for its sliding refresh, a bad signature) goes through the
   * sign-in library, which refreshes or rejects it.
   */
  async function fastSession(req: FastifyRequest): Promise<Principal | null | undefined> {
    const token = verifiedToken(req.headers.cookie, deps.secret);
    if (!token) return undefined;
    const now = deps.clock.now();
    const row = await sessionRepo.findLive(deps.db, token, now.toISOString());
    if (!row) return null;
    if (now.getTime() - Date.parse(row.sessionUpdatedAt) > SESSION_UPDATE_AGE_S * 1000) return undefined;
    if (!row.active || !isStaffRole(row.role)) return null;
    return { kind: 'staff', userId: row.userId, name: row.name, email: row.email, role: row.role, locale: row.locale, sessionId: row.sessionId };
  }

  return async function authenticate(req: FastifyRequest): Promise<Principal | null> {
    const authz = req.headers.authorization;
    if (authz) {
      const [scheme, key] = authz.split(' ');
      if (scheme?.toLowerCase() !== 'bearer' || !key) throw new AppError('unauthenticated', { detail: 'Use Authorization: Bearer <API key>.' });
      const p = await deps.apiKeys.authenticate(key);
      if (!p) throw new AppError('unauthenticated', { detail: 'Unknown, revoked or expired API key.' });
      return p;
    }
    if (!req.headers.cookie?.includes('session_token')) return null;
    let principal = await fastSession(req);
    if (principal === undefined) {
      const found = await deps.auth.api.getSession({ headers: toFetchHeaders(req) });
      const u = found?.user as (NonNullable<typeof found>['user'] & { role?: string; active?: boolean; locale?: string }) | undefined;
      principal =
        found && u?.active && u.role && isStaffRole(u.role)
          ? { kind: 'staff', userId: u.id, name: u.name, email: u.email, role: u.role, locale: u.locale ?? 'nl', sessionId: found.session.id }
          : null;
    }
    if (!principal) return null;
    if (UNSAFE.has(req.method)) {
      const o = req.headers.origin;
      if ((o && o !== origin) || req.headers['sec-fetch-site'] === 'cross-site')
        throw new AppError('forbidden', { detail: 'Cross-site request refused.' });
    }
    return principal;
  };
}

/** The session token from a `token.signature` cookie signed with HMAC-SHA256 (base64), or null. */
export function verifiedToken(cookieHeader: string | undefined, secret: string): string | null {
  const m = /(?:^|;\s*)(?:__Secure-)?loyaal\.session_token=([^;]+)/.exec(cookieHeader ?? '');
  if (!m) return null;
  let value: string;
  try {
    value = decodeURIComponent(m[1]);
  } catch {
    return null;
  }
  const dot = value.lastIndexOf('.');
  if (dot < 1) return null;
  const token = value.slice(0, dot);
  const given = Buffer.from(value.slice(dot + 1), 'base64');
  const expected = createHmac('sha256', secret).update(token).digest();
  return given.length === expected.length && timingSafeEqual(given, expected) ? token : null;
}
