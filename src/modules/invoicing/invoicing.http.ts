import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../../kernel/errors.js';

/** Sends a generated document as a download (RFC 6266 name with an ASCII fallback), never sniffed as a page. */
export function sendDocument(reply: FastifyReply, f: { filename: string; content: Buffer | string }, type: string): FastifyReply {
  const ascii = f.filename.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return reply
    .type(type)
    .header('content-disposition', `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(f.filename)}`)
    .header('x-content-type-options', 'nosniff')
    .send(f.content);
}

/** The one file of a multipart upload (field `file`), up to `max` bytes. */
export async function readFileUpload(req: FastifyRequest, max: number): Promise<{ filename: string; content: Buffer }> {
  if (!req.isMultipart()) throw new AppError('unsupported_media_type', { detail: 'Upload the statement as multipart/form-data (field "file").' });
  const file = await req.file({ limits: { fileSize: max, files: 1 } });
  if (!file) throw new AppError('validation', { detail: 'The upload contains no file.' });
  const content = await file.toBuffer().catch((err) => {
    if (file.file.truncated || (err as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE')
      throw new AppError('payload_too_large', { detail: `A statement may be at most ${Math.round(max / 1048576)} MB.` });
    throw err;
  });
  return { filename: (file.filename || 'statement.xml').slice(0, 200), content };
}
