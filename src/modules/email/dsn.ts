import { cleanLine } from './clean.js';
import { firstHeader, type HeaderSource, headerValues, rawHeadersFromText } from './headers.js';
import { daemonLocalPart } from './loop-guard.js';
import { messageIdList, normaliseMessageId } from './threading.js';

/** What a delivery status notification says about the message it reports on. */
export interface BounceInfo {
  /** Message-ID of the message that could not be delivered, so the sent message can be marked. */
  originalMessageId: string | null;
  recipients: string[];
  /** Enhanced status code such as `5.1.1`. */
  status: string | null;
  diagnostic: string | null;
  /** RFC 3464 action: `failed`, `delayed`, `delivered`, `relayed` or `expanded`. */
  action: string | null;
}

/** The parts of a parsed message that bounce detection looks at. */
export interface BounceSource {
  headers: HeaderSource;
  /** The plain-text body. */
  text: string;
  /** Every non-text part of the message with its decoded content (attachments before any size limits). */
  parts: ReadonlyArray<{ contentType: string; content: Buffer }>;
  envelopeFrom?: string | null;
}

const STATUS_TYPES = ['message/delivery-status', 'message/global-delivery-status'];
const ORIGINAL_TYPES = ['message/rfc822', 'message/global', 'text/rfc822-headers', 'message/global-headers'];
const BOUNCE_SUBJECT =
  /^\s*(undeliver(ed|able)\b|returned mail\b|delivery status notification|mail delivery (failed|failure|system)|delivery (failure|failed|has failed|notification)|failure notice|message not delivered|non[- ]?delivery|warning: could not send|unzustellbar|onbestelbaar|niet bezorgd|non remis)/i;
const ENHANCED_STATUS = /\b([245]\.\d{1,3}\.\d{1,3})\b/;
const SCAN_LIMIT = 65_536;
const MAX_RECIPIENTS = 50;

/**
 * Recognises a bounce: an RFC 3464 `multipart/report; report-type=delivery-status`, or one of the common
 * non-standard ones (a MAILER-DAEMON or empty-return-path message with a bounce subject or the original
 * attached, `X-Failed-Recipients`, Exchange's NDR marker). Returns what it reports, or null.
 */
export function detectBounce(src: BounceSource): BounceInfo | null {
  const contentType = firstHeader(src.headers, 'content-type').toLowerCase();
  const reportType = /report-type\s*=\s*"?([\w-]+)/.exec(contentType)?.[1] ?? '';
  const isReport = /^\s*multipart\/report\b/.test(contentType);
  // Read receipts and abuse reports are reports too, but not about a failed delivery.
  if (isReport && reportType && !reportType.endsWith('delivery-status')) return null;

  const statusPart = src.parts.find((p) => STATUS_TYPES.includes(baseType(p.contentType)));
  const originalPart = src.parts.find((p) => ORIGINAL_TYPES.includes(baseType(p.contentType)));
  const failedHeader = headerValues(src.headers, 'x-failed-recipients');
  const isNdr = headerValues(src.headers, 'x-ms-exchange-message-is-ndr').length > 0;
  const fromDaemon = daemonLocalPart(firstHeader(src.headers, 'from')) !== null;
  const nullSender =
    src.envelopeFrom === null || headerValues(src.headers, 'return-path').some((v) => /^<\s*>$/.test(v.trim()));
  const bounceSubject = BOUNCE_SUBJECT.test(firstHeader(src.headers, 'subject'));

  const isBounce =
    (isReport && reportType !== '') ||
    statusPart !== undefined ||
    isNdr ||
    failedHeader.length > 0 ||
    ((fromDaemon || nullSender) && (bounceSubject || originalPart !== undefined));
  if (!isBounce) return null;

  const report = statusPart ? parseDeliveryStatus(statusPart.content.toString('utf8')) : null;
  const text = src.text.slice(0, SCAN_LIMIT);
  const status = report?.status ?? ENHANCED_STATUS.exec(text)?.[1] ?? null;
  return {
    originalMessageId: originalMessageId(originalPart?.content, src.headers, text, report?.originalMessageId ?? null),
    recipients: pickRecipients(report?.recipients ?? [], failedHeader, text),
    status,
    diagnostic: report?.diagnostic ?? diagnosticFromText(text),
    action: report?.action ?? (status?.startsWith('5') ? 'failed' : status?.startsWith('4') ? 'delayed' : null),
  };
}

