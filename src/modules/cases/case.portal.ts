import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Actor } from '../../kernel/context.js';
import { AppError } from '../../kernel/errors.js';
import type { App } from '../../kernel/http/build-app.js';
import { htmlToText, sanitizeHtml } from '../email/index.js';
import { type CaseCore, type DB, OPEN_STATUSES, type Tx } from './case.core.js';
import { toMessage } from './case.mapping.js';
import { type CaseRow, caseRepo } from './case.repo.js';
import type { ReplyService } from './case.reply.js';
import { readUpload, sendFile } from './case.files.js';
import { Attachment, CaseMessage, CaseStatus } from './case.schema.js';
import { configRepo } from './config.repo.js';
import { messageRepo } from './message.repo.js';

const PortalCase = z.object({
  id: z.string(),
  number: z.string(),
  subject: z.string(),
  status: CaseStatus,
  createdAt: z.string(),
  lastMessageAt: z.string(),
  messages: z.array(CaseMessage).optional(),
});
const Id = z.strictObject({ id: z.uuid() });
const FileId = z.strictObject({ id: z.uuid(), fileId: z.uuid() });
const MessageBody = z.strictObject({ body: z.string().trim().min(1).max(20_000), attachmentIds: z.array(z.uuid()).max(10).default([]) });
const NewCase = z.strictObject({ subject: z.string().trim().min(1).max(300), body: z.string().trim().min(1).max(20_000) });

type Me = { customerId: string; contactEmail: string };
const meOf = (req: { principal: unknown }) => req.principal as Me;
const portalActor = (me: Me): Actor => ({ principal: { kind: 'customer', ...me }, ip: null, requestId: null });
const view = (r: CaseRow) => ({ id: r.id, number: r.number, subject: r.subject, status: r.status as z.infer<typeof CaseStatus>, createdAt: r.createdAt, lastMessageAt: r.lastMessageAt });

/**
 * The customer's side of cases: only their own (another customer's case answers 404, as if it did not exist),
 * never internal notes or the desk's internal events; replies with attachments, closing and reopening.
 */
