import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CsvError, type CsvRecord, decodeWindows1252, detectEncoding, type Encoding, readCsv, sniffDelimiter } from './csv-read.js';

type Chunk = Buffer | Uint8Array | string;
type Opts = { encoding: Encoding; delimiter?: ',' | ';' | '\t'; maxFieldBytes?: number };
const fromChunks = async function* (chunks: Chunk[]): AsyncGenerator<Chunk> { yield* chunks; };

/** Splits bytes into chunks of the given sizes (cycled), so boundaries fall at chosen offsets. */
function split(bytes: Uint8Array, sizes: number[]): Uint8Array[] {
  const out: Uint8Array[] = [];
  for (let at = 0, k = 0; at < bytes.length; k++) {
    const size = sizes[k % sizes.length];
    out.push(bytes.subarray(at, at + size));
    at += size;
  }
  return out;
}

async function read(chunks: Chunk[], opts: Opts, records: CsvRecord[] = []): Promise<CsvRecord[]> {
  for await (const record of readCsv(fromChunks(chunks), opts)) records.push(record);
  return records;
}

/** Reads until the CsvError that must come; `before` receives the records yielded before it. */
async function readError(chunks: Chunk[], opts: Opts, before: CsvRecord[] = []): Promise<CsvError> {
  const error = await read(chunks, opts, before).then(() => null, (e: unknown) => e);
  if (!(error instanceof CsvError)) throw new Error(`expected a CsvError, got ${String(error)}`);
  return error;
}

/** Reads the bytes in 1-byte chunks, split in two at every offset and in random sizes: all must give `expected`. */
async function expectEverySplit(bytes: Uint8Array, opts: Opts, expected: CsvRecord[]): Promise<void> {
  expect(await read(split(bytes, [1]), opts), '1-byte chunks').toEqual(expected);
  for (let at = 0; at <= bytes.length; at++) {
    expect(await read([bytes.subarray(0, at), bytes.subarray(at)], opts), `split at ${at}`).toEqual(expected);
  }
  const sizes = fc.array(fc.integer({ min: 1, max: 16 }), { minLength: 1 });
  await fc.assert(fc.asyncProperty(sizes, async (s) => void expect(await read(split(bytes, s), opts)).toEqual(expected)), { numRuns: 50 });
}

