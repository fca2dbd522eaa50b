import type { FastifyRequest } from 'fastify';
import { isStaffRole, type Principal } from '../../kernel/auth/principal.js';
import { AppError } from '../../kernel/errors.js';
import type { ApiKeyService } from './api-key.service.js';
import type { BetterAuth } from './better-auth.js';

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
export function createAuthenticator(deps: { auth: BetterAuth; apiKeys: ApiKeyService; baseUrl: string }) {
  const origin = new URL(deps.baseUrl).origin;
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
    const found = await deps.auth.api.getSession({ headers: toFetchHeaders(req) });
    if (!found) return null;
    const u = found.user as typeof found.user & { role?: string; active?: boolean; locale?: string };
    if (!u.active || !u.role || !isStaffRole(u.role)) return null;
    if (UNSAFE.has(req.method)) {
      const o = req.headers.origin;
      if ((o && o !== origin) || req.headers['sec-fetch-site'] === 'cross-site')
        throw new AppError('forbidden', { detail: 'Cross-site request refused.' });
    }
    return { kind: 'staff', userId: u.id, name: u.name, email: u.email, role: u.role, locale: u.locale ?? 'nl', sessionId: found.session.id };
  };
}
