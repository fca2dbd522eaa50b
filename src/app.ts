import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import { sql } from 'kysely';
import { z } from 'zod';
import type { Database } from './db/database.js';
import { migrations } from './db/migrations/index.js';
import { type Clock, systemClock } from './kernel/clock.js';
import type { Config } from './kernel/config.js';
import { createDb, type DbHandle } from './kernel/db/create-db.js';
import { DbMigrator } from './kernel/db/migrator.js';
import { EventBus } from './kernel/events/bus.js';
import { type App, buildApp } from './kernel/http/build-app.js';
import { Metrics } from './kernel/http/metrics.js';
import { InProcessJobs } from './kernel/jobs/in-process.js';
import type { Jobs } from './kernel/jobs/jobs.js';
import { PgBossJobs } from './kernel/jobs/pg-boss.js';
import type { Logger } from './kernel/logger.js';
import { createMailer, type Mailer } from './kernel/mailer.js';
import { auditRoutes, createAuditService } from './modules/audit/index.js';
import {
  authRoutes,
  createApiKeyService,
  createAuthenticator,
  createBetterAuth,
  createCredentials,
  createThrottle,
  hashIdentifier,
  passwordMail,
} from './modules/auth/index.js';
import { createCases } from './modules/cases/index.js';
import { createCustomerService, customerRoutes } from './modules/customers/index.js';
import { createPaidServices } from './paid-services.js';
import { createPortalAuth, portalAuthRoutes } from './modules/portal/index.js';
import { createSatisfactionService, satisfactionRoutes } from './modules/satisfaction/index.js';
import { createImportService, importRoutes } from './modules/imports/index.js';
import { createOrganisationService, organisationRoutes } from './modules/organisation/index.js';
import { createProductService, productRoutes } from './modules/products/index.js';
import { createPurchaseService, purchaseRoutes } from './modules/purchases/index.js';
import { createTeamService, teamRoutes } from './modules/teams/index.js';
import { createUserService, userRoutes } from './modules/users/index.js';
import { createWebhookService, webhookRoutes } from './modules/webhooks/index.js';

export const VERSION: string = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version;
const WEB_DIST = new URL('../web/dist/', import.meta.url).pathname;

export interface LoyaalOptions {
  config: Config;
  logger: Logger;
  clock?: Clock;
  /** PostgreSQL schema (tests isolate each file in one). */
  pgSchema?: string;
  /** Start background work (outbox dispatch, job workers). Off in most tests, which dispatch by hand. */
  startJobs?: boolean;
  mailer?: Mailer;
  rateLimitPerMinute?: number;
  /** Largest CSV upload (default 200 MB). */
  importMaxBytes?: number;
  /** Private ranges (CIDR) outgoing webhooks may call; overrides the configured list. */
  webhookAllowPrivateCidrs?: string[];
}

export type Loyaal = Awaited<ReturnType<typeof createLoyaal>>;

