import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { Kysely } from 'kysely';
import type { Clock } from '../../kernel/clock.js';
import type { Actor } from '../../kernel/context.js';
import { CsvError, type CsvRecord, detectEncoding, readCsv } from '../../kernel/csv-read.js';
import { csvRow } from '../../kernel/csv.js';
import type { DbExecutor } from '../../kernel/db/types.js';
import { AppError, found } from '../../kernel/errors.js';
import { newId } from '../../kernel/ids.js';
import { COLUMNS, type ImportKind, mapHeader } from './import.columns.js';
import { importRepo, type ImportRow, type RejectionRow } from './import.repo.js';
import { type Parsed, parseCustomerRow, parseInstalledRow, parseSalesRow } from './import.rows.js';
import type { ImportsTables } from './import.table.js';
import { type Outcome, type Upserters, upsertCustomers, upsertInstalled, upsertSales } from './import.upsert.js';

const BATCH = 500;
/** Rejections kept per import; the count goes on beyond it. */
const MAX_STORED_REJECTIONS = 100_000;

export interface RunImportOptions {
  kind: ImportKind;
  path: string;
  fileName: string;
  dryRun: boolean;
  mode: 'best-effort' | 'all-or-nothing';
  actor: Actor;
  onProgress?: (bytesRead: number, totalBytes: number, rows: number) => void;
}

class Rollback extends Error {}

const PARSERS: Record<ImportKind, (get: (f: string) => string) => Parsed<never>> = {
  customers: parseCustomerRow as never,
  'installed-products': parseInstalledRow as never,
  sales: parseSalesRow as never,
};

const UPSERT: Record<ImportKind, (trx: DbExecutor<unknown>, u: Upserters, rows: { line: number; value: never }[]) => Promise<Outcome[]>> = {
  customers: upsertCustomers,
  'installed-products': upsertInstalled,
  sales: upsertSales,
};

export type ImportService = ReturnType<typeof createImportService>;

/**
 * CSV imports of customers, installed products and sales lines: streamed from a file on disk, validated row by
 * row, upserted by external id in batches. Best-effort commits every valid row; all-or-nothing commits only when
 * every row is valid; a dry run does all the work and rolls it back, so its report is exactly what would happen.
 */
