import { z } from 'zod';
import type { StaffRole } from '../../kernel/auth/principal.js';
import type { Actor } from '../../kernel/context.js';
import { actorOf } from '../../kernel/context.js';
import { AppError } from '../../kernel/errors.js';
import type { App } from '../../kernel/http/build-app.js';
import { ApiKeyList, ApiKeyParams, CreateApiKeyBody, CreatedApiKey } from './api-key.schema.js';
import type { ApiKeyService } from './api-key.service.js';
import { toFetchHeaders } from './auth.service.js';
import type { BetterAuth } from './better-auth.js';
import type { Throttle } from './throttle.service.js';

/** The sign-in library's endpoints that Loyaal uses; everything else under /api/auth answers 404. */
const ALLOWED = new Set([
  'POST /sign-in/email',
  'POST /sign-out',
  'GET /get-session',
  'POST /request-password-reset',
  'POST /reset-password',
  'POST /change-password',
  'GET /list-sessions',
  'POST /revoke-other-sessions',
]);

const FAILED_SIGN_IN = { code: 'INVALID_EMAIL_OR_PASSWORD', message: 'Invalid email or password' };
const EmailBody = z.object({ email: z.string().max(254) }).partial();

export interface AuthRouteDeps {
  auth: BetterAuth;
  throttle: Throttle;
  apiKeys: ApiKeyService;
  baseUrl: string;
  /** Writes an audit entry in its own transaction. */
  recordSecurityEvent: (actor: Actor, action: string, entityId: string | null, after?: Record<string, unknown>) => Promise<void>;
}

export function authRoutes(app: App, d: AuthRouteDeps): void {
  app.route({
    method: ['GET', 'POST'],
    url: '/api/auth/*',
    config: { access: 'public', rateLimit: { max: 60, timeWindow: 60_000 } },
    schema: { hide: true },
    handler: async (req, reply) => {
      const path = req.url.slice('/api/auth'.length).split('?')[0];
      if (!ALLOWED.has(`${req.method} ${path}`)) throw new AppError('not_found');
      const actor = actorOf(req);
      const email = (EmailBody.safeParse(req.body).data?.email ?? '').trim().toLowerCase();
      const keys = path === '/sign-in/email' ? [`ip:${req.ip}`, `acct:${email}`] : path === '/request-password-reset' ? [`reset-ip:${req.ip}`, `reset-acct:${email}`] : [];
      if (keys.length && (await d.throttle.isBlocked(keys)))
        throw new AppError('rate_limited', { detail: 'Too many attempts. Try again in 15 minutes.' });
      if (path === '/request-password-reset') await d.throttle.fail(keys);

      const res = await d.auth.handler(
        new Request(`${d.baseUrl}${req.url}`, {
          method: req.method,
          headers: toFetchHeaders(req),
          body: req.method === 'POST' ? JSON.stringify(req.body ?? {}) : undefined,
        }),
      );
      reply.status(res.status);
      for (const c of res.headers.getSetCookie()) reply.header('set-cookie', c);
      const type = res.headers.get('content-type');
      if (type) reply.type(type);
      let body = await res.text();

      if (path === '/sign-in/email') {
        if (res.ok) {
          const user = JSON.parse(body).user as { id: string; email: string; name: string; role: StaffRole; locale: string };
          await d.throttle.clear(`acct:${email}`);
          const principal = { kind: 'staff' as const, userId: user.id, name: user.name, email: user.email, role: user.role, locale: user.locale, sessionId: '' };
          await d.recordSecurityEvent({ ...actor, principal }, 'auth.sign_in', user.id, { email: user.email });
        } else {
          await d.throttle.fail(keys);
          await d.recordSecurityEvent(actor, 'auth.sign_in_failed', null, { email });
          reply.status(401).type('application/json');
          body = JSON.stringify(FAILED_SIGN_IN);
        }
      } else if (path === '/request-password-reset') {
        await d.recordSecurityEvent(actor, 'auth.password_reset_requested', null, { email });
      }
      return reply.send(body);
    },
  });

  const admin = { roles: ['admin'] as const, scope: 'api-keys' };
  const tags = ['api-keys'];
  app.get('/api/v1/api-keys', { config: { access: admin }, schema: { tags, response: { 200: ApiKeyList } } }, async () => ({
    items: await d.apiKeys.listKeys(),
  }));
  app.post(
    '/api/v1/api-keys',
    { config: { access: admin }, schema: { tags, body: CreateApiKeyBody, response: { 201: CreatedApiKey } } },
    async (req, reply) => reply.status(201).send(await d.apiKeys.createKey(actorOf(req), req.body)),
  );
  app.delete('/api/v1/api-keys/:id', { config: { access: admin }, schema: { tags, params: ApiKeyParams } }, async (req, reply) => {
    await d.apiKeys.revokeKey(actorOf(req), req.params.id);
    return reply.status(204).send();
  });
}
