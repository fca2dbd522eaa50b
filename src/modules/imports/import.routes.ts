import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import multipart from '@fastify/multipart';
import { actorOf } from '../../kernel/context.js';
import { sendCsv } from '../../kernel/csv.js';
import { AppError } from '../../kernel/errors.js';
import type { App } from '../../kernel/http/build-app.js';
import { ImportKindParams, ImportList, ImportParams, ImportQuery, ImportReport } from './import.schema.js';
import type { ImportService } from './import.service.js';

/** Largest file an upload may carry; bigger uploads are refused before anything is read into the database. */
export const MAX_IMPORT_BYTES = 200 * 1024 * 1024;
const access = { roles: ['admin', 'manager'] as const, scope: 'imports' };

export async function importRoutes(app: App, imports: ImportService, maxBytes = MAX_IMPORT_BYTES): Promise<void> {
  await app.register(multipart, { limits: { fileSize: maxBytes, files: 1, fields: 5 } });
  const tags = ['imports'];

  app.post(
    '/api/v1/imports/:kind',
    { config: { access }, schema: { tags, params: ImportKindParams, querystring: ImportQuery, consumes: ['multipart/form-data'], response: { 200: ImportReport } } },
    async (req) => {
      if (!req.isMultipart()) throw new AppError('unsupported_media_type', { detail: 'Upload the CSV file as multipart/form-data (field "file").' });
      const file = await req.file();
      if (!file) throw new AppError('validation', { subcode: 'import.no_file', detail: 'The upload contains no file.' });
      const dir = await mkdtemp(join(tmpdir(), 'loyaal-import-'));
      try {
        const path = join(dir, 'upload.csv');
        await pipeline(file.file, createWriteStream(path));
        if (file.file.truncated)
          throw new AppError('payload_too_large', { detail: `The file is larger than ${Math.round(maxBytes / 1024 / 1024)} MB. Nothing was imported; split it into parts.` });
        return await imports.runImport({ kind: req.params.kind, path, fileName: file.filename, dryRun: req.query.dryRun, mode: req.query.mode, actor: actorOf(req) });
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
  );
  app.get('/api/v1/imports', { config: { access }, schema: { tags, response: { 200: ImportList } } }, async () => ({ items: await imports.listImports() }));
  app.get('/api/v1/imports/:id', { config: { access }, schema: { tags, params: ImportParams, response: { 200: ImportReport } } }, async (req) =>
    imports.getImport(req.params.id),
  );
  app.get('/api/v1/imports/:id/rejections.csv', { config: { access }, schema: { tags, params: ImportParams } }, async (req, reply) =>
    sendCsv(reply, 'importrapport.csv', imports.rejectionsCsv(req.params.id)),
  );
}
