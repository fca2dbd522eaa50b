import type { Kysely } from 'kysely';
import type { Clock } from '../../kernel/clock.js';
import type { Actor } from '../../kernel/context.js';
import { AppError, found } from '../../kernel/errors.js';
import { sanitizeHtml } from '../email/index.js';
import { type CaseCore, type DB, OPEN_STATUSES, type Tx } from './case.core.js';
import { toCase, toListItem, toMessage } from './case.mapping.js';
import { type CaseFilter, type CaseRow, type Cursor, caseRepo } from './case.repo.js';
import type { Case, CreateCaseBody, ListCasesQuery, UpdateCaseBody } from './case.schema.js';
import { messageRepo } from './message.repo.js';

export interface CaseServiceDeps {
  db: Kysely<DB>;
  clock: Clock;
  core: CaseCore;
  /** Name and contacts of a customer (customers module). */
  customerSummary: (id: string, exec: Tx) => Promise<{ name: string; contacts: { id: string; name: string; email: string | null }[] } | undefined>;
  /** Team ids of a staff member (teams module). */
  teamIdsOf: (userId: string) => Promise<string[]>;
}

const DUE_SOON_MS = 4 * 3600_000;
const encodeCursor = (c: Cursor) => Buffer.from(JSON.stringify([c.key, c.id])).toString('base64url');
function decodeCursor(s: string | undefined): Cursor | null {
  if (!s) return null;
  try {
    const [key, id] = JSON.parse(Buffer.from(s, 'base64url').toString('utf8'));
    if (typeof key === 'string' && typeof id === 'string') return { key, id };
  } catch {}
  throw new AppError('validation', { detail: 'The cursor is not valid; start from the first page.', errors: [{ path: 'cursor', message: 'invalid cursor' }] });
}

/** Case numbers typed loosely ("z-2026-123") in the canonical form. */
export function canonicalNumber(q: string): string | null {
  const m = q.trim().match(/^z-?(\d{4})-?(\d{1,6})$/i);
  return m ? `Z-${m[1]}-${m[2].padStart(6, '0')}` : null;
}

