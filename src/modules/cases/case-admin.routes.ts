import { z } from 'zod';
import { actorOf } from '../../kernel/context.js';
import type { App } from '../../kernel/http/build-app.js';
import {
  CaseSettings,
  CreateCalendarBody,
  CreateMailboxBody,
  CreatePolicyBody,
  Mailbox,
  QuarantineItem,
  SlaCalendar,
  SlaPolicy,
  TeamCaseSettings,
  UpdateCalendarBody,
  UpdateMailboxBody,
  UpdatePolicyBody,
  UpdateSettingsBody,
} from './case-config.schema.js';
import type { CaseConfigService } from './case-config.service.js';
import type { InboundService } from './case.inbound.js';
import { sendFile } from './case.files.js';

const admin = { roles: ['admin'] as const, scope: 'case-settings' };
const managers = { roles: ['admin', 'manager'] as const, scope: 'case-settings' };
const Id = z.strictObject({ id: z.uuid() });
const Outcome = z.object({ kind: z.string(), caseId: z.string().nullable().optional(), number: z.string().optional() });

/** Administration of the desk: settings, calendars, SLA policies, team routing, mailboxes and the mail quarantine. */
export function caseAdminRoutes(app: App, config: CaseConfigService, inbound: InboundService, teamExists: (id: string) => Promise<boolean>): void {
  const tags = ['case settings'];
  app.get('/api/v1/case-settings', { config: { access: managers }, schema: { tags, response: { 200: CaseSettings } } }, async () => config.settings());
  app.patch('/api/v1/case-settings', { config: { access: admin }, schema: { tags, body: UpdateSettingsBody, response: { 200: CaseSettings } } }, async (req) =>
    config.updateSettings(actorOf(req), req.body),
  );

  app.get('/api/v1/sla/calendars', { config: { access: managers }, schema: { tags, response: { 200: z.object({ items: z.array(SlaCalendar) }) } } }, async () => ({
    items: await config.calendars(),
  }));
  app.post('/api/v1/sla/calendars', { config: { access: admin }, schema: { tags, body: CreateCalendarBody, response: { 201: SlaCalendar } } }, async (req, reply) =>
    reply.status(201).send(await config.createCalendar(actorOf(req), req.body)),
  );
  app.patch('/api/v1/sla/calendars/:id', { config: { access: admin }, schema: { tags, params: Id, body: UpdateCalendarBody, response: { 200: SlaCalendar } } }, async (req) =>
    config.updateCalendar(actorOf(req), req.params.id, req.body),
  );

  app.get('/api/v1/sla/policies', { config: { access: managers }, schema: { tags, response: { 200: z.object({ items: z.array(SlaPolicy) }) } } }, async () => ({
    items: await config.policies(),
  }));
  app.post('/api/v1/sla/policies', { config: { access: admin }, schema: { tags, body: CreatePolicyBody, response: { 201: SlaPolicy } } }, async (req, reply) =>
    reply.status(201).send(await config.createPolicy(actorOf(req), req.body)),
  );
  app.patch('/api/v1/sla/policies/:id', { config: { access: admin }, schema: { tags, params: Id, body: UpdatePolicyBody, response: { 200: SlaPolicy } } }, async (req) =>
    config.updatePolicy(actorOf(req), req.params.id, req.body),
  );
  app.delete('/api/v1/sla/policies/:id', { config: { access: admin }, schema: { tags, params: Id } }, async (req, reply) => {
    await config.deletePolicy(actorOf(req), req.params.id);
    return reply.status(204).send();
  });

  app.get('/api/v1/teams/:id/case-settings', { config: { access: managers }, schema: { tags, params: Id, response: { 200: TeamCaseSettings } } }, async (req) =>
    config.teamSettings(req.params.id),
  );
  app.put('/api/v1/teams/:id/case-settings', { config: { access: managers }, schema: { tags, params: Id, body: TeamCaseSettings, response: { 200: TeamCaseSettings } } }, async (req) =>
    config.putTeamSettings(actorOf(req), req.params.id, req.body, teamExists),
  );

  app.get('/api/v1/mailboxes', { config: { access: admin }, schema: { tags, response: { 200: z.object({ items: z.array(Mailbox) }) } } }, async () => ({
    items: await config.mailboxes(),
  }));
  app.post('/api/v1/mailboxes', { config: { access: admin }, schema: { tags, body: CreateMailboxBody, response: { 201: Mailbox } } }, async (req, reply) =>
    reply.status(201).send(await config.createMailbox(actorOf(req), req.body)),
  );
  app.patch('/api/v1/mailboxes/:id', { config: { access: admin }, schema: { tags, params: Id, body: UpdateMailboxBody, response: { 200: Mailbox } } }, async (req) =>
    config.updateMailbox(actorOf(req), req.params.id, req.body),
  );

  app.get(
    '/api/v1/mail-quarantine',
    { config: { access: admin }, schema: { tags, querystring: z.strictObject({ released: z.enum(['true', 'false']).default('false') }), response: { 200: z.object({ items: z.array(QuarantineItem) }) } } },
    async (req) => ({ items: await inbound.quarantined(req.query.released === 'true') }),
  );
  app.get('/api/v1/mail-quarantine/:id/original', { config: { access: admin }, schema: { tags, params: Id } }, async (req, reply) => {
    const f = await inbound.quarantineOriginal(req.params.id);
    return sendFile(reply, f, 'message/rfc822');
  });
  app.post('/api/v1/mail-quarantine/:id/release', { config: { access: admin }, schema: { tags, params: Id, response: { 200: Outcome } } }, async (req) =>
    inbound.release(req.params.id),
  );
}
