import { Readable } from 'node:stream';
import type { FastifyReply } from 'fastify';

/**
 * RFC 4180 CSV that spreadsheets cannot turn into formulas: a cell starting with `= + - @`, tab or carriage
 * return gets a leading apostrophe, so Excel and LibreOffice show it as text instead of evaluating it.
 */
export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  let s = typeof value === 'string' ? value : typeof value === 'object' ? JSON.stringify(value) : String(value);
  if (/^[=+\-@\t\r\0]/.test(s)) s = `'${s}`;
  return /[",\r\n;]/.test(s) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvRow(values: readonly unknown[]): string {
  return `${values.map(csvCell).join(',')}\r\n`;
}

/**
 * Sends streamed CSV rows as a download. The first row is produced before any header is sent, so a failure
 * there (an unknown id, a refused filter) still becomes a proper problem response instead of a broken file.
 */
export async function sendCsv(reply: FastifyReply, fileName: string, rows: AsyncGenerator<string>): Promise<FastifyReply> {
  const first = await rows.next();
  return reply
    .type('text/csv; charset=utf-8')
    .header('content-disposition', `attachment; filename="${fileName.replace(/[^\w.-]/g, '_')}"`)
    .send(
      Readable.from(
        (async function* () {
          if (!first.done) yield first.value;
          yield* rows;
        })(),
      ),
    );
}
