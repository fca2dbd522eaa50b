import type { Kysely } from 'kysely';
import { raiseCounter } from '../../kernel/db/counters.js';
import type { Clock } from '../../kernel/clock.js';
import type { Config } from '../../kernel/config.js';
import type { Actor } from '../../kernel/context.js';
import type { EventBus } from '../../kernel/events/bus.js';
import type { App } from '../../kernel/http/build-app.js';
import type { Logger } from '../../kernel/logger.js';
import type { Mailer } from '../../kernel/mailer.js';
import type { AuditService } from '../audit/index.js';
import { caseAdminRoutes } from './case-admin.routes.js';
import { createCaseConfigService } from './case-config.service.js';
import { caseLiveRoutes } from './case-live.routes.js';
import { macroRoutes } from './macro.routes.js';
import { casePortalRoutes } from './case.portal.js';
import { createAssigner, type TeamPeople } from './case.assign.js';
import { createCaseCore, type DB, type Tx } from './case.core.js';
import { createInboundService } from './case.inbound.js';
import { createMailIntake } from './case.intake.js';
import { createLiveHub } from './case.live.js';
import { registerOutboundMail } from './case.outbound.js';
import { createReplyService } from './case.reply.js';
import { caseRepo } from './case.repo.js';
import { caseRoutes } from './case.routes.js';
import { createCaseService } from './case.service.js';
import { createSlaEngine } from './case.sla.js';
import { slaNotice } from './case.templates.js';
import type { CasesTables } from './case.table.js';
import { webFormRoutes } from './case.webform.js';

export interface CasesDeps {
  db: Kysely<DB>;
  clock: Clock;
  audit: AuditService;
  bus: EventBus;
  mailer: Mailer;
  config: Config;
  log: Logger;
  pgSchema?: string;
  teamPeople: TeamPeople;
  teamIdsOf: (userId: string) => Promise<string[]>;
  teamExists: (id: string) => Promise<boolean>;
  /** Email address and language of a staff member, for SLA notifications. */
  staffContact: (userId: string) => Promise<{ email: string; locale: string } | undefined>;
  companyName: () => Promise<string>;
  customers: {
    summary: (
      id: string,
      exec: Tx,
    ) => Promise<{ name: string; segment: string | null; locale: string; mergedIntoId: string | null; contacts: { id: string; name: string; email: string | null }[] } | undefined>;
    findByContactEmail: (email: string, exec: Tx) => Promise<{ customerId: string; contactId: string; customerName: string; locale: string } | undefined>;
    createForSender: (trx: Tx, actor: Actor, sender: { name: string; email: string | null; phone?: string | null; locale?: 'nl' | 'en' }) => Promise<{ customerId: string; contactId: string }>;
  };
}

const SLA_BATCH = 200;

