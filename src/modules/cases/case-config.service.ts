import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { Clock } from '../../kernel/clock.js';
import type { Actor } from '../../kernel/context.js';
import { AppError, found } from '../../kernel/errors.js';
import { newId } from '../../kernel/ids.js';
import { DEFAULT_CALENDAR, validateCalendar } from '../sla/index.js';
import type { AuditService } from '../audit/index.js';
import type { DB } from './case.core.js';
import type {
  CalendarBody,
  CreateCalendarBody,
  CreateMailboxBody,
  CreatePolicyBody,
  TeamCaseSettings,
  UpdateCalendarBody,
  UpdateMailboxBody,
  UpdatePolicyBody,
  UpdateSettingsBody,
} from './case-config.schema.js';
import { caseRepo } from './case.repo.js';
import type { SlaEngine } from './case.sla.js';
import type { CasesTables } from './case.table.js';
import { configRepo } from './config.repo.js';

type T = CasesTables;
type Assignment = 'manual' | 'round_robin' | 'least_loaded';
const conflict = (what: string) => new AppError('version_conflict', { detail: `The ${what} was changed by someone else; reload it.` });
/** Fixed ids, so that several instances starting at once create the defaults only once. */
const DEFAULT_IDS = { calendar: '00000000-0000-7000-8000-000000000001', policy: (n: number) => `00000000-0000-7000-8000-00000000010${n}` };

const toCalendar = (r: T['slaCalendars']) => ({ ...r, calendar: JSON.parse(r.calendar) });
const toPolicy = (r: T['slaPolicies']) => ({ ...r, match: JSON.parse(r.match), targets: JSON.parse(r.targets), active: Boolean(r.active) });
const toSettings = (r: T['caseSettings']) => ({ ...r, pausingStatuses: JSON.parse(r.pausingStatuses), csatEnabled: Boolean(r.csatEnabled) });
function toMailbox(r: T['mailboxes']) {
  const imap = r.imap ? JSON.parse(r.imap) : null;
  if (imap) delete imap.password;
  return { ...r, imap, acknowledge: Boolean(r.acknowledge), active: Boolean(r.active) };
}