/** The composition root: opens the database, migrates, wires modules, and returns the ready HTTP app. */
export async function createLoyaal(opts: LoyaalOptions) {
  const { config, logger } = opts;
  const clock = opts.clock ?? systemClock;
  const handle: DbHandle<Database> = createDb<Database>({ dialect: config.dialect, url: config.databaseUrl, schema: opts.pgSchema });
  const db = handle.db;
  await new DbMigrator(db as never, migrations, opts.pgSchema).up();

  const bus = new EventBus(db, config.dialect, clock, logger);
  const jobs: Jobs =
    config.dialect === 'postgres'
      ? new PgBossJobs(config.databaseUrl, opts.pgSchema ? `${opts.pgSchema}_jobs` : 'pgboss', logger)
      : new InProcessJobs(logger);
  const mailer = opts.mailer ?? createMailer(config.smtp, config.mailFrom, logger);
  bus.on('mail.send', (mail, meta) => mailer.send(mail, meta.eventId));

  const audit = createAuditService({ db, clock });
  const teams = createTeamService({ db, clock, audit });
  let users: ReturnType<typeof createUserService> | undefined;
  const auth = createBetterAuth({
    rawDb: db.withoutPlugins(),
    dialect: config.dialect,
    baseUrl: config.baseUrl,
    secret: config.secret,
    hashIdentifier,
    isActive: async (id) => Boolean(await users?.findActive(id)),
    sendResetPassword: async (user, token) => {
      const locale = (user as { locale?: string }).locale;
      await bus.emit(db, 'mail.send', passwordMail('reset', { ...user, locale }, config.baseUrl, token));
    },
    onPasswordReset: async (user) =>
      db.transaction().execute((trx) =>
        audit.record(trx, { principal: null, ip: null, requestId: null }, { action: 'auth.password_reset', entityType: 'user', entityId: user.id }),
      ),
  });
  const credentials = createCredentials({ auth: () => auth, bus, clock, baseUrl: config.baseUrl });
  users = createUserService({ db, clock, audit, teams, credentials });
  const apiKeys = createApiKeyService({ db, clock, audit, users });
  const organisation = createOrganisationService({ db, clock, audit });
  const throttle = createThrottle(db, clock);
  const customers = createCustomerService({
    db,
    clock,
    audit,
    history: () => ({
      hasHistory: async (trx, id) =>
        (await products.hasInstalled(trx, id)) || (await purchases.hasPurchases(trx, id)) || (await cases.hasCases(trx as never, id)),
      reassign: async (trx, from, to) => {
        await products.reassign(trx, from, to);
        await purchases.reassign(trx, from, to);
        await cases.reassignCustomer(trx as never, from, to);
      },
    }),
  });
  const webhooks = createWebhookService({
    db,
    dialect: config.dialect,
    clock,
    audit,
    allowPrivateCidrs: opts.webhookAllowPrivateCidrs ?? config.webhookAllowPrivateCidrs,
    log: logger,
  });
  webhooks.listen(bus);
  const products = createProductService({ db, clock, audit, customerExists: customers.exists });
  const purchases = createPurchaseService({ db, customerExists: customers.exists });
  const cases = createCases({
    db,
    clock,
    audit,
    bus,
    mailer,
    config,
    log: logger,
    pgSchema: opts.pgSchema,
    teamPeople: async (exec, teamId) => {
      const members = (await teams.membersOf([teamId], exec)).map((m) => m.userId);
      return (await users.profiles(members, exec as never)).map((u) => ({ userId: u.id, name: u.name, active: u.active, skills: u.skills }));
    },
    teamIdsOf: async (userId) => (await teams.teamIdsOf([userId])).get(userId) ?? [],
    teamExists: (id) => teams.getTeam(id).then(
      () => true,
      () => false,
    ),
    staffContact: async (userId) => {
      const [u] = await users.profiles([userId]);
      return u?.active ? { email: u.email, locale: u.locale } : undefined;
    },
    companyName: async () => (await organisation.getOrganisation()).name,
    customers: {
      summary: (id, exec) => customers.summary(id, exec as never),
      findByContactEmail: (email, exec) => customers.findByContactEmail(email, exec as never),
      createForSender: (trx, actor, sender) => customers.createForSender(trx as never, actor, sender),
    },
  });
  await cases.settings.ensureDefaults();
  const portal = createPortalAuth({
    db,
    clock,
    bus,
    baseUrl: config.baseUrl,
    lookup: async (email, exec) => {
      const c = await customers.findByContactEmail(email, exec as never);
      return c && { customerId: c.customerId, customerName: c.contactName || c.customerName, locale: c.locale };
    },
  });
  const satisfaction = createSatisfactionService({
    db,
    clock,
    bus,
    baseUrl: config.baseUrl,
    companyName: async () => (await organisation.getOrganisation()).name,
    caseInfo: (id) => cases.caseInfo(id),
    settings: () => cases.settings.settings(),
    recentlyServed: (since, limit) => cases.recentlyServed(since, limit),
  });
  bus.on('case.resolved', (e) => satisfaction.onResolved(e.caseId));
  const paid = createPaidServices({ db, config, clock, audit, bus, mailer, users, organisation, customers, products, cases });
  const { catalog, planning, orders, repairs, invoicing } = paid;
  const imports = createImportService({ db, clock, upserters: { customers, products, purchases, now: () => clock.now().toISOString() } });

  const metrics = new Metrics();
  metrics.gauge('loyaal_outbox_backlog', 'Events waiting to be delivered.', () => bus.backlog());
  const app: App = await buildApp({
    logger,
    version: VERSION,
    metrics,
    authenticate: createAuthenticator({ auth, apiKeys, baseUrl: config.baseUrl, secret: config.secret, db, clock }),
    authenticateCustomer: (req) => portal.authenticate(req),
    trustProxy: config.trustProxy,
    rateLimitPerMinute: opts.rateLimitPerMinute ?? config.rateLimitPerMinute,
  });

  app.get(
    '/api/health',
    {
      config: { access: 'public' },
      schema: { tags: ['health'], response: { 200: Health, 503: Health } },
    },
    async (_req, reply) => {
      try {
        await sql`select 1`.execute(db);
        return { status: 'ok' as const, db: config.dialect, version: VERSION };
      } catch {
        return reply.status(503).send({ status: 'unavailable' as const, db: config.dialect, version: VERSION });
      }
    },
  );
  authRoutes(app, {
    auth,
    throttle,
    apiKeys,
    baseUrl: config.baseUrl,
    recordSecurityEvent: (actor, action, entityId, after) =>
      db.transaction().execute((trx) => audit.record(trx, actor, { action, entityType: 'user', entityId, after })),
  });
  auditRoutes(app, audit);
  userRoutes(app, users);
  teamRoutes(app, teams);
  organisationRoutes(app, organisation);
  customerRoutes(app, customers);
  productRoutes(app, products);
  purchaseRoutes(app, purchases);
  await importRoutes(app, imports, opts.importMaxBytes);
  await cases.routes(app);
  portalAuthRoutes(app, portal, config.baseUrl.startsWith('https:'));
  satisfactionRoutes(app, satisfaction);
  webhookRoutes(app, webhooks);
  await paid.routes(app);
  await serveWebApp(app);

  jobs.every('outbox-dispatch', 1000, async () => {
    while ((await bus.dispatch()) > 0) {}
  });
  jobs.every('webhook-delivery', 2000, async () => {
    while ((await webhooks.deliverDue()) > 0) {}
  });
  jobs.every('nps-survey', 3_600_000, async () => void (await satisfaction.npsTick()));
  jobs.every('sla-check', 30_000, async () => {
    while ((await cases.slaTick()) > 0) {}
  });
  paid.schedule(jobs);
  const intake = cases.intake(config.inboundSmtp);
  jobs.every('mail-intake', 60_000, () => intake.reconcile());
  await cases.live.start();
  if (opts.startJobs) {
    await jobs.start();
    await intake.start();
  }

  return {
    app,
    db,
    dialect: config.dialect,
    clock,
    bus,
    jobs,
    auth,
    services: {
      audit, users, teams, organisation, apiKeys, credentials, customers, products, purchases, imports, webhooks, cases, satisfaction, portal,
      catalog,
      planning,
      orders,
      repairs,
      invoicing,
    },
    intake,
    async close() {
      await intake.stop();
      await cases.live.stop();
      await app.close();
      if (opts.startJobs) await jobs.stop();
      await handle.close();
    },
  };
}

const Health = z.object({ status: z.enum(['ok', 'unavailable']), db: z.enum(['sqlite', 'postgres']), version: z.string() });

/** Serves the built web app from the same port, with client-side routes falling back to index.html. */
async function serveWebApp(app: App): Promise<void> {
  const index = join(WEB_DIST, 'index.html');
  if (!existsSync(index)) {
    app.get('/', { config: { access: 'public' }, schema: { hide: true } }, async (_req, reply) =>
      reply.type('text/plain; charset=utf-8').send('Loyaal API is running. The web app is not built: run `npm run build`.'),
    );
    return;
  }
  await app.register(fastifyStatic, { root: WEB_DIST, serve: false });
  app.get('/assets/*', { config: { access: 'public' }, schema: { hide: true } }, async (req, reply) =>
    reply.header('cache-control', 'public, max-age=31536000, immutable').sendFile(`assets/${(req.params as { '*': string })['*']}`),
  );
  const html = readFileSync(index, 'utf8');
  app.get('/*', { config: { access: 'public' }, schema: { hide: true } }, async (req, reply) => {
    if (req.url.startsWith('/api/')) return reply.callNotFound();
    return reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(html);
  });
}
