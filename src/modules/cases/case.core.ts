import type { Kysely } from 'kysely';
import type { Clock } from '../../kernel/clock.js';
import type { Actor } from '../../kernel/context.js';
import { principalLabel } from '../../kernel/auth/principal.js';
import { nextCounter } from '../../kernel/db/counters.js';
import type { DbExecutor, KernelTables } from '../../kernel/db/types.js';
import { AppError, found } from '../../kernel/errors.js';
import type { EventBus } from '../../kernel/events/bus.js';
import { newId } from '../../kernel/ids.js';
import type { AuditService, AuditTables } from '../audit/index.js';
import type { CustomersTables } from '../customers/index.js';
import type { Assigner } from './case.assign.js';
import { type CaseRow, caseRepo } from './case.repo.js';
import { type Pause, type SlaEngine, updatePauses } from './case.sla.js';
import type { CasesTables } from './case.table.js';
import { type MessageRow, messageRepo } from './message.repo.js';
import './case.events.js';

export type DB = CasesTables & CustomersTables & AuditTables & KernelTables;
export type Tx = DbExecutor<DB>;

export const OPEN_STATUSES = ['new', 'open', 'waiting_customer', 'waiting_internal'];
const DAY_MS = 86_400_000;

export interface NewAttachment {
  filename: string;
  contentType: string;
  content: Buffer;
}

export interface MessageInput {
  direction: 'inbound' | 'outbound' | 'note';
  channel: string;
  authorId: string | null;
  authorLabel: string;
  fromAddress?: string | null;
  to?: string[];
  cc?: string[];
  subject?: string;
  bodyText: string;
  bodyHtml?: string | null;
  messageId?: string | null;
  inReplyTo?: string | null;
  references?: string[];
  delivery: 'received' | 'queued' | 'sent' | 'failed' | 'none';
  callSeconds?: number | null;
  rawBlobId?: string | null;
  attachments?: NewAttachment[];
  /** Automatic messages (auto-replies) are recorded without changing status or clocks. */
  quiet?: boolean;
}

export interface OpenCaseInput {
  customerId: string;
  contactId: string | null;
  contactNeedsReview?: boolean;
  installedProductId?: string | null;
  channel: string;
  mailboxId?: string | null;
  subject: string;
  priority?: string;
  category?: string | null;
  teamId?: string | null;
  assigneeId?: string | null;
  tags?: string[];
  locale?: string;
  message: MessageInput;
}

export interface CoreDeps {
  db: Kysely<DB>;
  clock: Clock;
  audit: AuditService;
  bus: EventBus;
  sla: SlaEngine;
  assigner: Assigner;
  segmentOf: (exec: Tx, customerId: string) => Promise<string | null>;
}

const yearFormat = new Intl.DateTimeFormat('en', { timeZone: 'Europe/Amsterdam', year: 'numeric' });
/** The year in Amsterdam, for case numbers. */
const localYear = (d: Date): string => yearFormat.format(d);

