import { z } from 'zod';
import { IMPORT_KINDS } from './import.columns.js';

export const ImportKindParams = z.strictObject({ kind: z.enum(IMPORT_KINDS) });
export const ImportParams = z.strictObject({ id: z.uuid() });
export const ImportQuery = z.strictObject({
  dryRun: z.enum(['true', 'false']).default('false').transform((v) => v === 'true'),
  mode: z.enum(['best-effort', 'all-or-nothing']).default('best-effort'),
});

const base = {
  id: z.string(),
  kind: z.string(),
  fileName: z.string(),
  mode: z.string(),
  dryRun: z.boolean(),
  status: z.enum(['running', 'completed', 'dry_run', 'rejected', 'failed']),
  encoding: z.string().nullable(),
  rowsRead: z.number().int(),
  created: z.number().int(),
  updated: z.number().int(),
  skipped: z.number().int().describe('Rows equal to what was stored already'),
  rejected: z.number().int(),
  error: z.string().nullable(),
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
};
export const ImportSummary = z.object(base);
export const ImportReport = z.object({
  ...base,
  rejections: z.array(z.object({ line: z.number().int(), reason: z.string() })).describe('The first 100; all are in reportUrl'),
  reportUrl: z.string(),
});
export const ImportList = z.object({ items: z.array(ImportSummary) });