/** Wires the cases module: its services, the outbound mail handler, live updates and the SLA job. */
export function createCases(deps: CasesDeps) {
  const { db, clock, bus, config } = deps;
  const portalUrl = `${config.baseUrl}/portaal`;
  const sla = createSlaEngine({ clock });
  const core = createCaseCore({
    db,
    clock,
    audit: deps.audit,
    bus,
    sla,
    assigner: createAssigner(deps.teamPeople),
    segmentOf: async (exec, id) => (await deps.customers.summary(id, exec))?.segment ?? null,
  });
  const contactEmail = async (exec: Tx, row: { customerId: string; contactId: string | null }) => {
    const c = await deps.customers.summary(row.customerId, exec);
    return (c?.contacts.find((k) => k.id === row.contactId) ?? c?.contacts.find((k) => k.email))?.email ?? null;
  };
  const replies = createReplyService({ db, clock, bus, core, mailFrom: config.mailFrom, contactEmail });
  const createForSender = (trx: Tx, sender: { name: string; email: string; phone?: string | null; locale?: 'nl' | 'en' }) =>
    deps.customers.createForSender(trx, { principal: null, ip: null, requestId: null }, sender);
  const inbound = createInboundService({
    db,
    clock,
    core,
    replies,
    log: deps.log,
    portalUrl,
    customers: { findByContactEmail: deps.customers.findByContactEmail, createForSender },
  });
  const cases = createCaseService({ db, clock, core, customerSummary: deps.customers.summary, teamIdsOf: deps.teamIdsOf });
  const settings = createCaseConfigService({ db, clock, audit: deps.audit, sla });
  const live = createLiveHub({
    databaseUrl: config.dialect === 'postgres' ? config.databaseUrl : null,
    channel: `loyaal_live_${deps.pgSchema ?? 'public'}`,
    log: deps.log,
  });
  registerOutboundMail({ db, bus, mailer: deps.mailer, mailFrom: config.mailFrom, clock, log: deps.log });
  for (const topic of ['case.created', 'case.updated', 'message.created', 'sla.warning', 'sla.breached'] as const)
    bus.on(topic, async (e) => live.caseChanged(e.caseId, e.number, topic));
  for (const topic of ['sla.warning', 'sla.breached'] as const)
    bus.on(topic, async (e) => {
      const row = await caseRepo.findById(db, e.caseId);
      const to = row?.assigneeId ? await deps.staffContact(row.assigneeId) : undefined;
      if (!row || !to) return;
      await db.transaction().execute((trx) => bus.emit(trx, 'mail.send', slaNotice(to.locale, topic === 'sla.breached', { ...e, subject: row.subject, url: `${config.baseUrl}/zaken/${row.id}`, to: to.email })));
    });

  /** Recomputes SLA states that are due for a look (warnings and breaches fire from here). */
  async function slaTick(): Promise<number> {
    const rows = await caseRepo.dueForSlaCheck(db, clock.now().toISOString(), SLA_BATCH);
    for (const row of rows) {
      try {
        await db.transaction().execute(async (trx) => {
          const current = await caseRepo.findById(trx, row.id);
          if (current) await core.refreshSla(trx, current);
        });
      } catch (err) {
        deps.log.warn({ err, caseId: row.id }, 'SLA recomputation failed; retried on the next tick');
      }
    }
    return rows.length;
  }

  return {
    cases,
    replies,
    inbound,
    settings,
    live,
    core,
    slaTick,
    intake: (smtp?: { host: string; port: number; maxBytes: number }) => createMailIntake({ inbound, config: settings, log: deps.log, smtp }),
    hasCases: (exec: Tx, customerId: string) => caseRepo.hasAny(exec, customerId),
    reassignCustomer: (exec: Tx, from: string, to: string) => caseRepo.reassignCustomer(exec, from, to),
    /** A case as the satisfaction survey needs it. */
    async caseInfo(id: string) {
      const row = await caseRepo.findById(db, id);
      if (!row) return undefined;
      const customer = await deps.customers.summary(row.customerId, db);
      return {
        id,
        number: row.number,
        subject: row.subject,
        customerId: row.customerId,
        customerName: customer?.contacts.find((k) => k.id === row.contactId)?.name ?? customer?.name ?? '',
        contactEmail: await contactEmail(db, row),
        locale: row.locale,
        assigneeId: row.assigneeId,
        teamId: row.teamId,
      };
    },
    async recentlyServed(since: string, limit: number) {
      const out: { customerId: string; name: string; email: string; locale: string }[] = [];
      for (const r of await caseRepo.customersResolvedSince(db, since, limit)) {
        const c = await deps.customers.summary(r.customerId, db);
        const email = c?.contacts.find((k) => k.email)?.email;
        if (c && email && !c.mergedIntoId) out.push({ customerId: r.customerId, name: c.contacts.find((k) => k.email)?.name ?? c.name, email, locale: c.locale });
      }
      return out;
    },
    /** Bulk-loads demo cases and their messages (no events, no SLA recomputation: rows arrive complete). */
    async insertDemo(trx: Tx, rows: CasesTables['cases'][], messages: CasesTables['caseMessages'][]): Promise<void> {
      await caseRepo.insertMany(trx, rows, messages);
    },
    raiseNumbers: (trx: Tx, lastByYear: Map<string, number>) => Promise.all([...lastByYear].map(([year, n]) => raiseCounter(trx, 'case', year, n))),
    async routes(app: App) {
      casePortalRoutes(app, { db, core, replies, customerSummary: deps.customers.summary, maxAttachmentBytes: async () => (await settings.settings()).maxAttachmentBytes });
      caseRoutes(app, cases, replies, async () => (await settings.settings()).maxAttachmentBytes);
      caseLiveRoutes(app, live);
      caseAdminRoutes(app, settings, inbound, deps.teamExists);
      macroRoutes(app, { db, clock, audit: deps.audit, customerSummary: deps.customers.summary, companyName: deps.companyName });
      webFormRoutes(app, { db, core, replies, portalUrl, findByContactEmail: deps.customers.findByContactEmail, createForSender }, 5);
    },
  };
}

export type Cases = ReturnType<typeof createCases>;