/** The rules every change of a case goes through: numbering, status and pause bookkeeping, SLA, events. */
export function createCaseCore(deps: CoreDeps) {
  const { clock, bus, sla } = deps;
  const now = () => clock.now().toISOString();

  async function event(trx: Tx, caseId: string, actorLabel: string, kind: string, data: Record<string, unknown>) {
    await messageRepo.insertEvent(trx, { id: newId(), caseId, at: now(), actorLabel, kind, data: JSON.stringify(data) });
  }

  /** Writes a patch with SLA recomputed; emits updated/resolved events. Throws version_conflict when stale. */
  async function save(trx: Tx, before: CaseRow, patch: Partial<CaseRow>, changes: string[]): Promise<CaseRow> {
    const at = now();
    const next: CaseRow = { ...before, ...patch, updatedAt: at };
    const ctx = await sla.context(trx);
    const slaPatch = sla.evaluate(ctx, next, await deps.segmentOf(trx, next.customerId));
    const full = { ...patch, ...slaPatch, updatedAt: at };
    if (!(await caseRepo.updateVersioned(trx, before.id, before.version, full)))
      throw new AppError('version_conflict', { detail: 'The case was changed by someone else; reload it.' });
    const after = { ...next, ...slaPatch, version: before.version + 1 };
    await emitSlaTransitions(trx, before, after);
    if (changes.length) await bus.emit(trx, 'case.updated', { caseId: after.id, number: after.number, at, changes });
    if (patch.status === 'resolved' && before.status !== 'resolved') await bus.emit(trx, 'case.resolved', { caseId: after.id, number: after.number, at });
    return after;
  }

  async function emitSlaTransitions(trx: Tx, before: CaseRow, after: CaseRow) {
    const prev = new Map((JSON.parse(before.sla) as { target: string; state: string }[]).map((s) => [s.target, s.state]));
    for (const s of JSON.parse(after.sla) as { target: 'firstResponse' | 'nextResponse' | 'resolution'; state: string; dueAt: string | null }[]) {
      if ((s.state === 'warning' || s.state === 'breached') && prev.get(s.target) !== s.state) {
        await bus.emit(trx, s.state === 'warning' ? 'sla.warning' : 'sla.breached', {
          caseId: after.id,
          number: after.number,
          at: now(),
          target: s.target,
          dueAt: s.dueAt ?? '',
        });
        await event(trx, after.id, 'SLA', s.state === 'warning' ? 'sla_warning' : 'sla_breached', { target: s.target, dueAt: s.dueAt });
      }
    }
  }

  /** The status patch for a move from one status to another, with pauses and resolution times. */
  function statusPatch(ctxPausing: Set<string>, before: CaseRow, status: string): Partial<CaseRow> {
    const at = now();
    const pauses = updatePauses(JSON.parse(before.pauses) as Pause[], ctxPausing.has(before.status), ctxPausing.has(status), at);
    const open = OPEN_STATUSES.includes(status);
    const patch: Partial<CaseRow> = { status, isOpen: open ? 1 : 0, pauses: JSON.stringify(pauses) };
    if (status === 'resolved' && !before.resolvedAt) patch.resolvedAt = at;
    if (status === 'closed') {
      patch.closedAt = at;
      if (!before.resolvedAt) patch.resolvedAt = at;
    }
    if (open && !OPEN_STATUSES.includes(before.status)) {
      patch.resolvedAt = null;
      patch.closedAt = null;
      patch.reopenCount = before.reopenCount + 1;
    }
    return patch;
  }

  async function insertMessage(trx: Tx, caseId: string, m: MessageInput, at: string): Promise<MessageRow> {
    const row: MessageRow = {
      id: newId(),
      caseId,
      direction: m.direction,
      channel: m.channel,
      authorId: m.authorId,
      authorLabel: m.authorLabel,
      fromAddress: m.fromAddress ?? null,
      toAddresses: JSON.stringify(m.to ?? []),
      ccAddresses: JSON.stringify(m.cc ?? []),
      subject: m.subject ?? '',
      bodyText: m.bodyText,
      bodyHtml: m.bodyHtml ?? null,
      messageId: m.messageId ?? null,
      inReplyTo: m.inReplyTo ?? null,
      references: JSON.stringify(m.references ?? []),
      delivery: m.delivery,
      deliveryError: null,
      callSeconds: m.callSeconds ?? null,
      rawBlobId: m.rawBlobId ?? null,
      createdAt: at,
    };
    await messageRepo.insert(trx, row);
    for (const a of m.attachments ?? []) await storeAttachment(trx, caseId, row.id, a, at);
    return row;
  }

  async function storeAttachment(trx: Tx, caseId: string, messageId: string, a: NewAttachment, at: string): Promise<string> {
    const blobId = newId();
    await messageRepo.insertBlob(trx, { id: blobId, content: a.content, size: a.content.length, createdAt: at });
    const id = newId();
    await messageRepo.insertAttachment(trx, { id, caseId, messageId, filename: a.filename, contentType: a.contentType, size: a.content.length, blobId, createdAt: at });
    return id;
  }

  /** A resolved or closed case that a customer message may no longer reopen (it opens a new case instead). */
  function tooLateToReopen(row: CaseRow, reopenDays: number): boolean {
    if (OPEN_STATUSES.includes(row.status) || !row.resolvedAt) return false;
    return clock.now().getTime() - new Date(row.resolvedAt).getTime() > reopenDays * DAY_MS;
  }

  return {
    event,
    save,
    tooLateToReopen,

    /** Recomputes the SLA of a case as time passes; emits warning and breach events on the transition. */
    async refreshSla(trx: Tx, row: CaseRow): Promise<void> {
      const ctx = await sla.context(trx);
      const patch = sla.evaluate(ctx, row, await deps.segmentOf(trx, row.customerId));
      if (!row.isOpen) patch.slaCheckAt = null;
      if (await caseRepo.updateSla(trx, row.id, row.version, patch)) await emitSlaTransitions(trx, row, { ...row, ...patch });
    },
    storeAttachment,
    labelOf: (actor: Actor) => (actor.principal && actor.principal.kind !== 'customer' ? actor.principal.name : principalLabel(actor.principal)),

    async load(exec: Tx, id: string): Promise<CaseRow> {
      return found(await caseRepo.findById(exec, id), 'Case');
    },

    /** Opens a case with its first message; numbers it, routes it and starts its SLA clocks. */
    async open(trx: Tx, actor: Actor, input: OpenCaseInput): Promise<{ row: CaseRow; message: MessageRow }> {
      const at = now();
      const year = localYear(clock.now());
      const seq = await nextCounter(trx, 'case', year);
      const id = newId();
      let row: CaseRow = {
        id,
        number: `Z-${year}-${String(seq).padStart(6, '0')}`,
        customerId: input.customerId,
        contactId: input.contactId,
        contactNeedsReview: input.contactNeedsReview ?? false,
        installedProductId: input.installedProductId ?? null,
        channel: input.channel,
        mailboxId: input.mailboxId ?? null,
        subject: input.subject,
        status: 'new',
        isOpen: 1,
        priority: input.priority ?? 'normal',
        category: input.category ?? null,
        teamId: input.teamId ?? null,
        assigneeId: input.assigneeId ?? null,
        tags: JSON.stringify(input.tags ?? []),
        locale: input.locale ?? 'nl',
        slaPolicyId: null,
        sla: '[]',
        slaState: 'none',
        slaDueAt: null,
        slaCheckAt: null,
        pauses: '[]',
        firstResponseAt: input.channel === 'phone' ? at : null,
        awaitingReplySince: null,
        lastMessageAt: at,
        resolvedAt: null,
        closedAt: null,
        reopenCount: 0,
        mergedIntoId: null,
        version: 1,
        createdAt: at,
        updatedAt: at,
      };
      if (row.teamId && !row.assigneeId) row.assigneeId = await deps.assigner.pick(trx, row.teamId, row.category);
      const ctx = await sla.context(trx);
      row = { ...row, ...sla.evaluate(ctx, row, await deps.segmentOf(trx, row.customerId)) };
      await caseRepo.insert(trx, row);
      const message = await insertMessage(trx, id, input.message, at);
      await event(trx, id, input.message.authorLabel, 'created', { channel: row.channel, assigneeId: row.assigneeId, teamId: row.teamId });
      await deps.audit.record(trx, actor, { action: 'case.created', entityType: 'case', entityId: id, after: { number: row.number, subject: row.subject, channel: row.channel } });
      await bus.emit(trx, 'case.created', { caseId: id, number: row.number, at, customerId: row.customerId, channel: row.channel });
      await bus.emit(trx, 'message.created', { caseId: id, number: row.number, at, messageId: message.id, direction: message.direction as 'inbound' });
      return { row, message };
    },

    /** Adds a message and applies what it means: reopening, first response, the next-response clock. */
    async addMessage(trx: Tx, before: CaseRow, m: MessageInput, reopenDays: number): Promise<{ row: CaseRow; message: MessageRow }> {
      const at = now();
      const message = await insertMessage(trx, before.id, m, at);
      const patch: Partial<CaseRow> = {};
      const changes: string[] = ['messages'];
      if (m.direction !== 'note' && !m.quiet) patch.lastMessageAt = at;
      const ctx = await sla.context(trx);
      if (m.direction === 'inbound' && !m.quiet) {
        if (before.firstResponseAt && !before.awaitingReplySince) patch.awaitingReplySince = at;
        if (!OPEN_STATUSES.includes(before.status)) {
          if (tooLateToReopen(before, reopenDays)) throw new AppError('conflict', { subcode: 'case.closed_too_long', detail: 'This case was closed too long ago to reopen.' });
          Object.assign(patch, statusPatch(ctx.pausing, before, 'open'));
          changes.push('status');
          await event(trx, before.id, m.authorLabel, 'reopened', { from: before.status });
        } else if (before.status === 'waiting_customer' || before.status === 'new') {
          if (before.status === 'waiting_customer') {
            Object.assign(patch, statusPatch(ctx.pausing, before, 'open'));
            changes.push('status');
          }
        }
      }
      if (m.direction === 'outbound' && !m.quiet) {
        if (!before.firstResponseAt) patch.firstResponseAt = at;
        patch.awaitingReplySince = null;
      }
      const row = await save(trx, before, patch, changes);
      await bus.emit(trx, 'message.created', { caseId: row.id, number: row.number, at, messageId: message.id, direction: m.direction });
      return { row, message };
    },

    /** Changes fields and status; records one timeline event per changed field. */
    async change(trx: Tx, actorLabel: string, before: CaseRow, fields: Partial<CaseRow>): Promise<CaseRow> {
      const patch: Partial<CaseRow> = {};
      const changes: string[] = [];
      for (const [key, value] of Object.entries(fields) as [keyof CaseRow, unknown][]) {
        if (value === undefined || before[key] === value) continue;
        changes.push(key);
        await event(trx, before.id, actorLabel, key === 'status' ? 'status' : 'field', { field: key, from: before[key], to: value });
        if (key !== 'status') (patch as Record<string, unknown>)[key] = value;
      }
      if (fields.status !== undefined && fields.status !== before.status) {
        const ctx = await sla.context(trx);
        Object.assign(patch, statusPatch(ctx.pausing, before, fields.status));
      }
      if (fields.teamId && fields.teamId !== before.teamId && fields.assigneeId === undefined && !before.assigneeId)
        patch.assigneeId = await deps.assigner.pick(trx, fields.teamId, fields.category ?? before.category);
      if (changes.length === 0 && patch.assigneeId === undefined) return before;
      return save(trx, before, patch, changes);
    },
  };
}

export type CaseCore = ReturnType<typeof createCaseCore>;
