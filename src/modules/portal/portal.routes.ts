import { z } from 'zod';
import type { App } from '../../kernel/http/build-app.js';
import { PORTAL_COOKIE, type PortalAuth } from './portal.service.js';

const Me = z.object({ customerId: z.string(), email: z.string() });

/** Portal sign-in by magic link, the session cookie, and who is signed in. */
export function portalAuthRoutes(app: App, portal: PortalAuth, secureCookie: boolean): void {
  const tags = ['portal'];
  app.post(
    '/api/portal/v1/magic-link',
    {
      config: { access: 'public', rateLimit: { max: 10, timeWindow: 60_000 } },
      schema: { tags, body: z.strictObject({ email: z.email().max(254), locale: z.enum(['nl', 'en']).default('nl') }), response: { 202: z.object({ sent: z.literal(true) }) } },
    },
    async (req, reply) => {
      await portal.requestLink(req.body.email, req.body.locale);
      return reply.status(202).send({ sent: true });
    },
  );
  app.post(
    '/api/portal/v1/session',
    {
      config: { access: 'public', rateLimit: { max: 20, timeWindow: 60_000 } },
      schema: { tags, body: z.strictObject({ token: z.string().min(20).max(200) }) },
    },
    async (req, reply) => {
      const { session, expiresAt } = await portal.signIn(req.body.token);
      reply.setCookie(PORTAL_COOKIE, session, { httpOnly: true, sameSite: 'lax', secure: secureCookie, path: '/', expires: expiresAt });
      return reply.status(204).send();
    },
  );
  app.delete('/api/portal/v1/session', { config: { access: 'customer' }, schema: { tags } }, async (req, reply) => {
    const session = req.cookies?.[PORTAL_COOKIE];
    if (session) await portal.signOut(session);
    reply.clearCookie(PORTAL_COOKIE, { path: '/' });
    return reply.status(204).send();
  });
  app.get('/api/portal/v1/me', { config: { access: 'customer' }, schema: { tags, response: { 200: Me } } }, async (req) => {
    const p = req.principal as { customerId: string; contactEmail: string };
    return { customerId: p.customerId, email: p.contactEmail };
  });
}