/** Desk configuration: settings, business-hours calendars, SLA policies, team routing and mailboxes. */
export function createCaseConfigService(deps: { db: Kysely<DB>; clock: Clock; audit: AuditService; sla: SlaEngine }) {
  const { db, clock, audit, sla } = deps;
  const now = () => clock.now().toISOString();

  /** After a change that moves deadlines: every open case is recomputed by the SLA job. */
  async function slaChanged(trx: Kysely<DB> | Parameters<typeof caseRepo.markOpenForSlaCheck>[0]) {
    sla.invalidate();
    await caseRepo.markOpenForSlaCheck(trx as never, now());
  }

  function checkCalendar(c: z.infer<typeof CalendarBody>) {
    const problems = validateCalendar(c);
    if (problems.length)
      throw new AppError('validation', { detail: problems.join('; '), errors: problems.map((message) => ({ path: 'calendar', message })) });
  }

  return {
    /** Creates the settings row, an office-hours calendar and four SLA policies when they do not exist yet. */
    async ensureDefaults(): Promise<void> {
      const at = now();
      await db.transaction().execute(async (trx) => {
        if (!(await configRepo.calendar(trx, DEFAULT_IDS.calendar)) && (await configRepo.calendars(trx)).length === 0)
          await configRepo.insertCalendar(trx, { id: DEFAULT_IDS.calendar, name: 'Kantooruren', calendar: JSON.stringify(DEFAULT_CALENDAR), version: 1, updatedAt: at });
        const calendarId = (await configRepo.calendar(trx, DEFAULT_IDS.calendar)) ? DEFAULT_IDS.calendar : null;
        await configRepo.insertSettings(trx, {
          id: 'default',
          pausingStatuses: JSON.stringify(['waiting_customer']),
          reopenDays: 14,
          senderLimitPerMinute: 10,
          maxAttachmentBytes: 10 * 1024 * 1024,
          defaultCalendarId: calendarId,
          csatEnabled: true,
          npsIntervalDays: 180,
          version: 1,
          updatedAt: at,
        });
        if ((await configRepo.policies(trx)).length > 0) return;
        const defaults: [string, string, number, number, number][] = [
          ['Urgent', 'urgent', 60, 120, 480],
          ['Hoog', 'high', 120, 240, 960],
          ['Normaal', 'normal', 240, 480, 1920],
          ['Laag', 'low', 480, 960, 4800],
        ];
        for (const [i, [name, priority, first, next, resolution]] of defaults.entries())
          await configRepo.insertPolicy(trx, {
            id: DEFAULT_IDS.policy(i),
            name,
            position: (i + 1) * 10,
            match: JSON.stringify({ priorities: [priority] }),
            targets: JSON.stringify({ firstResponseMinutes: first, nextResponseMinutes: next, resolutionMinutes: resolution, warnAtPercent: 80 }),
            active: true,
            version: 1,
            updatedAt: at,
          });
      });
    },

    settings: async () => toSettings(found(await configRepo.settings(db), 'Settings')),
    async updateSettings(actor: Actor, body: z.infer<typeof UpdateSettingsBody>) {
      return db.transaction().execute(async (trx) => {
        const before = toSettings(found(await configRepo.settings(trx), 'Settings'));
        const { version, pausingStatuses, defaultCalendarId, ...rest } = body;
        if (defaultCalendarId) found(await configRepo.calendar(trx, defaultCalendarId), 'Calendar');
        const patch: Partial<T['caseSettings']> = { ...rest, updatedAt: now() };
        if (pausingStatuses) patch.pausingStatuses = JSON.stringify(pausingStatuses);
        if (defaultCalendarId !== undefined) patch.defaultCalendarId = defaultCalendarId;
        if (!(await configRepo.updateSettings(trx, version, patch))) throw conflict('settings');
        const after = toSettings(found(await configRepo.settings(trx), 'Settings'));
        await audit.record(trx, actor, { action: 'case_settings.updated', entityType: 'case_settings', entityId: 'default', before, after });
        await slaChanged(trx);
        return after;
      });
    },

    calendars: async () => (await configRepo.calendars(db)).map(toCalendar),
    async createCalendar(actor: Actor, body: z.infer<typeof CreateCalendarBody>) {
      checkCalendar(body.calendar);
      return db.transaction().execute(async (trx) => {
        const row = { id: newId(), name: body.name, calendar: JSON.stringify(body.calendar), version: 1, updatedAt: now() };
        await configRepo.insertCalendar(trx, row);
        await audit.record(trx, actor, { action: 'sla_calendar.created', entityType: 'sla_calendar', entityId: row.id, after: body });
        return toCalendar(row);
      });
    },
    async updateCalendar(actor: Actor, id: string, body: z.infer<typeof UpdateCalendarBody>) {
      if (body.calendar) checkCalendar(body.calendar);
      return db.transaction().execute(async (trx) => {
        const before = toCalendar(found(await configRepo.calendar(trx, id), 'Calendar'));
        const patch: Partial<T['slaCalendars']> = { updatedAt: now() };
        if (body.name) patch.name = body.name;
        if (body.calendar) patch.calendar = JSON.stringify(body.calendar);
        if (!(await configRepo.updateCalendar(trx, id, body.version, patch))) throw conflict('calendar');
        const after = toCalendar(found(await configRepo.calendar(trx, id), 'Calendar'));
        await audit.record(trx, actor, { action: 'sla_calendar.updated', entityType: 'sla_calendar', entityId: id, before, after });
        await slaChanged(trx);
        return after;
      });
    },

    policies: async () => (await configRepo.policies(db)).map(toPolicy),
    async createPolicy(actor: Actor, body: z.infer<typeof CreatePolicyBody>) {
      return db.transaction().execute(async (trx) => {
        const row = { id: newId(), name: body.name, position: body.position, match: JSON.stringify(body.match), targets: JSON.stringify(body.targets), active: body.active, version: 1, updatedAt: now() };
        await configRepo.insertPolicy(trx, row);
        await audit.record(trx, actor, { action: 'sla_policy.created', entityType: 'sla_policy', entityId: row.id, after: body });
        await slaChanged(trx);
        return toPolicy(row);
      });
    },
    async updatePolicy(actor: Actor, id: string, body: z.infer<typeof UpdatePolicyBody>) {
      return db.transaction().execute(async (trx) => {
        const before = toPolicy(found(await configRepo.policy(trx, id), 'Policy'));
        const { version, match, targets, ...rest } = body;
        const patch: Partial<T['slaPolicies']> = { ...rest, updatedAt: now() };
        if (match) patch.match = JSON.stringify(match);
        if (targets) patch.targets = JSON.stringify(targets);
        if (!(await configRepo.updatePolicy(trx, id, version, patch))) throw conflict('policy');
        const after = toPolicy(found(await configRepo.policy(trx, id), 'Policy'));
        await audit.record(trx, actor, { action: 'sla_policy.updated', entityType: 'sla_policy', entityId: id, before, after });
        await slaChanged(trx);
        return after;
      });
    },
    async deletePolicy(actor: Actor, id: string) {
      await db.transaction().execute(async (trx) => {
        const before = toPolicy(found(await configRepo.policy(trx, id), 'Policy'));
        await configRepo.deletePolicy(trx, id);
        await audit.record(trx, actor, { action: 'sla_policy.deleted', entityType: 'sla_policy', entityId: id, before });
        await slaChanged(trx);
      });
    },

    async teamSettings(teamId: string) {
      const r = await configRepo.teamSettings(db, teamId);
      return r
        ? { calendarId: r.calendarId, assignment: r.assignment as Assignment, categories: JSON.parse(r.categories) as string[], signatureNl: r.signatureNl, signatureEn: r.signatureEn }
        : { calendarId: null, assignment: 'manual' as Assignment, categories: [] as string[], signatureNl: '', signatureEn: '' };
    },
    async putTeamSettings(actor: Actor, teamId: string, body: z.infer<typeof TeamCaseSettings>, teamExists: (id: string) => Promise<boolean>) {
      if (!(await teamExists(teamId))) throw new AppError('not_found', { detail: 'Team not found.' });
      await db.transaction().execute(async (trx) => {
        if (body.calendarId) found(await configRepo.calendar(trx, body.calendarId), 'Calendar');
        const prev = await configRepo.teamSettings(trx, teamId);
        await configRepo.upsertTeamSettings(trx, {
          teamId,
          ...body,
          categories: JSON.stringify(body.categories),
          lastAssignedUserId: prev?.lastAssignedUserId ?? null,
          version: (prev?.version ?? 0) + 1,
        });
        await audit.record(trx, actor, { action: 'team_case_settings.updated', entityType: 'team', entityId: teamId, after: body });
        sla.invalidate();
        await caseRepo.markOpenForSlaCheck(trx, now(), { teamId });
      });
      return this.teamSettings(teamId);
    },

    mailboxes: async () => (await configRepo.mailboxes(db)).map(toMailbox),
    activeImapMailboxes: async () => (await configRepo.mailboxes(db)).filter((m) => m.active && m.imap),
    async isMailboxAddress(address: string): Promise<boolean> {
      const m = await configRepo.mailboxByAddress(db, address.toLowerCase());
      return Boolean(m?.active);
    },
    markPolled: (id: string, error: string | null) => configRepo.markPolled(db, id, now(), error),
    async createMailbox(actor: Actor, body: z.infer<typeof CreateMailboxBody>) {
      return db.transaction().execute(async (trx) => {
        if (await configRepo.mailboxByAddress(trx, body.address))
          throw new AppError('conflict', { subcode: 'mailbox.address_taken', detail: `A mailbox for ${body.address} already exists.` });
        const at = now();
        const row = { id: newId(), ...body, imap: body.imap ? JSON.stringify(body.imap) : null, lastPolledAt: null, lastError: null, version: 1, createdAt: at, updatedAt: at };
        await configRepo.insertMailbox(trx, row);
        await audit.record(trx, actor, { action: 'mailbox.created', entityType: 'mailbox', entityId: row.id, after: toMailbox(row) });
        return toMailbox(row);
      });
    },
    async updateMailbox(actor: Actor, id: string, body: z.infer<typeof UpdateMailboxBody>) {
      return db.transaction().execute(async (trx) => {
        const before = found(await configRepo.mailbox(trx, id), 'Mailbox');
        const { version, imap, ...rest } = body;
        const patch: Partial<T['mailboxes']> = { ...rest, updatedAt: now() };
        if (imap !== undefined) patch.imap = imap ? JSON.stringify(imap) : null;
        if (!(await configRepo.updateMailbox(trx, id, version, patch))) throw conflict('mailbox');
        const after = found(await configRepo.mailbox(trx, id), 'Mailbox');
        await audit.record(trx, actor, { action: 'mailbox.updated', entityType: 'mailbox', entityId: id, before: toMailbox(before), after: toMailbox(after) });
        return toMailbox(after);
      });
    },
  };
}

export type CaseConfigService = ReturnType<typeof createCaseConfigService>;