export function casePortalRoutes(
  app: App,
  deps: {
    db: Kysely<DB>;
    core: CaseCore;
    replies: ReplyService;
    customerSummary: (id: string, exec: Tx) => Promise<{ contacts: { id: string; email: string | null }[] } | undefined>;
    maxAttachmentBytes: () => Promise<number>;
  },
): void {
  const { db, core } = deps;
  const tags = ['portal'];
  const access = 'customer' as const;

  async function own(exec: Kysely<DB> | Parameters<typeof caseRepo.findById>[0], me: Me, id: string): Promise<CaseRow> {
    let row = await caseRepo.findById(exec as never, id);
    for (let i = 0; row?.mergedIntoId && i < 10; i++) row = await caseRepo.findById(exec as never, row.mergedIntoId);
    if (!row || row.customerId !== me.customerId) throw new AppError('not_found', { detail: 'Case not found.' });
    return row;
  }
  async function publicMessages(caseId: string) {
    const [messages, attachments] = await Promise.all([messageRepo.ofCase(db, caseId), messageRepo.attachmentsOfCase(db, caseId)]);
    return messages
      .filter((m) => m.direction !== 'note')
      .map((m) => ({ ...toMessage({ ...m, bodyHtml: m.bodyHtml === null ? null : sanitizeHtml(m.bodyHtml) }, attachments), hasOriginal: false, authorLabel: m.direction === 'outbound' ? 'Klantenservice' : m.authorLabel }));
  }

  app.get('/api/portal/v1/cases', { config: { access }, schema: { tags, response: { 200: z.object({ items: z.array(PortalCase) }) } } }, async (req) => {
    const rows = await caseRepo.findPage(db, { customerId: meOf(req).customerId }, 'recent', null, 200);
    return { items: rows.map((r) => ({ id: r.id, number: r.number, subject: r.subject, status: r.status as z.infer<typeof CaseStatus>, createdAt: r.createdAt, lastMessageAt: r.lastMessageAt })) };
  });
  app.post('/api/portal/v1/cases', { config: { access }, schema: { tags, body: NewCase, response: { 201: PortalCase } } }, async (req, reply) => {
    const me = meOf(req);
    const row = await db.transaction().execute(async (trx) => {
      const contacts = (await deps.customerSummary(me.customerId, trx))?.contacts.filter((k) => k.email === me.contactEmail) ?? [];
      const { row } = await core.open(trx, portalActor(me), {
        customerId: me.customerId,
        contactId: contacts[0]?.id ?? null,
        channel: 'portal',
        subject: req.body.subject,
        message: { direction: 'inbound', channel: 'portal', authorId: null, authorLabel: me.contactEmail, fromAddress: me.contactEmail, subject: req.body.subject, bodyText: req.body.body, delivery: 'none' },
      });
      return row;
    });
    return reply.status(201).send(view(row));
  });
  app.get('/api/portal/v1/cases/:id', { config: { access }, schema: { tags, params: Id, response: { 200: PortalCase } } }, async (req) => {
    const row = await own(db, meOf(req), req.params.id);
    return { ...view(row), messages: await publicMessages(row.id) };
  });
  app.post('/api/portal/v1/cases/:id/messages', { config: { access }, schema: { tags, params: Id, body: MessageBody, response: { 201: PortalCase } } }, async (req, reply) => {
    const me = meOf(req);
    const text = htmlToText(req.body.body).trim() || req.body.body;
    const row = await db.transaction().execute(async (trx) => {
      const current = await own(trx, me, req.params.id);
      const reopenDays = (await configRepo.settings(trx))?.reopenDays ?? 14;
      const { row, message } = await core.addMessage(
        trx,
        current,
        { direction: 'inbound', channel: 'portal', authorId: null, authorLabel: me.contactEmail, fromAddress: me.contactEmail, bodyText: text, delivery: 'none' },
        reopenDays,
      );
      if (req.body.attachmentIds.length && (await messageRepo.attachToMessage(trx, row.id, req.body.attachmentIds, message.id)) !== req.body.attachmentIds.length)
        throw new AppError('validation', { detail: 'An attachment does not belong to this case.' });
      return row;
    });
    return reply.status(201).send({ ...view(row), messages: await publicMessages(row.id) });
  });
  app.post('/api/portal/v1/cases/:id/attachments', { config: { access }, schema: { tags, params: Id, consumes: ['multipart/form-data'], response: { 201: Attachment } } }, async (req, reply) => {
    const row = await own(db, meOf(req), req.params.id);
    const max = await deps.maxAttachmentBytes();
    return reply.status(201).send(await deps.replies.upload(row.id, await readUpload(req, max), max));
  });
  app.get('/api/portal/v1/cases/:id/attachments/:fileId', { config: { access }, schema: { tags, params: FileId } }, async (req, reply) => {
    const row = await own(db, meOf(req), req.params.id);
    const f = await deps.replies.download(row.id, req.params.fileId);
    const msg = f.messageId ? await messageRepo.findById(db, f.messageId) : undefined;
    if (msg?.direction === 'note') throw new AppError('not_found', { detail: 'Attachment not found.' });
    return sendFile(reply, f);
  });
  for (const [action, status] of [
    ['close', 'closed'],
    ['reopen', 'open'],
  ] as const)
    app.post(`/api/portal/v1/cases/:id/${action}`, { config: { access }, schema: { tags, params: Id, response: { 200: PortalCase } } }, async (req) => {
      const me = meOf(req);
      const row = await db.transaction().execute(async (trx) => {
        const current = await own(trx, me, req.params.id);
        if (status === 'open' && OPEN_STATUSES.includes(current.status)) return current;
        if (status === 'closed' && current.status === 'closed') return current;
        return core.change(trx, me.contactEmail, current, { status });
      });
      return view(row);
    });
}
