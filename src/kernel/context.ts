import type { FastifyRequest } from 'fastify';
import type { Principal } from './auth/principal.js';

/** Who asked for a change and from where; passed from the route to the service for the audit log. */
export interface Actor {
  principal: Principal | null;
  ip: string | null;
  requestId: string | null;
}

export function actorOf(req: FastifyRequest): Actor {
  return { principal: req.principal, ip: req.ip ?? null, requestId: req.id };
}

/** The actor for work that no person started (seeding, scheduled jobs). */
export const SYSTEM_ACTOR: Actor = { principal: null, ip: null, requestId: null };
