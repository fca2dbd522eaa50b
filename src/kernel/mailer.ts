import nodemailer from 'nodemailer';
import type { Logger } from './logger.js';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html?: string;
  /** Defaults to the configured sender. */
  from?: string;
  cc?: string[];
  /** Without angle brackets; defaults to the idempotency key. */
  messageId?: string;
  inReplyTo?: string;
  references?: string[];
  headers?: Record<string, string>;
  attachments?: { filename: string; contentType: string; content: Buffer }[];
}

export interface Mailer {
  /** False when mail is only written to the log (no SMTP server configured). */
  readonly configured: boolean;
  send(mail: OutgoingMail, idempotencyKey: string): Promise<void>;
}

export interface SmtpSettings {
  host: string;
  port: number;
  secure: boolean;
  user?: string;
  password?: string;
}

/**
 * Sends through SMTP, or, with no SMTP configured, writes the mail to the log so that an operator can still
 * pass on a password-reset link. The idempotency key becomes the Message-ID, so a retried send is recognisable.
 */
export function createMailer(smtp: SmtpSettings | undefined, from: string, log: Logger): Mailer {
  if (!smtp) {
    return {
      configured: false,
      async send(mail, key) {
        log.warn({ to: mail.to, subject: mail.subject, text: mail.text, messageKey: key }, 'no SMTP configured; mail written to the log');
      },
    };
  }
  const transport = nodemailer.createTransport({
    host: smtp.host,
    port: smtp.port,
    secure: smtp.secure,
    auth: smtp.user ? { user: smtp.user, pass: smtp.password ?? '' } : undefined,
  });
  const domain = from.match(/@([^>\s]+)/)?.[1] ?? 'loyaal.local';
  return {
    configured: true,
    async send(mail, key) {
      await transport.sendMail({
        from: mail.from ?? from,
        to: mail.to,
        cc: mail.cc,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        messageId: `<${mail.messageId ?? `${key}@${domain}`}>`,
        inReplyTo: mail.inReplyTo ? `<${mail.inReplyTo}>` : undefined,
        references: mail.references?.map((r) => `<${r}>`),
        headers: mail.headers,
        attachments: mail.attachments,
      });
    },
  };
}

declare module './events/bus.js' {
  interface EventMap {
    /** An email to send after commit; delivered by the mailer with the event id as idempotency key. */
    'mail.send': OutgoingMail;
  }
}
