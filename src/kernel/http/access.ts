import type { Principal, StaffRole } from '../auth/principal.js';
import { AppError } from '../errors.js';

/**
 * What a route allows, declared next to the route. `public` needs nobody; `customer` needs a customer signed in
 * to the portal (staff get 403); otherwise the caller must hold one of `roles`. An API key also needs `<scope>:read` (GET/HEAD) or `<scope>:write` (anything else), or `*`.
 */
export type Access = 'public' | 'customer' | { roles: readonly StaffRole[]; scope: string };

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
  }
  interface FastifyRequest {
    principal: Principal | null;
  }
}

/** Every staff role; for routes any member of staff may call. */
export const ANY_STAFF: readonly StaffRole[] = ['admin', 'manager', 'agent', 'planner', 'technician'];

export function requiredScope(access: Exclude<Access, 'public' | 'customer'>, method: string): string {
  return `${access.scope}:${method === 'GET' || method === 'HEAD' ? 'read' : 'write'}`;
}

/** Throws 401 or 403 unless `principal` may call a route declared with `access`. */
export function checkAccess(access: Access, principal: Principal | null, method: string): void {
  if (access === 'public') return;
  if (!principal) throw new AppError('unauthenticated', { detail: 'Sign in or send an API key.' });
  if (access === 'customer') {
    if (principal.kind !== 'customer') throw new AppError('forbidden', { detail: 'Only customers signed in to the portal may do this.' });
    return;
  }
  if (principal.kind === 'customer' || !access.roles.includes(principal.role))
    throw new AppError('forbidden', { detail: 'Your role may not do this.' });
  if (principal.kind === 'apiKey') {
    const need = requiredScope(access, method);
    if (!principal.scopes.includes('*') && !principal.scopes.includes(need))
      throw new AppError('forbidden', { detail: `This API key lacks the scope ${need}.` });
  }
}