/** Encodes text as Windows-1252 (latin-1 plus the few 0x80–0x9F characters the tests use). */
function cp1252(text: string): Buffer {
  const high: Record<string, number> = { '€': 0x80, '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94 };
  return Buffer.from(Array.from(text, (c) => high[c] ?? c.charCodeAt(0)));
}

/** The writer an export would use: quote when needed (always for empty fields, so rows are never blank). */
function writeCsv(rows: string[][], delimiter: string, eol: string): string {
  const quote = (f: string) => (f === '' || /^\s|\s$|["\r\n]/.test(f) || f.includes(delimiter) ? `"${f.replaceAll('"', '""')}"` : f);
  return rows.map((row) => row.map(quote).join(delimiter) + eol).join('');
}

// Excel "CSV (puntkomma)" export: Windows-1252, CRLF, a quoted field with ;, a line break and "".
const EXCEL_TEXT =
  'Klantnr;Naam;Bedrag;Opmerking\r\n' +
  '1;Café de Zwaan;€ 12,50;"Zei: ""bel me""; morgen\r\nna 10:00"\r\n' +
  '2;Jansen; 3,00 ;geen\r\n';
const EXCEL_RECORDS: CsvRecord[] = [
  { line: 1, fields: ['Klantnr', 'Naam', 'Bedrag', 'Opmerking'] },
  { line: 2, fields: ['1', 'Café de Zwaan', '€ 12,50', 'Zei: "bel me"; morgen\r\nna 10:00'] },
  { line: 4, fields: ['2', 'Jansen', '3,00', 'geen'] },
];

describe('decodeWindows1252', () => {
  it('maps 0x80–0x9F to the real Windows-1252 characters and the rest as latin-1', () => {
    const bytes = Uint8Array.from({ length: 32 }, (_, i) => 0x80 + i);
    expect(decodeWindows1252(bytes)).toBe('€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ');
    expect(decodeWindows1252(Buffer.from([0x41, 0xe9, 0xeb, 0xff, 0xa0]))).toBe('Aéëÿ\u00A0');
    expect(decodeWindows1252(Buffer.from([0x41, 0x80, 0x42]).subarray(1, 2))).toBe('€');
  });
});

describe('detectEncoding', () => {
  let dir = '';
  beforeAll(async () => { dir = await mkdtemp(join(tmpdir(), 'csv-read-')); });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it.each([
    ['utf-8 with accents', Buffer.from('Naam;Plaats\nJosé;Zaandam €\n'), 'utf-8'],
    ['pure ASCII', Buffer.from('a;b\n'), 'utf-8'],
    ['an Excel export', cp1252(EXCEL_TEXT), 'windows-1252'],
    // 'é' straddles the 64 KiB read-stream chunks: only a streaming decoder gets this right.
    ['utf-8 split over stream chunks', Buffer.concat([Buffer.alloc(65535, 'a'), Buffer.from('é\n')]), 'utf-8'],
    ['utf-8 truncated mid-character', Buffer.from([0x61, 0xc3]), 'windows-1252'],
  ])('detects %s', async (name, bytes, encoding) => {
    await writeFile(join(dir, `${name}.csv`), bytes);
    expect(await detectEncoding(join(dir, `${name}.csv`))).toBe(encoding);
  });
});

describe('sniffDelimiter', () => {
  it.each([
    ['a;b;c', ';'], ['a,b,c', ','], ['a\tb\tc', '\t'], ['"Naam, voornaam";"Plaats, land";x', ';'],
    ['"a;b;c",d,e', ','], ['a;b,c', ';'], ['a,b\tc', ','], ['kolom', ';'],
  ])('sniffs %j as %j', (line, delimiter) => expect(sniffDelimiter(line)).toBe(delimiter));
});

describe('readCsv', () => {
  it('reads an Excel Windows-1252 export with €, é and a multi-line quoted field, split anywhere', async () => {
    expect(await read([cp1252(EXCEL_TEXT)], { encoding: 'windows-1252' })).toEqual(EXCEL_RECORDS);
    await expectEverySplit(cp1252(EXCEL_TEXT), { encoding: 'windows-1252' }, EXCEL_RECORDS);
  });

  it('handles UTF-8 split inside multi-byte characters, the BOM and CRLF at every byte offset', async () => {
    const bytes = Buffer.from('\uFEFFnaam,bedrag,emoji\r\n"Zoë ""Z""",€ 5,😀\r\n\r\nĲsselmeer,€,"a\r\nb"\r\n');
    await expectEverySplit(bytes, { encoding: 'utf-8' }, [
      { line: 1, fields: ['naam', 'bedrag', 'emoji'] },
      { line: 2, fields: ['Zoë "Z"', '€ 5', '😀'] },
      { line: 4, fields: ['Ĳsselmeer', '€', 'a\r\nb'] },
    ]);
  });

  it('handles blanks around quotes, a quoted lone LF and a final lone CR, split anywhere', async () => {
    const bytes = Buffer.from('\uFEFFa;"b;\r\n""c"""\r\n é ; "\n"\r\n\n€;"x"\r\n;\r');
    const lines: [number, string[]][] = [[1, ['a', 'b;\r\n"c"']], [3, ['é', '\n']], [6, ['€', 'x']], [7, ['', '']]];
    await expectEverySplit(bytes, { encoding: 'utf-8' }, lines.map(([line, fields]) => ({ line, fields })));
  });

  it('strips the BOM, also from a Windows-1252 decoded file and from string chunks', async () => {
    const bom = Buffer.from([0xef, 0xbb, 0xbf]);
    const expected = [{ line: 1, fields: ['id', 'naam'] }];
    expect(await read([bom, Buffer.from('id;naam\n')], { encoding: 'utf-8' })).toEqual(expected);
    expect(await read(split(Buffer.concat([bom, Buffer.from('id;naam')]), [1]), { encoding: 'windows-1252' })).toEqual(expected);
    expect(await read(['\uFEFF', 'id;naam'], { encoding: 'utf-8' })).toEqual(expected);
  });

  it('reads LF, CRLF and lone-CR files with the same line numbers', async () => {
    for (const eol of ['\n', '\r\n', '\r']) {
      const text = ['h1;h2', '1;"a', 'b"', '', '2;c', ''].join(eol);
      const expected = [{ line: 1, fields: ['h1', 'h2'] }, { line: 2, fields: ['1', `a${eol}b`] }, { line: 5, fields: ['2', 'c'] }];
      expect(await read([text], { encoding: 'utf-8' }), JSON.stringify(eol)).toEqual(expected);
    }
  });

  it.each([
    ['trims unquoted fields only and keeps empty fields', '  a  ;  " b "  ;;"";\t', ['a', ' b ', '', '', '']],
    ['keeps tabs as delimiters in tab-separated files', 'a\t\t"b"\t c \n', ['a', '', 'b', 'c']],
    ['sniffs the delimiter outside quotes', '"Jansen; Piet",Ede,"1;2"', ['Jansen; Piet', 'Ede', '1;2']],
    ['reads text after a closing quote leniently, like Excel', '"12" inch;x', ['12inch', 'x']],
  ])('%s', async (_, text, fields) => expect(await read([text], { encoding: 'utf-8' })).toEqual([{ line: 1, fields }]));

  it('rejects binary input with the line of the NUL byte, after the records before it', async () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]);
    const error = await readError([png], { encoding: 'windows-1252' });
    expect([error.line, error.message]).toEqual([3, 'line 3: not a text file (contains NUL bytes)']); // PNG: CRLF, LF, NUL
    const before: CsvRecord[] = [];
    expect((await readError(['a;b\nc;d\ne\0'], { encoding: 'utf-8' }, before)).line).toBe(3);
    expect(before.map((r) => r.line)).toEqual([1, 2]);
  });

  it('reports an unterminated quote at the line where the field starts', async () => {
    const error = await readError(['id;notitie\n1;ok\n2;"begint hier\nen stopt\nniet'], { encoding: 'utf-8' });
    expect([error.line, error.message]).toEqual([3, 'line 3: unterminated quoted field']);
  });

  it('rejects a field longer than maxFieldBytes, counted in UTF-8 bytes', async () => {
    expect(await read(['a;€€\n'], { encoding: 'utf-8', maxFieldBytes: 6 })).toEqual([{ line: 1, fields: ['a', '€€'] }]);
    const error = await readError(['a;b\n', '1;"€€', '€"\n'], { encoding: 'utf-8', maxFieldBytes: 8 });
    expect([error.line, error.message]).toEqual([2, 'line 2: field longer than 8 bytes']);
  });

  it('returns nothing for empty and blank input', async () => {
    expect(await read([], { encoding: 'utf-8' })).toEqual([]);
    expect(await read(['\r\n\n  \n \t \r'], { encoding: 'utf-8' })).toEqual([]);
  });

  it('reads back random tables written by a CSV writer, in random chunks', async () => {
    const cell = fc.string({ unit: fc.constantFrom('a', 'Z', ' ', ';', ',', '\t', '"', '\r', '\n', 'é', '€', '😀'), maxLength: 6 });
    const table = fc.integer({ min: 1, max: 4 }).chain((cols) => fc.array(fc.array(cell, { minLength: cols, maxLength: cols }), { minLength: 1, maxLength: 6 }));
    const options = fc.record({ delimiter: fc.constantFrom(';', ',', '\t'), eol: fc.constantFrom('\n', '\r\n'), sizes: fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 1 }) });
    await fc.assert(
      fc.asyncProperty(table, options, async (rows, { delimiter, eol, sizes }) => {
        const bytes = Buffer.from(writeCsv(rows, delimiter, eol));
        const records = await read(split(bytes, sizes), { encoding: 'utf-8', delimiter });
        expect(records.map((r) => r.fields)).toEqual(rows);
      }),
      { numRuns: 300 },
    );
  });
});

describe('readCsv streaming', () => {
  it('streams 200,000 lazily generated lines', async () => {
    const row = (n: number) => `${n};Klant ${n};"Straat ${n}; Ede";${n % 97},50\r\n`;
    async function* lines(count: number): AsyncGenerator<Buffer> { // lazily, 1000 lines per chunk
      for (let i = 0; i < count; i += 1000) yield Buffer.from(Array.from({ length: Math.min(1000, count - i) }, (_, k) => row(i + k + 1)).join(''));
    }
    const started = performance.now();
    let [count, last]: [number, CsvRecord | undefined] = [0, undefined];
    for await (const record of readCsv(lines(200_000), { encoding: 'utf-8' })) [count, last] = [count + 1, record];
    console.info(`200,000 lines streamed in ${Math.round(performance.now() - started)} ms`);
    expect(count).toBe(200_000);
    expect(last).toEqual({ line: 200_000, fields: ['200000', 'Klant 200000', 'Straat 200000; Ede', '83,50'] });
  });
});
