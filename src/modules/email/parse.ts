import { createHash } from 'node:crypto';
import type { AddressObject } from 'mailparser';
import { type MailAddress, mailAddresses } from './addresses.js';
import { collectAttachments, type DroppedAttachment, type InboundAttachment } from './attachments.js';
import { cleanBody, cleanLine, truncateCodePoints } from './clean.js';
import { type BounceInfo, detectBounce } from './dsn.js';
import { firstHeader, headerValues, rawHeadersFromLines } from './headers.js';
import { htmlToText } from './html-text.js';
import { detectAutoReply } from './loop-guard.js';
import { parseMailDate } from './mail-date.js';
import { readMime } from './mime-read.js';
import { hasBareCrInHeaders, unreadMultipartBody } from './raw-message.js';
import { sanitizeHtml } from './sanitize.js';
import { messageIdList, normaliseMessageId } from './threading.js';

export type { BounceInfo, DroppedAttachment, InboundAttachment, MailAddress };

/** An inbound mail reduced to what the mail channel needs, every field cleaned for storage and display. */
export interface InboundMail {
  /** Without angle brackets; when missing, `generated.<sha256 of the raw bytes>@loyaal.invalid`. */
  messageId: string;
  inReplyTo: string[];
  references: string[];
  from: MailAddress | null;
  replyTo: MailAddress | null;
  to: MailAddress[];
  cc: MailAddress[];
  /** Decoded, without control, zero-width or bidi characters, at most 500 characters. */
  subject: string;
  /** The plain-text body, or text derived from the HTML; at most 1 MB. */
  text: string;
  /** Sanitised HTML (see `sanitizeHtml`); `cid:` images still point at attachments by Content-ID. */
  html: string | null;
  date: Date | null;
  attachments: InboundAttachment[];
  /** Why this is an automatic message that must not open a case or get an acknowledgement, else null. */
  autoReply: string | null;
  /** Set when the mail is a delivery status notification; `autoReply` is then set too. */
  bounce: BounceInfo | null;
  rawSize: number;
}

/** The parsed mail, or why it has to go to quarantine (the raw message is kept there, never lost). */
export type ParseResult =
  | { ok: true; mail: InboundMail; droppedAttachments: DroppedAttachment[] }
  | { ok: false; reason: string; detail?: string };

/** Limits and envelope data for `parseInbound`. */
export interface ParseOptions {
  /** The SMTP return path; `null` is the empty path `<>`, `undefined` means it is not known. */
  envelopeFrom?: string | null;
  maxBytes?: number;
  maxAttachmentBytes?: number;
  maxAttachments?: number;
  /** How long mailparser may take before the message is quarantined. */
  timeoutMs?: number;
}

const MB = 1_048_576;
/** Longest subject kept, in characters. */
export const MAX_SUBJECT_LENGTH = 500;
/** Largest plain-text body kept, in UTF-8 bytes; longer bodies end in `TRUNCATION_MARKER`. */
export const MAX_TEXT_BYTES = MB;
/** HTML beyond this is cut before sanitising; a mail body this large is almost always generated junk. */
const MAX_HTML_INPUT = 2 * MB;

/**
 * Parses a raw RFC 5322 message into an `InboundMail`. Never throws: broken, hostile or oversized input
 * yields `{ ok: false, reason }` (`empty`, `too_large`, `headers_too_large`, `too_many_parts`, `timeout`,
 * `unparseable`, `no_sender`) so that the caller can quarantine it.
 */
export async function parseInbound(raw: Buffer, opts: ParseOptions = {}): Promise<ParseResult> {
  try {
    return await parse(raw, opts);
  } catch (err) {
    return { ok: false, reason: 'unparseable', detail: err instanceof Error ? err.message : String(err) };
  }
}

async function parse(raw: Buffer, opts: ParseOptions): Promise<ParseResult> {
  if (!Buffer.isBuffer(raw)) return { ok: false, reason: 'unparseable', detail: 'input is not a Buffer' };
  if (raw.length === 0 || (raw.length <= 4096 && raw.toString('latin1').trim() === '')) return { ok: false, reason: 'empty' };
  const maxBytes = opts.maxBytes ?? 25 * MB;
  if (raw.length > maxBytes) return { ok: false, reason: 'too_large', detail: `${raw.length} bytes, limit ${maxBytes}` };

  // A bare CR inside the header section is read differently by different software (the trick behind SMTP
  // smuggling); mailparser would fold the following "headers" into the previous value.
  if (hasBareCrInHeaders(raw)) return { ok: false, reason: 'unparseable', detail: 'bare CR in the header section' };
  const read = await readMime(raw, opts.timeoutMs ?? 15_000);
  if (!read.ok) return { ok: false, reason: read.reason, detail: read.detail };
  const p = read.parsed;
  const headers = rawHeadersFromLines(p.headerLines);
  if (headers.size === 0) return { ok: false, reason: 'unparseable', detail: 'no header fields' };

  const sender = p.headers.get('sender') as AddressObject | undefined;
  const from = mailAddresses(p.from)[0] ?? mailAddresses(sender)[0] ?? null;
  const rawHtml = typeof p.html === 'string' && p.html.trim() ? truncateCodePoints(p.html, MAX_HTML_INPUT) : null;
  const plain = p.text?.trim() ? p.text : rawHtml ? htmlToText(rawHtml) : p.attachments.length ? '' : unreadMultipartBody(raw, firstHeader(headers, 'content-type'));
  const bounce = detectBounce({
    headers,
    text: plain,
    parts: p.attachments.map((a) => ({ contentType: a.contentType ?? '', content: a.content })),
    envelopeFrom: opts.envelopeFrom,
  });
  if (!from && !bounce) return { ok: false, reason: 'no_sender', detail: 'no usable From or Sender address' };

  const html = rawHtml ? sanitizeHtml(rawHtml) : '';
  const { attachments, dropped } = collectAttachments(p.attachments, {
    maxAttachmentBytes: opts.maxAttachmentBytes ?? 10 * MB,
    maxAttachments: opts.maxAttachments ?? 50,
  });
  const mail: InboundMail = {
    messageId: normaliseMessageId(firstHeader(headers, 'message-id')) ?? generatedMessageId(raw),
    inReplyTo: messageIdList(headerValues(headers, 'in-reply-to')),
    references: messageIdList(headerValues(headers, 'references')),
    from,
    replyTo: mailAddresses(p.replyTo)[0] ?? null,
    to: mailAddresses(p.to),
    cc: mailAddresses(p.cc),
    subject: cleanLine(p.subject, MAX_SUBJECT_LENGTH),
    text: cleanBody(plain, MAX_TEXT_BYTES),
    html: html.trim() ? html : null,
    date: parseMailDate(firstHeader(headers, 'date')),
    attachments,
    autoReply: detectAutoReply(headers, opts.envelopeFrom) ?? (bounce ? 'delivery-status-notification' : null),
    bounce,
    rawSize: raw.length,
  };
  return { ok: true, mail, droppedAttachments: dropped };
}

/** A stable id for a message without one, so a redelivery of the same bytes is recognised as a duplicate. */
export function generatedMessageId(raw: Buffer): string {
  return `generated.${createHash('sha256').update(raw).digest('hex').slice(0, 32)}@loyaal.invalid`;
}
