import type { Attachment } from 'mailparser';
import { safeFilename } from './filename.js';
import { normaliseMessageId } from './threading.js';

/** An attachment of an inbound mail, with a name that is safe to show and store. */
export interface InboundAttachment {
  /** Safe display name, see `safeFilename`. */
  filename: string;
  contentType: string;
  size: number;
  content: Buffer;
  /** Content-ID without angle brackets, to resolve `cid:` images in the HTML. */
  contentId: string | null;
  inline: boolean;
}

/** An attachment left out because of the size or count limits. */
export interface DroppedAttachment {
  filename: string;
  size: number;
  reason: 'too_large' | 'too_many';
}

/** The attachment limits of one message. */
export interface AttachmentLimits {
  maxAttachmentBytes: number;
  maxAttachments: number;
}

const CONTENT_TYPE = /^[a-z0-9][a-z0-9!#$&^_.+-]{0,126}\/[a-z0-9][a-z0-9!#$&^_.+-]{0,126}$/;

/** A lower-case `type/subtype`, or `application/octet-stream` when the declared one is not a valid one. */
export function cleanContentType(value: string | undefined): string {
  const t = (value ?? '').split(';')[0].trim().toLowerCase();
  return CONTENT_TYPE.test(t) ? t : 'application/octet-stream';
}

/** Maps mailparser attachments to inbound attachments, setting aside those over the size or count limits. */
export function collectAttachments(
  list: readonly Attachment[],
  limits: AttachmentLimits,
): { attachments: InboundAttachment[]; dropped: DroppedAttachment[] } {
  const attachments: InboundAttachment[] = [];
  const dropped: DroppedAttachment[] = [];
  for (const a of list) {
    const contentType = cleanContentType(a.contentType);
    const content = Buffer.isBuffer(a.content) ? a.content : Buffer.alloc(0);
    const filename = safeFilename(a.filename, contentType);
    const size = content.length;
    if (size > limits.maxAttachmentBytes) {
      dropped.push({ filename, size, reason: 'too_large' });
    } else if (attachments.length >= limits.maxAttachments) {
      dropped.push({ filename, size, reason: 'too_many' });
    } else {
      const contentId = a.cid ? normaliseMessageId(a.cid) : a.contentId ? normaliseMessageId(a.contentId) : null;
      const inline = a.contentDisposition?.toLowerCase() === 'inline' || a.related === true;
      attachments.push({ filename, contentType, size, content, contentId, inline });
    }
  }
  return { attachments, dropped };
}