/** Cases for staff: the inbox views, the case page, changes, merge, link and split. */
export function createCaseService(deps: CaseServiceDeps) {
  const { db, core } = deps;

  async function view(exec: Tx, row: CaseRow): Promise<Case> {
    const customer = await deps.customerSummary(row.customerId, exec);
    const contact = customer?.contacts.find((c) => c.id === row.contactId) ?? null;
    const linkIds = (await messageRepo.linksOf(exec, row.id)).map((l) => l.relatedCaseId);
    const links = (await caseRepo.findManyByIds(exec, linkIds)).map((l) => ({ ...l, status: l.status as Case['status'] }));
    return toCase(row, { customerName: customer?.name ?? '', contact, links });
  }

  async function filterFor(actor: Actor, q: ListCasesQuery): Promise<{ filter: CaseFilter; order: 'recent' | 'due' }> {
    const me = actor.principal && actor.principal.kind !== 'customer' ? actor.principal.userId : null;
    const f: CaseFilter = {};
    let order: 'recent' | 'due' = 'recent';
    if (q.view !== 'all') f.open = true;
    if (q.view === 'mine') f.assigneeId = me ?? '';
    if (q.view === 'team') f.teamIds = me ? await deps.teamIdsOf(me) : [];
    if (q.view === 'unassigned') f.assigneeId = null;
    if (q.view === 'due_soon') {
      f.slaStates = ['running', 'warning'];
      f.dueBefore = new Date(deps.clock.now().getTime() + DUE_SOON_MS).toISOString();
      order = 'due';
    }
    if (q.view === 'breached') {
      f.slaStates = ['breached'];
      order = 'due';
    }
    if (q.view === 'review') f.needsReview = true;
    if (q.status) f.statuses = Array.isArray(q.status) ? q.status : [q.status];
    if (f.statuses?.some((s) => !OPEN_STATUSES.includes(s))) delete f.open;
    if (q.teamId) f.teamIds = [q.teamId];
    if (q.assigneeId) f.assigneeId = q.assigneeId;
    if (q.customerId) f.customerId = q.customerId;
    if (q.slaState) f.slaState = q.slaState;
    if (q.q) {
      const number = canonicalNumber(q.q);
      if (number) f.number = number;
      else f.subjectLike = q.q;
    }
    return { filter: f, order };
  }

  return {
    view,

    async list(actor: Actor, q: ListCasesQuery) {
      const { filter, order } = await filterFor(actor, q);
      const rows = await caseRepo.findPage(db, filter, order, decodeCursor(q.cursor), q.pageSize + 1);
      const page = rows.slice(0, q.pageSize);
      const last = page[page.length - 1];
      const nextCursor =
        rows.length > q.pageSize && last ? encodeCursor({ key: (order === 'due' ? last.slaDueAt : last.lastMessageAt) as string, id: last.id }) : null;
      return { items: page.map(toListItem), nextCursor };
    },

    /** Open cases per inbox view, for the tabs. */
    async counts(actor: Actor): Promise<Record<string, number>> {
      const me = actor.principal && actor.principal.kind !== 'customer' ? actor.principal.userId : '';
      const teams = me ? await deps.teamIdsOf(me) : [];
      const soon = new Date(deps.clock.now().getTime() + DUE_SOON_MS).toISOString();
      const [open, mine, team, unassigned, dueSoon, breached, review] = await Promise.all([
        caseRepo.count(db, { open: true }),
        caseRepo.count(db, { open: true, assigneeId: me }),
        caseRepo.count(db, { open: true, teamIds: teams }),
        caseRepo.count(db, { open: true, assigneeId: null }),
        caseRepo.count(db, { open: true, slaStates: ['running', 'warning'], dueBefore: soon }),
        caseRepo.count(db, { open: true, slaStates: ['breached'] }),
        caseRepo.count(db, { open: true, needsReview: true }),
      ]);
      return { open, mine, team, unassigned, due_soon: dueSoon, breached, review };
    },

    get: async (id: string) => view(db, await core.load(db, id)),

    async create(actor: Actor, body: CreateCaseBody): Promise<Case> {
      return db.transaction().execute(async (trx) => {
        const customer = found(await deps.customerSummary(body.customerId, trx), 'Customer');
        if (body.contactId && !customer.contacts.some((c) => c.id === body.contactId))
          throw new AppError('validation', { detail: 'The contact does not belong to this customer.', errors: [{ path: 'contactId', message: 'not a contact of the customer' }] });
        const label = core.labelOf(actor);
        const staffId = actor.principal && actor.principal.kind !== 'customer' ? actor.principal.userId : null;
        const phone = body.channel === 'phone';
        const { row } = await core.open(trx, actor, {
          customerId: body.customerId,
          contactId: body.contactId ?? customer.contacts[0]?.id ?? null,
          installedProductId: body.installedProductId,
          channel: body.channel,
          subject: body.subject,
          priority: body.priority,
          category: body.category,
          teamId: body.teamId,
          assigneeId: body.assigneeId ?? (phone ? staffId : null),
          tags: body.tags,
          message: {
            direction: 'inbound',
            channel: body.channel,
            authorId: staffId,
            authorLabel: label,
            bodyText: body.body,
            subject: body.subject,
            delivery: 'none',
            callSeconds: phone ? body.callSeconds : null,
          },
        });
        return view(trx, row);
      });
    },

    async update(actor: Actor, id: string, body: UpdateCaseBody): Promise<Case> {
      return db.transaction().execute(async (trx) => {
        const before = await core.load(trx, id);
        if (before.mergedIntoId) throw new AppError('unprocessable', { subcode: 'case.merged', detail: 'This case was merged into another.' });
        if (before.version !== body.version) throw new AppError('version_conflict', { detail: 'The case was changed by someone else; reload it.' });
        const { version, tags, contactNeedsReview, ...fields } = body;
        const patch: Partial<CaseRow> = { ...fields };
        if (tags) patch.tags = JSON.stringify(tags);
        if (contactNeedsReview === false) patch.contactNeedsReview = false;
        const after = await core.change(trx, core.labelOf(actor), before, patch);
        return view(trx, after);
      });
    },

    async timeline(id: string) {
      await core.load(db, id);
      const [messages, attachments, events] = await Promise.all([messageRepo.ofCase(db, id), messageRepo.attachmentsOfCase(db, id), messageRepo.eventsOf(db, id)]);
      return {
        messages: messages.map((m) => toMessage({ ...m, bodyHtml: m.bodyHtml === null ? null : sanitizeHtml(m.bodyHtml) }, attachments)),
        events: events.map((e) => ({ id: e.id, at: e.at, actorLabel: e.actorLabel, kind: e.kind, data: JSON.parse(e.data) })),
      };
    },

    /** Moves everything of `sourceId` into `targetId`; the source stays as a pointer and is closed. */
    async merge(actor: Actor, targetId: string, sourceId: string, version: number): Promise<Case> {
      if (targetId === sourceId) throw new AppError('unprocessable', { subcode: 'case.merge_self', detail: 'A case cannot be merged into itself.' });
      return db.transaction().execute(async (trx) => {
        const target = await core.load(trx, targetId);
        const source = await core.load(trx, sourceId);
        if (target.version !== version) throw new AppError('version_conflict', { detail: 'The case was changed by someone else; reload it.' });
        if (target.mergedIntoId || source.mergedIntoId) throw new AppError('unprocessable', { subcode: 'case.merged', detail: 'One of the cases was already merged.' });
        if (target.customerId !== source.customerId)
          throw new AppError('unprocessable', { subcode: 'case.merge_other_customer', detail: 'Only cases of the same customer can be merged.' });
        await messageRepo.moveAllToCase(trx, sourceId, targetId);
        const label = core.labelOf(actor);
        await core.change(trx, label, source, { status: 'closed', mergedIntoId: targetId });
        await core.event(trx, targetId, label, 'merged', { sourceId, sourceNumber: source.number });
        const lastMessageAt = [source.lastMessageAt, target.lastMessageAt].sort()[1];
        return view(trx, await core.save(trx, target, { lastMessageAt }, ['merged']));
      });
    },

    async link(actor: Actor, id: string, relatedId: string): Promise<Case> {
      if (id === relatedId) throw new AppError('unprocessable', { subcode: 'case.link_self', detail: 'A case cannot be linked to itself.' });
      return db.transaction().execute(async (trx) => {
        const row = await core.load(trx, id);
        const other = await core.load(trx, relatedId);
        await messageRepo.link(trx, id, relatedId, deps.clock.now().toISOString());
        await core.event(trx, id, core.labelOf(actor), 'linked', { relatedId, relatedNumber: other.number });
        await core.event(trx, relatedId, core.labelOf(actor), 'linked', { relatedId: id, relatedNumber: row.number });
        return view(trx, row);
      });
    },

    /** Moves one message (and its attachments) into a new case of the same customer, linked to the old one. */
    async split(actor: Actor, id: string, messageId: string, subject?: string): Promise<Case> {
      return db.transaction().execute(async (trx) => {
        const from = await core.load(trx, id);
        const msg = found(await messageRepo.findById(trx, messageId), 'Message');
        if (msg.caseId !== id) throw new AppError('not_found', { detail: 'The message does not belong to this case.' });
        const label = core.labelOf(actor);
        const { row } = await core.open(trx, actor, {
          customerId: from.customerId,
          contactId: from.contactId,
          channel: from.channel,
          mailboxId: from.mailboxId,
          subject: subject ?? (msg.subject || from.subject),
          priority: from.priority,
          category: from.category,
          teamId: from.teamId,
          locale: from.locale,
          message: { direction: 'note', channel: from.channel, authorId: null, authorLabel: label, bodyText: `Afgesplitst van ${from.number}`, delivery: 'none' },
        });
        await messageRepo.moveToCase(trx, [messageId], row.id);
        await messageRepo.link(trx, id, row.id, deps.clock.now().toISOString());
        await core.event(trx, id, label, 'split', { messageId, newCaseId: row.id, newNumber: row.number });
        return view(trx, row);
      });
    },

    async bulk(actor: Actor, ids: string[], set: { status?: string; priority?: string; teamId?: string | null; assigneeId?: string | null; addTags?: string[] }) {
      const failed: { id: string; code: string }[] = [];
      let updated = 0;
      for (const id of ids) {
        try {
          await db.transaction().execute(async (trx) => {
            const before = await core.load(trx, id);
            const { addTags, ...fields } = set;
            const patch: Partial<CaseRow> = { ...fields };
            if (addTags?.length) patch.tags = JSON.stringify([...new Set([...JSON.parse(before.tags), ...addTags])].slice(0, 20));
            await core.change(trx, core.labelOf(actor), before, patch);
          });
          updated++;
        } catch (err) {
          failed.push({ id, code: err instanceof AppError ? (err.subcode ?? err.code) : 'internal' });
        }
      }
      return { updated, failed };
    },
  };
}

export type CaseService = ReturnType<typeof createCaseService>;
