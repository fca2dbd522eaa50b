import { createHash } from 'node:crypto';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance, type FastifyRequest, LogController } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Principal } from '../auth/principal.js';
import { AppError } from '../errors.js';
import { newId } from '../ids.js';
import type { Logger } from '../logger.js';
import { type Access, checkAccess } from './access.js';
import type { Metrics } from './metrics.js';
import { sendProblem } from './problems.js';

export interface BuildAppOptions {
  logger: Logger;
  version: string;
  metrics: Metrics;
  /** Resolves the caller from the session cookie or `Authorization` header; null when anonymous. */
  authenticate: (req: FastifyRequest) => Promise<Principal | null>;
  /** Resolves a customer signed in to the portal, for routes declared `customer`. */
  authenticateCustomer?: (req: FastifyRequest) => Promise<Principal | null>;
  trustProxy: boolean;
  /** Requests per minute per client address on the API. */
  rateLimitPerMinute: number;
  bodyLimitBytes?: number;
}

/** One registered route and what it allows; the authorization matrix test walks this table. */
export interface RouteEntry {
  method: string;
  url: string;
  access: Access;
}

declare module 'fastify' {
  interface FastifyInstance {
    routeTable: RouteEntry[];
  }
}

export type App = FastifyInstance<
  import('node:http').Server,
  import('node:http').IncomingMessage,
  import('node:http').ServerResponse,
  Logger,
  ZodTypeProvider
>;

/**
 * The HTTP kernel: problem+json errors, request ids, security headers, rate limits, OpenAPI, metrics and the
 * authorization guard. Every route must declare `config.access`; registering one that does not throws, so an
 * undeclared route can never be served.
 */
export async function buildApp(opts: BuildAppOptions): Promise<App> {
  const app = Fastify({
    loggerInstance: opts.logger,
    genReqId: () => newId(),
    requestIdHeader: false,
    trustProxy: opts.trustProxy,
    bodyLimit: opts.bodyLimitBytes ?? 1_048_576,
    logController: new LogController({ disableRequestLogging: true }),
    routerOptions: { ignoreTrailingSlash: true },
  }).withTypeProvider<ZodTypeProvider>() as unknown as App;
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorateRequest('principal', null);

  const routeTable: RouteEntry[] = [];
  app.decorate('routeTable', routeTable);
  app.addHook('onRoute', (route) => {
    const access = route.config?.access ?? (route.url.startsWith('/api/docs') ? 'public' : undefined);
    if (access === undefined) throw new Error(`route ${route.method} ${route.url} declares no access`);
    for (const method of [route.method].flat()) if (method !== 'HEAD') routeTable.push({ method, url: route.url, access });
  });

  app.addHook('onRequest', async (req, reply) => {
    reply.header('x-request-id', req.id);
  });
  app.addHook('onResponse', async (req, reply) => {
    const route = req.routeOptions.url ?? 'unmatched';
    opts.metrics.observe(req.method, route, reply.statusCode, reply.elapsedTime / 1000);
    if (reply.statusCode >= 500 || opts.logger.isLevelEnabled('debug'))
      req.log.info({ method: req.method, route, status: reply.statusCode, ms: reply.elapsedTime }, 'request');
  });

  app.setErrorHandler((err, req, reply) => sendProblem(err, req, reply));
  app.setNotFoundHandler((req, reply) =>
    sendProblem(new AppError('not_found', { detail: `No route ${req.method} ${req.url.split('?')[0]}` }), req, reply),
  );

  await app.register(cookie);
  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // Mantine writes its theme variables into a <style> element; no script can run from a style.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    strictTransportSecurity: opts.trustProxy ? undefined : false,
  });

  await app.register(rateLimit, {
    global: true,
    max: opts.rateLimitPerMinute,
    timeWindow: 60_000,
    keyGenerator: rateLimitKey,
    errorResponseBuilder: (_req, ctx) => {
      const err = new AppError('rate_limited', { detail: `Too many requests; try again in ${Math.ceil(ctx.ttl / 1000)} s.` });
      return Object.assign(err, { statusCode: 429 });
    },
  });

  await app.register(swagger, {
    openapi: {
      info: { title: 'Loyaal API', version: opts.version, description: 'Service management for Dutch service departments.' },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'better-auth.session_token' },
          apiKey: { type: 'http', scheme: 'bearer' },
        },
      },
      security: [{ session: [] }, { apiKey: [] }],
    },
    transform: jsonSchemaTransform,
    hideUntagged: false,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true, uiConfig: { docExpansion: 'list' } });

  app.addHook('onRequest', async (req) => {
    const access: Access | undefined = req.routeOptions.config?.access;
    if (access === undefined || access === 'public') return;
    req.principal = access === 'customer' ? ((await opts.authenticateCustomer?.(req)) ?? (await opts.authenticate(req))) : await opts.authenticate(req);
    checkAccess(access, req.principal, req.method);
  });

  app.get('/api/v1/openapi.json', { config: { access: 'public' }, schema: { hide: true } }, async () => app.swagger());
  app.get('/metrics', { config: { access: { roles: ['admin'], scope: 'metrics' } }, schema: { hide: true } }, async (_req, reply) =>
    reply.type('text/plain; version=0.0.4').send(await opts.metrics.render()),
  );
  return app;
}

/**
 * Whose budget a request spends: on signed-in routes the caller's credential (a service desk behind one office
 * NAT address is many people), on public routes and without a credential the client address. A made-up
 * credential only buys a quick 401.
 */
export function rateLimitKey(req: FastifyRequest): string {
  const access = req.routeOptions.config?.access;
  if (access && access !== 'public') {
    const bearer = req.headers.authorization;
    const cookie = req.headers.cookie?.match(/(?:^|;\s*)(?:[\w.-]*session_token|loyaal_portal)=([^;]{16,200})/)?.[1];
    const credential = bearer ?? cookie;
    if (credential) return `c:${createHash('sha256').update(credential).digest('base64url').slice(0, 22)}`;
  }
  return `ip:${req.ip}`;
}
