import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../../kernel/errors.js';

export const MAX_PHOTO_BYTES = 10 * 1024 * 1024;
export const MAX_SIGNATURE_BYTES = 200 * 1024;
const PNG_MAGIC = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** The image type by its first bytes (never by the name or the declared type), or null if it is none we accept. */
export function imageTypeOf(content: Buffer): { contentType: 'image/jpeg' | 'image/png' | 'image/webp'; ext: string } | null {
  if (content.length >= 8 && content.subarray(0, 8).equals(PNG_MAGIC)) return { contentType: 'image/png', ext: 'png' };
  if (content.length >= 3 && content[0] === 0xff && content[1] === 0xd8 && content[2] === 0xff) return { contentType: 'image/jpeg', ext: 'jpg' };
  if (content.length >= 12 && content.toString('latin1', 0, 4) === 'RIFF' && content.toString('latin1', 8, 12) === 'WEBP')
    return { contentType: 'image/webp', ext: 'webp' };
  return null;
}

/**
 * Checks a signature: a `data:image/png;base64,` URL whose bytes really are a PNG (signature and IHDR chunk) of at
 * most 200 KB. Returns the decoded size.
 */
export function validateSignature(dataUrl: string): number {
  const prefix = 'data:image/png;base64,';
  const fail = (detail: string) => new AppError('unprocessable', { subcode: 'repair.bad_signature', detail, errors: [{ path: 'signature', message: detail }] });
  if (!dataUrl.startsWith(prefix)) throw fail('The signature must be a PNG data URL (data:image/png;base64,…).');
  const b64 = dataUrl.slice(prefix.length);
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(b64) || b64.length % 4 !== 0) throw fail('The signature is not valid base64.');
  const bytes = Buffer.from(b64, 'base64');
  if (bytes.length > MAX_SIGNATURE_BYTES) throw fail('The signature may be at most 200 KB.');
  if (bytes.length < 33 || !bytes.subarray(0, 8).equals(PNG_MAGIC) || bytes.toString('latin1', 12, 16) !== 'IHDR') throw fail('The signature is not a PNG image.');
  return bytes.length;
}

/** The one image of a multipart upload (field `file`), at most 10 MB, of type JPEG, PNG or WebP. */
export async function readPhoto(req: FastifyRequest): Promise<{ filename: string; content: Buffer }> {
  if (!req.isMultipart()) throw new AppError('unsupported_media_type', { detail: 'Upload the photo as multipart/form-data (field "file").' });
  const file = await req.file({ limits: { fileSize: MAX_PHOTO_BYTES, files: 1 } });
  if (!file) throw new AppError('validation', { detail: 'The upload contains no file.' });
  const content = await file.toBuffer().catch((err) => {
    if (file.file.truncated || (err as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE')
      throw new AppError('payload_too_large', { detail: 'A photo may be at most 10 MB.' });
    throw err;
  });
  const filename = (file.filename || 'photo').replace(/[^\p{L}\p{N}._ -]/gu, '_').slice(0, 120) || 'photo';
  return { filename, content };
}

/** Serves a stored photo inline with its own image type; no sniffing, no scripts. */
export function sendPhoto(reply: FastifyReply, f: { filename: string; contentType: string; content: Buffer }): FastifyReply {
  const ascii = f.filename.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return reply
    .type(f.contentType)
    .header('content-disposition', `inline; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(f.filename)}`)
    .header('x-content-type-options', 'nosniff')
    .header('content-security-policy', "default-src 'none'; sandbox")
    .header('cache-control', 'private, max-age=3600')
    .send(f.content);
}