/** Reads an RFC 3464 `message/delivery-status` body; the first failed recipient supplies status and diagnostic. */
export function parseDeliveryStatus(body: string): BounceInfo {
  const blocks = body.slice(0, 1_000_000).replace(/\r\n?/g, '\n').split(/\n[ \t]*\n/).map(rawHeadersFromText);
  const perMessage = blocks[0];
  const perRecipient = blocks.filter((b) => b.has('final-recipient') || b.has('original-recipient'));
  const recipients = perRecipient
    .map((b) => cleanAddress(afterType(firstHeader(b, 'final-recipient') || firstHeader(b, 'original-recipient'))))
    .filter((a): a is string => a !== null);
  const primary = perRecipient.find((b) => /^failed/i.test(firstHeader(b, 'action'))) ?? perRecipient[0];
  const diagnostic = primary ? cleanLine(afterType(firstHeader(primary, 'diagnostic-code')), 500) : '';
  const action = primary ? firstHeader(primary, 'action').split(/[\s;(]/)[0].toLowerCase() : '';
  return {
    originalMessageId: normaliseMessageId(firstHeader(perMessage, 'x-original-message-id')),
    recipients: [...new Set(recipients)].slice(0, MAX_RECIPIENTS),
    status: primary ? (ENHANCED_STATUS.exec(firstHeader(primary, 'status'))?.[1] ?? null) : null,
    diagnostic: diagnostic || null,
    action: action || null,
  };
}

function originalMessageId(original: Buffer | undefined, headers: HeaderSource, text: string, fromReport: string | null): string | null {
  if (original) {
    const id = normaliseMessageId(firstHeader(rawHeadersFromText(original.subarray(0, 1_000_000).toString('utf8')), 'message-id'));
    if (id) return id;
  }
  if (fromReport) return fromReport;
  // A bounce that quotes the original inline (qmail) or only mentions its id in the text.
  const quoted = /^[ \t>]*Message-ID:[ \t]*(<[^<>\s]+>)/im.exec(text);
  if (quoted) return normaliseMessageId(quoted[1]);
  return messageIdList(firstHeader(headers, 'in-reply-to'))[0] ?? messageIdList(firstHeader(headers, 'references')).at(-1) ?? null;
}

function pickRecipients(fromReport: string[], failedHeader: string[], text: string): string[] {
  if (fromReport.length) return fromReport;
  const fromHeader = failedHeader.flatMap((v) => v.split(/[,;\s]+/)).map(cleanAddress);
  const found = fromHeader.filter((a): a is string => a !== null);
  if (!found.length) {
    const patterns = [
      /^[ \t]*<([^<>\s@]+@[^<>\s]+)>:?/gm,
      /message to ([^\s<>]+@[^\s<>]+?)\s+(?:couldn't|could not|can't|cannot|wasn't)/gi,
      /delivered to ([^\s<>]+@[^\s<>]+?)\s+because/gi,
      /Final-Recipient:\s*rfc822;\s*<?([^\s<>]+@[^\s<>]+)>?/gi,
    ];
    for (const re of patterns) {
      for (const m of text.matchAll(re)) {
        const a = cleanAddress(m[1]);
        if (a) found.push(a);
      }
      if (found.length) break;
    }
  }
  return [...new Set(found)].slice(0, MAX_RECIPIENTS);
}

function diagnosticFromText(text: string): string | null {
  const line = /^.*\b[45]\d\d[ -](?:[245]\.\d{1,3}\.\d{1,3}\b)?.{3,}$/m.exec(text)?.[0];
  return line ? cleanLine(line, 500) || null : null;
}

const baseType = (t: string) => t.split(';')[0].trim().toLowerCase();

/** The value after an address or diagnostic type, e.g. `rfc822; a@b.nl` → `a@b.nl`. */
const afterType = (v: string) => (v.includes(';') ? v.slice(v.indexOf(';') + 1) : v).trim();

function cleanAddress(v: string | undefined): string | null {
  const a = (v ?? '').trim().replace(/^<|>$/g, '').replace(/[.,;:]+$/, '').toLowerCase();
  return /^[^\s@<>()]+@[^\s@<>()]+$/.test(a) && a.length <= 254 ? a : null;
}
