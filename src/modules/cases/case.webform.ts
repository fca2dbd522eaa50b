import type { Kysely } from 'kysely';
import { z } from 'zod';
import { SYSTEM_ACTOR } from '../../kernel/context.js';
import type { App } from '../../kernel/http/build-app.js';
import { normalisePhone } from '../../kernel/dutch-parse.js';
import { htmlToText } from '../email/index.js';
import type { CaseCore, DB, Tx } from './case.core.js';
import type { ReplyService } from './case.reply.js';
import { acknowledgement, textToHtml } from './case.templates.js';
import { configRepo } from './config.repo.js';

export const WebFormBody = z.strictObject({
  name: z.string().trim().min(1).max(120),
  email: z.email().max(254).transform((e) => e.toLowerCase()),
  phone: z.string().trim().max(30).optional(),
  subject: z.string().trim().min(1).max(300),
  message: z.string().trim().min(1).max(20_000),
  locale: z.enum(['nl', 'en']).default('nl'),
  /** Left empty by people; bots fill every field. */
  website: z.string().max(500).optional(),
});
export type WebFormBody = z.infer<typeof WebFormBody>;

export interface WebFormDeps {
  db: Kysely<DB>;
  core: CaseCore;
  replies: ReplyService;
  portalUrl: string;
  findByContactEmail: (email: string, exec: Tx) => Promise<{ customerId: string; contactId: string; customerName: string; locale: string } | undefined>;
  createForSender: (trx: Tx, sender: { name: string; email: string; phone?: string | null; locale?: 'nl' | 'en' }) => Promise<{ customerId: string; contactId: string }>;
}

/** The public contact form: opens a case and acknowledges it by email. A filled honeypot is accepted and dropped. */
export function webFormRoutes(app: App, deps: WebFormDeps, perMinute: number): void {
  app.post(
    '/api/v1/public/contact',
    {
      config: { access: 'public', rateLimit: { max: perMinute, timeWindow: 60_000 } },
      schema: { tags: ['public'], body: WebFormBody, response: { 202: z.object({ received: z.literal(true) }) } },
    },
    async (req, reply) => {
      const body = req.body;
      if (body.website) return reply.status(202).send({ received: true });
      const text = htmlToText(body.message).trim() || body.message;
      await deps.db.transaction().execute(async (trx) => {
        const known = await deps.findByContactEmail(body.email, trx);
        const phone = body.phone ? normalisePhone(body.phone) : null;
        const sender = known ?? {
          ...(await deps.createForSender(trx, { name: body.name, email: body.email, phone, locale: body.locale })),
          customerName: body.name,
          locale: body.locale,
        };
        const { row } = await deps.core.open(trx, SYSTEM_ACTOR, {
          customerId: sender.customerId,
          contactId: sender.contactId,
          contactNeedsReview: !known,
          channel: 'web_form',
          subject: body.subject,
          locale: sender.locale,
          message: { direction: 'inbound', channel: 'web_form', authorId: null, authorLabel: `${body.name} <${body.email}>`, fromAddress: body.email, subject: body.subject, bodyText: text, delivery: 'none' },
        });
        const ack = acknowledgement(row.locale, { number: row.number, subject: row.subject, customerName: sender.customerName, portalUrl: deps.portalUrl });
        const settings = await configRepo.settings(trx);
        await deps.replies.queueOutbound(trx, row, { authorId: null, authorLabel: 'Loyaal', text: ack.text, html: textToHtml(ack.text), subject: ack.subject, quiet: true }, settings?.reopenDays ?? 14);
      });
      return reply.status(202).send({ received: true });
    },
  );
}
