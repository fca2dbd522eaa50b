import type { Kysely } from 'kysely';
import type { Clock } from '../../kernel/clock.js';
import type { EventBus, EventMeta } from '../../kernel/events/bus.js';
import type { Logger } from '../../kernel/logger.js';
import type { Mailer } from '../../kernel/mailer.js';
import type { DB } from './case.core.js';
import { caseRepo } from './case.repo.js';
import { configRepo } from './config.repo.js';
import { messageRepo } from './message.repo.js';

const GIVE_UP_AFTER = 8;

/** The domain part of a sender like `Desk <service@example.nl>`, for Message-IDs. */
export function mailDomain(from: string): string {
  return from.match(/@([^>\s]+)/)?.[1]?.toLowerCase() ?? 'loyaal.invalid';
}

/**
 * Sends outbound case messages queued with `case.mail`, after commit, with the threading headers of the case.
 * A failure is recorded on the message and retried by the bus with back-off; after the last attempt the message
 * is marked failed so the agent sees it.
 */
export function registerOutboundMail(deps: { db: Kysely<DB>; bus: EventBus; mailer: Mailer; mailFrom: string; clock: Clock; log: Logger }) {
  const { db, mailer } = deps;
  deps.bus.on('case.mail', async ({ messageId }, meta: EventMeta) => {
    const msg = await messageRepo.findById(db, messageId);
    if (!msg || msg.delivery === 'sent') return;
    const row = await caseRepo.findById(db, msg.caseId);
    if (!row) return;
    const mailbox = row.mailboxId ? await configRepo.mailbox(db, row.mailboxId) : undefined;
    const attachments = await messageRepo.attachmentsOfMessage(db, msg.id);
    const files = [];
    for (const a of attachments) {
      const blob = await messageRepo.findBlob(db, a.blobId);
      if (blob) files.push({ filename: a.filename, contentType: a.contentType, content: Buffer.from(blob.content) });
    }
    const [to, ...cc] = JSON.parse(msg.toAddresses) as string[];
    if (!to) return messageRepo.setDelivery(db, msg.id, 'failed', 'no recipient address');
    if (!mailer.configured) return messageRepo.setDelivery(db, msg.id, 'failed', 'no SMTP server configured');
    try {
      await mailer.send(
        {
          from: mailbox ? `"${mailbox.name.replace(/"/g, '')}" <${mailbox.address}>` : deps.mailFrom,
          to,
          cc: [...cc, ...(JSON.parse(msg.ccAddresses) as string[])],
          subject: msg.subject,
          text: msg.bodyText,
          html: msg.bodyHtml ?? undefined,
          messageId: msg.messageId ?? undefined,
          inReplyTo: msg.inReplyTo ?? undefined,
          references: JSON.parse(msg.references),
          headers: msg.authorId === null ? { 'Auto-Submitted': 'auto-replied', 'X-Loyaal-Case': row.number } : { 'X-Loyaal-Case': row.number },
          attachments: files,
        },
        meta.eventId,
      );
      await messageRepo.setDelivery(db, msg.id, 'sent', null);
    } catch (err) {
      const error = err instanceof Error ? err.message.slice(0, 500) : String(err);
      await messageRepo.setDelivery(db, msg.id, meta.attempt >= GIVE_UP_AFTER ? 'failed' : 'queued', error);
      throw err;
    }
  });
}