export function createImportService(deps: { db: Kysely<ImportsTables>; clock: Clock; upserters: Upserters }) {
  const { db, clock } = deps;

  type WithTx = (fn: (trx: DbExecutor<unknown>) => Promise<Outcome[]>) => Promise<Outcome[]>;

  async function process(withTx: WithTx, o: RunImportOptions, counts: Counts, rejections: RejectionRow[], id: string, records: AsyncGenerator<CsvRecord>) {
    const header = await records.next();
    if (header.done) throw new AppError('validation', { subcode: 'import.empty_file', detail: 'The file is empty.' });
    const columns = mapHeader(o.kind, header.value.fields);
    const required = COLUMNS[o.kind].filter((c) => c.required).map((c) => c.field);
    const seen = new Map<string, number>();
    let batch: { line: number; value: never; raw: string[] }[] = [];
    const reject = (line: number, reason: string, raw: string[]) => {
      counts.rejected++;
      if (rejections.length < MAX_STORED_REJECTIONS) rejections.push({ importId: id, line, reason, raw: csvRow(raw).trimEnd() });
    };
    const flush = async () => {
      const current = batch;
      const outcomes = await withTx((trx) => UPSERT[o.kind](trx, deps.upserters, current));
      outcomes.forEach((out, i) => {
        if (typeof out === 'object') reject(batch[i].line, out.rejected, batch[i].raw);
        else counts[out]++;
      });
      batch = [];
    };
    for await (const rec of records) {
      counts.rowsRead++;
      const get = (f: string) => {
        const i = columns.get(f);
        return i === undefined ? '' : (rec.fields[i] ?? '');
      };
      const empty = required.find((f) => get(f).trim() === '');
      if (empty) {
        reject(rec.line, `${empty}: required`, rec.fields);
        continue;
      }
      const ext = get('externalId').trim();
      const first = seen.get(ext);
      if (first !== undefined) {
        reject(rec.line, `externalId: ${ext} already appeared on line ${first}`, rec.fields);
        continue;
      }
      seen.set(ext, rec.line);
      const parsed = PARSERS[o.kind](get);
      if (!parsed.ok) reject(rec.line, parsed.reason, rec.fields);
      else batch.push({ line: rec.line, value: parsed.value, raw: rec.fields });
      if (batch.length >= BATCH) await flush();
    }
    if (batch.length) await flush();
  }

  return {
    async runImport(o: RunImportOptions) {
      const size = (await stat(o.path)).size;
      if (size === 0) throw new AppError('validation', { subcode: 'import.empty_file', detail: 'The file is empty.' });
      const encoding = await detectEncoding(o.path);
      const id = newId();
      const started = clock.now().toISOString();
      const principal = o.actor.principal;
      const row: ImportRow = {
        id,
        kind: o.kind,
        fileName: o.fileName.slice(0, 200),
        mode: o.mode,
        dryRun: o.dryRun,
        status: 'running',
        encoding,
        delimiter: null,
        rowsRead: 0,
        created: 0,
        updated: 0,
        unchanged: 0,
        rejected: 0,
        error: null,
        startedBy: principal && principal.kind !== 'customer' ? principal.userId || null : null,
        startedAt: started,
        finishedAt: null,
      };
      await importRepo.insert(db, row);
      const counts: Counts = { rowsRead: 0, created: 0, updated: 0, unchanged: 0, rejected: 0 };
      const rejections: RejectionRow[] = [];
      const stream = createReadStream(o.path, { highWaterMark: 256 * 1024 });
      // Count bytes as the reader pulls them; a 'data' listener would start the flow before anyone reads.
      const counted = async function* () {
        let bytes = 0;
        for await (const chunk of stream) {
          bytes += (chunk as Buffer).length;
          o.onProgress?.(bytes, size, counts.rowsRead);
          yield chunk as Buffer;
        }
      };
      const records = readCsv(counted(), { encoding });
      let status = o.dryRun ? 'dry_run' : 'completed';
      let error: string | null = null;
      try {
        if (o.mode === 'best-effort' && !o.dryRun) {
          // Every batch in its own short transaction: valid rows land even when others are rejected.
          await process((fn) => db.transaction().execute((trx) => fn(trx as DbExecutor<unknown>)), o, counts, rejections, id, records);
        } else {
          await db
            .transaction()
            .execute(async (trx) => {
              await process((fn) => fn(trx as DbExecutor<unknown>), o, counts, rejections, id, records);
              if (o.dryRun || counts.rejected > 0) throw new Rollback();
            })
            .catch((e) => {
              if (!(e instanceof Rollback)) throw e;
            });
          if (!o.dryRun && counts.rejected > 0) status = 'rejected';
        }
      } catch (e) {
        stream.destroy();
        if (e instanceof AppError) {
          await importRepo.finish(db, id, { status: 'failed', error: e.detail ?? e.code, finishedAt: clock.now().toISOString() });
          throw e;
        }
        if (e instanceof CsvError) {
          await importRepo.finish(db, id, { status: 'failed', error: `line ${e.line}: ${e.message}`, finishedAt: clock.now().toISOString() });
          throw new AppError('validation', { subcode: 'import.unreadable', detail: `The file cannot be read as CSV (line ${e.line}: ${e.message}). Nothing was imported.` });
        }
        status = 'failed';
        error = e instanceof Error ? e.message : String(e);
      }
      if (o.mode === 'all-or-nothing' && status !== 'completed' && !o.dryRun) Object.assign(counts, { created: 0, updated: 0 });
      await db.transaction().execute(async (trx) => {
        await importRepo.insertRejections(trx, rejections);
        await importRepo.finish(trx, id, { ...counts, status, error, finishedAt: clock.now().toISOString() });
      });
      return this.getImport(id);
    },

    async getImport(id: string) {
      const row = found(await importRepo.findById(db, id), 'Import');
      const rejections = await importRepo.rejectionsOf(db, id, 100);
      return {
        ...row,
        status: row.status as ImportStatus,
        dryRun: Boolean(row.dryRun),
        skipped: row.unchanged,
        rejections: rejections.map((r) => ({ line: r.line, reason: r.reason })),
        reportUrl: `/api/v1/imports/${id}/rejections.csv`,
      };
    },

    listImports: async () =>
      (await importRepo.findRecent(db, 50)).map((r) => ({ ...r, status: r.status as ImportStatus, dryRun: Boolean(r.dryRun), skipped: r.unchanged })),

    async *rejectionsCsv(id: string): AsyncGenerator<string> {
      found(await importRepo.findById(db, id), 'Import');
      yield csvRow(['line', 'reason', 'row']);
      for (const r of await importRepo.rejectionsOf(db, id, MAX_STORED_REJECTIONS)) yield csvRow([r.line, r.reason, r.raw]);
    },
  };
}

export type ImportStatus = 'running' | 'completed' | 'dry_run' | 'rejected' | 'failed';

interface Counts {
  rowsRead: number;
  created: number;
  updated: number;
  unchanged: number;
  rejected: number;
}
