import type { Kysely } from 'kysely';
import type { Clock } from '../../kernel/clock.js';
import { SYSTEM_ACTOR } from '../../kernel/context.js';
import { AppError, found } from '../../kernel/errors.js';
import { newId } from '../../kernel/ids.js';
import type { Logger } from '../../kernel/logger.js';
import { caseNumberFromSubject, type InboundMail, parseInbound } from '../email/index.js';
import type { CaseCore, DB, Tx } from './case.core.js';
import { type CaseRow, caseRepo } from './case.repo.js';
import type { CasesTables } from './case.table.js';
import { acknowledgement, textToHtml } from './case.templates.js';
import { configRepo } from './config.repo.js';
import { messageRepo } from './message.repo.js';
import type { ReplyService } from './case.reply.js';


export type IngestOutcome =
  | { kind: 'created'; caseId: string; number: string }
  | { kind: 'appended'; caseId: string; number: string }
  | { kind: 'duplicate'; caseId: string }
  | { kind: 'bounce'; caseId: string | null }
  | { kind: 'quarantined'; reason: string; id: string };

export interface InboundDeps {
  db: Kysely<DB>;
  clock: Clock;
  core: CaseCore;
  replies: ReplyService;
  log: Logger;
  portalUrl: string;
  customers: {
    findByContactEmail: (email: string, exec: Tx) => Promise<{ customerId: string; contactId: string; customerName: string; locale: string } | undefined>;
    createForSender: (trx: Tx, sender: { name: string; email: string; locale?: 'nl' | 'en' }) => Promise<{ customerId: string; contactId: string }>;
  };
}

/**
 * Turns raw inbound mail into cases: dedupe by Message-ID, bounces onto the message they bounce, loop guard,
 * sender throttle, threading (headers first, then the case number in the subject), unknown senders as new
 * flagged contacts, reopening within the configured period, and an acknowledgement for new cases. Whatever
 * cannot be placed goes to quarantine with the original bytes, so nothing is lost.
 */
