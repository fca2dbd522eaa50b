import type { Kysely } from 'kysely';
import type { Clock } from '../../kernel/clock.js';
import type { Actor } from '../../kernel/context.js';
import { AppError, found } from '../../kernel/errors.js';
import type { EventBus } from '../../kernel/events/bus.js';
import { newId } from '../../kernel/ids.js';
import { htmlToText, sanitizeHtml } from '../email/index.js';
import type { CaseCore, DB, Tx } from './case.core.js';
import { toMessage } from './case.mapping.js';
import type { CaseRow } from './case.repo.js';
import type { CaseMessage, ReplyBody } from './case.schema.js';
import { replySubject, withSignature } from './case.templates.js';
import { configRepo } from './config.repo.js';
import { messageRepo } from './message.repo.js';
import { mailDomain } from './case.outbound.js';

export interface ReplyDeps {
  db: Kysely<DB>;
  clock: Clock;
  bus: EventBus;
  core: CaseCore;
  mailFrom: string;
  contactEmail: (exec: Tx, row: CaseRow) => Promise<string | null>;
}

/** Outbound replies (by email when the customer has an address) and internal notes, with attachments. */
export function createReplyService(deps: ReplyDeps) {
  const { db, core } = deps;

  /** Builds and records an outbound email message on a case and queues it for sending. */
  async function queueOutbound(
    trx: Tx,
    row: CaseRow,
    m: { authorId: string | null; authorLabel: string; text: string; html: string; subject?: string; quiet?: boolean; attachmentIds?: string[] },
    reopenDays: number,
  ) {
    const to = await deps.contactEmail(trx, row);
    const mailbox = row.mailboxId ? await configRepo.mailbox(trx, row.mailboxId) : undefined;
    const team = row.teamId ? await configRepo.teamSettings(trx, row.teamId) : undefined;
    const signature = m.quiet ? '' : (row.locale === 'en' ? team?.signatureEn : team?.signatureNl) ?? '';
    const body = withSignature(m.text, m.html, signature);
    const thread = (await messageRepo.ofCase(trx, row.id)).filter((x) => x.messageId && x.direction !== 'note');
    const last = [...thread].reverse().find((x) => x.direction === 'inbound') ?? thread[thread.length - 1];
    const references = last ? [...(JSON.parse(last.references) as string[]), last.messageId as string].slice(-20) : [];
    const result = await core.addMessage(
      trx,
      row,
      {
        direction: 'outbound',
        channel: to ? 'email' : row.channel,
        authorId: m.authorId,
        authorLabel: m.authorLabel,
        fromAddress: mailbox?.address ?? null,
        to: to ? [to] : [],
        subject: m.subject ?? replySubject(row.subject, row.number),
        bodyText: body.text,
        bodyHtml: body.html,
        messageId: `${newId()}@${mailDomain(mailbox?.address ?? deps.mailFrom)}`,
        inReplyTo: last?.messageId ?? null,
        references,
        delivery: to ? 'queued' : 'none',
        quiet: m.quiet,
      },
      reopenDays,
    );
    if (m.attachmentIds?.length) {
      const n = await messageRepo.attachToMessage(trx, row.id, m.attachmentIds, result.message.id);
      if (n !== m.attachmentIds.length) throw new AppError('validation', { detail: 'An attachment does not belong to this case or was already sent.' });
    }
    if (to) await deps.bus.emit(trx, 'case.mail', { messageId: result.message.id });
    return result;
  }

  return {
    queueOutbound,

    async reply(actor: Actor, caseId: string, body: ReplyBody): Promise<CaseMessage> {
      const html = sanitizeHtml(body.bodyHtml);
      const text = htmlToText(html).trim();
      if (!text && body.attachmentIds.length === 0)
        throw new AppError('validation', { detail: 'The message is empty.', errors: [{ path: 'bodyHtml', message: 'empty message', code: 'too_small' }] });
      const staffId = actor.principal && actor.principal.kind !== 'customer' ? actor.principal.userId : null;
      return db.transaction().execute(async (trx) => {
        const row = await core.load(trx, caseId);
        if (row.mergedIntoId) throw new AppError('unprocessable', { subcode: 'case.merged', detail: 'This case was merged into another.' });
        const settings = found(await configRepo.settings(trx), 'Settings');
        const label = core.labelOf(actor);
        const result =
          body.kind === 'note'
            ? await core.addMessage(
                trx,
                row,
                { direction: 'note', channel: row.channel, authorId: staffId, authorLabel: label, bodyText: text, bodyHtml: html, delivery: 'none' },
                settings.reopenDays,
              )
            : await queueOutbound(trx, row, { authorId: staffId, authorLabel: label, text, html, attachmentIds: body.attachmentIds }, settings.reopenDays);
        if (body.kind === 'note' && body.attachmentIds.length) {
          const n = await messageRepo.attachToMessage(trx, row.id, body.attachmentIds, result.message.id);
          if (n !== body.attachmentIds.length) throw new AppError('validation', { detail: 'An attachment does not belong to this case or was already sent.' });
        }
        let current = result.row;
        if (body.status && body.status !== current.status) current = await core.change(trx, label, current, { status: body.status });
        else if (body.kind === 'reply' && current.status === 'new') current = await core.change(trx, label, current, { status: 'open' });
        if (body.kind === 'reply' && current.assigneeId === null && staffId) await core.change(trx, label, current, { assigneeId: staffId });
        const attachments = await messageRepo.attachmentsOfMessage(trx, result.message.id);
        return toMessage(result.message, attachments);
      });
    },

    /** Stores an uploaded file on the case until a reply or note takes it along. */
    async upload(caseId: string, file: { filename: string; contentType: string; content: Buffer }, maxBytes: number) {
      if (file.content.length > maxBytes) throw new AppError('payload_too_large', { detail: `Attachments may be at most ${Math.round(maxBytes / 1048576)} MB.` });
      return db.transaction().execute(async (trx) => {
        await core.load(trx, caseId);
        const at = deps.clock.now().toISOString();
        const blobId = newId();
        await messageRepo.insertBlob(trx, { id: blobId, content: file.content, size: file.content.length, createdAt: at });
        const id = newId();
        await messageRepo.insertAttachment(trx, {
          id,
          caseId,
          messageId: null,
          filename: file.filename,
          contentType: file.contentType,
          size: file.content.length,
          blobId,
          createdAt: at,
        });
        return { id, filename: file.filename, contentType: file.contentType, size: file.content.length };
      });
    },

    async download(caseId: string, attachmentId: string) {
      const a = found(await messageRepo.findAttachment(db, caseId, attachmentId), 'Attachment');
      const blob = found(await messageRepo.findBlob(db, a.blobId), 'Attachment');
      return { filename: a.filename, contentType: a.contentType, messageId: a.messageId, content: Buffer.from(blob.content) };
    },

    async original(caseId: string, messageId: string) {
      const m = found(await messageRepo.findById(db, messageId), 'Message');
      if (m.caseId !== caseId || !m.rawBlobId) throw new AppError('not_found', { detail: 'This message has no original.' });
      const blob = found(await messageRepo.findBlob(db, m.rawBlobId), 'Message');
      return { filename: `${m.id}.eml`, content: Buffer.from(blob.content) };
    },
  };
}

export type ReplyService = ReturnType<typeof createReplyService>;
