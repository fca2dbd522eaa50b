import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../../kernel/errors.js';
import { safeFilename } from '../email/index.js';

/** `attachment; filename=…` with an ASCII fallback and the exact UTF-8 name (RFC 6266). */
export function attachmentDisposition(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

/** The one file of a multipart upload (field `file`), read up to `max` bytes, with a safe display name. */
export async function readUpload(req: FastifyRequest, max: number): Promise<{ filename: string; contentType: string; content: Buffer }> {
  if (!req.isMultipart()) throw new AppError('unsupported_media_type', { detail: 'Upload the file as multipart/form-data (field "file").' });
  const file = await req.file({ limits: { fileSize: max, files: 1 } });
  if (!file) throw new AppError('validation', { detail: 'The upload contains no file.' });
  const content = await file.toBuffer().catch((err) => {
    if (file.file.truncated || (err as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE')
      throw new AppError('payload_too_large', { detail: `Attachments may be at most ${Math.round(max / 1048576)} MB.` });
    throw err;
  });
  return { filename: safeFilename(file.filename, file.mimetype), contentType: file.mimetype || 'application/octet-stream', content };
}

/**
 * Sends a stored file as a download, never as a page: a generic type unless told otherwise, no sniffing, and a
 * sandbox policy in case a browser renders it anyway.
 */
export function sendFile(reply: FastifyReply, f: { filename: string; content: Buffer }, type = 'application/octet-stream'): FastifyReply {
  return reply
    .type(type)
    .header('content-disposition', attachmentDisposition(f.filename))
    .header('x-content-type-options', 'nosniff')
    .header('content-security-policy', "default-src 'none'; sandbox")
    .send(f.content);
}