export function createInboundService(deps: InboundDeps) {
  const { db, clock, core } = deps;
  const now = () => clock.now().toISOString();

  async function quarantine(exec: Tx, raw: Buffer, reason: string, mailboxId: string | null, envelopeFrom: string | null, subject: string) {
    const blobId = newId();
    const at = now();
    await messageRepo.insertBlob(exec, { id: blobId, content: raw, size: raw.length, createdAt: at });
    const id = newId();
    await messageRepo.insertQuarantine(exec, { id, mailboxId, reason, envelopeFrom, subject: subject.slice(0, 300), rawBlobId: blobId, receivedAt: at, releasedAt: null, releasedCaseId: null });
    return { kind: 'quarantined' as const, reason, id };
  }

  async function threadOf(trx: Tx, mail: InboundMail, customerId: string | null): Promise<CaseRow | undefined> {
    const ids = [...mail.references, ...mail.inReplyTo];
    const hit = await messageRepo.caseOfMessageIds(trx, ids);
    if (hit) return follow(trx, await caseRepo.findById(trx, hit.caseId));
    const number = caseNumberFromSubject(mail.subject);
    if (!number) return undefined;
    const row = await follow(trx, await caseRepo.findByNumber(trx, number));
    // A case number alone threads only for the case's own customer: numbers are guessable.
    return row && customerId && row.customerId === customerId ? row : undefined;
  }

  async function follow(trx: Tx, row: CaseRow | undefined): Promise<CaseRow | undefined> {
    for (let i = 0; row?.mergedIntoId && i < 10; i++) row = await caseRepo.findById(trx, row.mergedIntoId);
    return row;
  }

  async function place(
    trx: Tx,
    raw: Buffer,
    mail: InboundMail,
    mailbox: CasesTables['mailboxes'] | undefined,
    envelopeFrom: string | null,
    settings: CasesTables['caseSettings'] | undefined,
    force = false,
  ): Promise<IngestOutcome> {
    const mailboxId = mailbox?.id ?? null;
    const existing = await messageRepo.findByMessageId(trx, mail.messageId);
    if (existing) return { kind: 'duplicate', caseId: existing.caseId };
    const reopenDays = settings?.reopenDays ?? 14;

    if (mail.bounce) {
      const original = mail.bounce.originalMessageId ? await messageRepo.findByMessageId(trx, mail.bounce.originalMessageId) : undefined;
      if (original?.direction !== 'outbound') return quarantine(trx, raw, 'bounce_unmatched', mailboxId, envelopeFrom, mail.subject);
      const detail = [mail.bounce.status, mail.bounce.diagnostic, mail.bounce.recipients.join(', ')].filter(Boolean).join(' — ').slice(0, 500);
      await messageRepo.setDelivery(trx, original.id, 'failed', detail || 'bounced');
      await core.event(trx, original.caseId, 'Mail', 'delivery_failed', { messageId: original.id, detail });
      const row = await caseRepo.findById(trx, original.caseId);
      if (row) await core.save(trx, row, {}, ['delivery']);
      return { kind: 'bounce', caseId: original.caseId };
    }
    const from = mail.from;
    if (!from?.address) return quarantine(trx, raw, 'no_sender', mailboxId, envelopeFrom, mail.subject);
    const limit = settings?.senderLimitPerMinute ?? 10;
    if (!force && (await messageRepo.countInboundFrom(trx, from.address, new Date(clock.now().getTime() - 60_000).toISOString())) >= limit)
      return quarantine(trx, raw, 'sender_throttled', mailboxId, envelopeFrom, mail.subject);

    const known = await deps.customers.findByContactEmail(from.address, trx);
    const thread = await threadOf(trx, mail, known?.customerId ?? null);
    const blobId = newId();
    await messageRepo.insertBlob(trx, { id: blobId, content: raw, size: raw.length, createdAt: now() });
    const message = {
      direction: 'inbound' as const,
      channel: 'email',
      authorId: null,
      authorLabel: from.name ? `${from.name} <${from.address}>` : from.address,
      fromAddress: from.address,
      to: mail.to.map((a) => a.address),
      cc: mail.cc.map((a) => a.address),
      subject: mail.subject,
      bodyText: mail.text,
      bodyHtml: mail.html,
      messageId: mail.messageId,
      inReplyTo: mail.inReplyTo[0] ?? null,
      references: mail.references,
      delivery: 'received' as const,
      rawBlobId: blobId,
      attachments: mail.attachments.map((a) => ({ filename: a.filename, contentType: a.contentType, content: a.content })),
      quiet: Boolean(mail.autoReply),
    };
    if (thread && !core.tooLateToReopen(thread, reopenDays)) {
      const { row } = await core.addMessage(trx, thread, message, reopenDays);
      return { kind: 'appended', caseId: row.id, number: row.number };
    }
    if (mail.autoReply && !force) return quarantine(trx, raw, `auto_reply: ${mail.autoReply}`, mailboxId, envelopeFrom, mail.subject);

    const sender = known ?? { ...(await deps.customers.createForSender(trx, { name: from.name, email: from.address })), customerName: from.name || from.address, locale: 'nl' };
    const { row } = await core.open(trx, SYSTEM_ACTOR, {
      customerId: sender.customerId,
      contactId: sender.contactId,
      contactNeedsReview: !known,
      channel: 'email',
      mailboxId,
      subject: mail.subject || '(geen onderwerp)',
      teamId: mailbox?.teamId ?? null,
      locale: sender.locale,
      message,
    });
    if (thread) await messageRepo.link(trx, thread.id, row.id, now());
    if (!mailbox || mailbox.acknowledge) {
      const ack = acknowledgement(row.locale, { number: row.number, subject: row.subject, customerName: sender.customerName, portalUrl: deps.portalUrl });
      await deps.replies.queueOutbound(trx, row, { authorId: null, authorLabel: 'Loyaal', text: ack.text, html: textToHtml(ack.text), subject: ack.subject, quiet: true }, reopenDays);
    }
    return { kind: 'created', caseId: row.id, number: row.number };
  }

  return {
    quarantined: (includeReleased: boolean) => messageRepo.quarantine(db, includeReleased, 500),

    async quarantineOriginal(id: string) {
      const q = found(await messageRepo.findQuarantine(db, id), 'Quarantined message');
      const blob = found(await messageRepo.findBlob(db, q.rawBlobId), 'Quarantined message');
      return { filename: `${q.id}.eml`, content: Buffer.from(blob.content) };
    },

    /** An admin releases a quarantined message: it is placed as if new, without the throttle and loop guard. */
    async release(id: string): Promise<IngestOutcome> {
      const q = found(await messageRepo.findQuarantine(db, id), 'Quarantined message');
      if (q.releasedAt) throw new AppError('conflict', { subcode: 'quarantine.released', detail: 'This message was already released.' });
      const raw = Buffer.from(found(await messageRepo.findBlob(db, q.rawBlobId), 'Quarantined message').content);
      const parsed = await parseInbound(raw, { envelopeFrom: q.envelopeFrom });
      if (!parsed.ok || !parsed.mail.from?.address)
        throw new AppError('unprocessable', { subcode: 'quarantine.unreadable', detail: 'This message cannot be read as mail; download the original instead.' });
      const mailbox = q.mailboxId ? await configRepo.mailbox(db, q.mailboxId) : undefined;
      return db.transaction().execute(async (trx) => {
        const outcome = await place(trx, raw, parsed.mail, mailbox, q.envelopeFrom, await configRepo.settings(trx), true);
        const caseId = 'caseId' in outcome ? outcome.caseId : null;
        await messageRepo.releaseQuarantine(trx, id, now(), caseId);
        return outcome;
      });
    },

    /** Stores one raw message; never throws for bad input (it goes to quarantine), only for database failures. */
    async ingest(raw: Buffer, opts: { mailboxId?: string | null; recipients?: string[]; envelopeFrom?: string | null }): Promise<IngestOutcome> {
      let mailbox = opts.mailboxId ? await configRepo.mailbox(db, opts.mailboxId) : undefined;
      for (const r of opts.recipients ?? []) mailbox ??= await configRepo.mailboxByAddress(db, r.toLowerCase());
      const settings = await configRepo.settings(db);
      const parsed = await parseInbound(raw, { envelopeFrom: opts.envelopeFrom, maxAttachmentBytes: settings?.maxAttachmentBytes });
      const envelopeFrom = opts.envelopeFrom ?? null;
      if (!parsed.ok) return db.transaction().execute((trx) => quarantine(trx, raw, parsed.reason, mailbox?.id ?? null, envelopeFrom, ''));
      const mail = parsed.mail;
      try {
        return await db.transaction().execute((trx) => place(trx, raw, mail, mailbox, envelopeFrom, settings));
      } catch (err) {
        // Another instance may have stored the same message a moment ago (unique Message-ID).
        const twin = await messageRepo.findByMessageId(db, mail.messageId);
        if (twin) return { kind: 'duplicate', caseId: twin.caseId };
        deps.log.error({ err, messageId: mail.messageId }, 'inbound mail could not be placed; quarantined');
        const reason = `ingest_failed: ${err instanceof Error ? err.message.slice(0, 200) : 'unknown'}`;
        return db.transaction().execute((trx) => quarantine(trx, raw, reason, mailbox?.id ?? null, envelopeFrom, mail.subject));
      }
    },
  };
}

export type InboundService = ReturnType<typeof createInboundService>;
