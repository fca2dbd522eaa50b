import { createReadStream } from 'node:fs';

/** Text encodings of Dutch CSV exports: modern tools write UTF-8, Excel "CSV (;)" writes Windows-1252. */
export type Encoding = 'utf-8' | 'windows-1252';
type Delimiter = ',' | ';' | '\t';

/** A malformed or unreadable CSV input; `line` is the 1-based physical line where the problem was found. */
export class CsvError extends Error {
  constructor(readonly line: number, message: string) {
    super(`line ${line}: ${message}`);
    this.name = 'CsvError';
  }
}

/** One record; `line` is the physical line on which the record starts (the header is line 1). */
export interface CsvRecord { line: number; fields: string[] }

/** Streams a file through a fatal UTF-8 decoder: valid UTF-8 (or ASCII) gives 'utf-8', else 'windows-1252'. */
export async function detectEncoding(path: string): Promise<Encoding> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  try {
    for await (const chunk of createReadStream(path)) decoder.decode(chunk as Buffer, { stream: true });
    decoder.decode(); // flush: a file that ends halfway a character is not valid UTF-8 either
    return 'utf-8';
  } catch (err) {
    if (err instanceof TypeError) return 'windows-1252'; // the fatal decoder's "invalid data" error
    throw err; // I/O errors are not an encoding verdict
  }
}

// Bytes 0x80–0x9F of Windows-1252; the five unassigned bytes keep their code point, as browsers do.
const CP1252_HIGH =
  '\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F' +
  '\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178';
const C1_RANGE = /[\u0080-\u009F]/g;

/** Decodes Windows-1252; hand-rolled since Node's TextDecoder (small ICU) does latin-1, making 0x80 U+0080, not €. */
export function decodeWindows1252(buf: Uint8Array): string {
  // Native latin-1 decoding is fast; only the rare 0x80–0x9F bytes need the table.
  const latin1 = Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength).toString('latin1');
  return latin1.replace(C1_RANGE, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]);
}

/** The delimiter occurring most outside quotes in the first line; ties go to ';' (Dutch Excel), then ','. */
export function sniffDelimiter(firstLine: string): ',' | ';' | '\t' {
  const counts = { ';': 0, ',': 0, '\t': 0 };
  let quoted = false;
  for (const c of firstLine) {
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === ';' || c === ',' || c === '\t')) counts[c]++;
  }
  return ([';', ',', '\t'] as const).reduce<Delimiter>((best, d) => (counts[d] > counts[best] ? d : best), ';');
}

const LF = 10, CR = 13, SP = 32, TAB = 9, QUOTE = 34;
// Parser states. RECORD_START skips blank lines, FIELD_START skips leading blanks, QUOTE_SEEN is a quote
// inside a quoted field (doubled or closing), AFTER_QUOTE runs from the closing quote to the delimiter.
const RECORD_START = 0, FIELD_START = 1, UNQUOTED = 2, QUOTED = 3, QUOTE_SEEN = 4, AFTER_QUOTE = 5;

/** Incremental RFC 4180 state machine; it holds only the record being built, never earlier input. */
class CsvParser {
  line = 1;
  private state = RECORD_START;
  private prevCR = false; // so a CRLF split over two chunks counts as one line break
  private recordLine = 1; // where the current record starts, reported with it
  private fieldLine = 1; // where the current field starts, reported in errors
  private fields: string[] = [];
  private parts: string[] = []; // slices of the current field, joined once at its end
  private quoted = false;
  private chars = 0; // UTF-16 length of `parts`; `bytes` is its UTF-8 length, counted only near the limit
  private bytes = -1;

  constructor(private readonly d: number, private readonly maxBytes: number) {}

  /** Parses one piece of text, pushing completed records to `out`. */
  feed(s: string, out: CsvRecord[]): void {
    const { d } = this;
    const n = s.length;
    let i = 0;
    while (i < n) {
      const c = s.charCodeAt(i);
      if (this.state === RECORD_START) {
        if (c === LF || c === CR) this.countLines(s, i, ++i);
        else { this.prevCR = false; this.recordLine = this.line; this.state = FIELD_START; }
      } else if (this.state === FIELD_START) {
        this.fieldLine = this.line;
        if (c === SP || (c === TAB && d !== TAB)) i++;
        else if (c === QUOTE) { this.state = QUOTED; this.quoted = true; i++; }
        else this.state = UNQUOTED;
      } else if (this.state === UNQUOTED) {
        let j = i; // a plain charCode loop is the fastest way to find the field end
        for (let k = c; k !== d && k !== LF && k !== CR; k = s.charCodeAt(j)) if (++j === n) break;
        if (j > i) this.append(s.slice(i, j));
        i = j < n ? this.endFieldAt(s.charCodeAt(j), j, out) : n;
      } else if (this.state === QUOTED) {
        const q = s.indexOf('"', i);
        const end = q < 0 ? n : q;
        this.countLines(s, i, end);
        if (end > i) this.append(s.slice(i, end));
        if (q >= 0) { this.state = QUOTE_SEEN; this.prevCR = false; }
        i = end + 1;
      } else if (this.state === QUOTE_SEEN) {
        if (c === QUOTE) { this.append('"'); this.state = QUOTED; i++; }
        else this.state = AFTER_QUOTE;
      } else if (c === d || c === LF || c === CR) i = this.endFieldAt(c, i, out);
      else if (c === SP || c === TAB) i++;
      else this.state = UNQUOTED; // lenient like Excel: `"a"b` reads as `ab`
    }
  }

  /** At end of input: rejects an open quote, flushes the last record. */
  finish(out: CsvRecord[]): void {
    if (this.state === QUOTED) throw new CsvError(this.fieldLine, 'unterminated quoted field');
    if (this.state !== RECORD_START) this.endRecord(out);
  }

  /** Ends the field at the delimiter or line break `c` at index i; returns the index after it. */
  private endFieldAt(c: number, i: number, out: CsvRecord[]): number {
    if (c === this.d) this.endField();
    else { this.endRecord(out); this.line++; this.prevCR = c === CR; }
    return i + 1;
  }

  private append(part: string): void {
    this.parts.push(part);
    this.chars += part.length;
    // A UTF-16 unit is at most 3 UTF-8 bytes, so exact (costly) byte counting starts only near the limit.
    if (this.chars * 3 <= this.maxBytes) return;
    this.bytes = this.bytes < 0 ? Buffer.byteLength(this.parts.join('')) : this.bytes + Buffer.byteLength(part);
    if (this.bytes > this.maxBytes) throw new CsvError(this.fieldLine, `field longer than ${this.maxBytes} bytes`);
  }

  /** Counts line breaks in s[from, to); CR, LF and CRLF each count once. */
  private countLines(s: string, from: number, to: number): void {
    for (let k = from; k < to; k++) {
      const c = s.charCodeAt(k);
      if (c === CR || (c === LF && !this.prevCR)) this.line++;
      this.prevCR = c === CR;
    }
  }

  private endField(): void {
    const value = this.parts.length === 1 ? this.parts[0] : this.parts.join(''); // join of [] is ''
    this.fields.push(this.quoted ? value : value.trim());
    this.parts = []; this.quoted = false;
    this.chars = 0; this.bytes = -1; this.state = FIELD_START;
  }

  private endRecord(out: CsvRecord[]): void {
    const single = this.fields.length === 0 && !this.quoted;
    this.endField();
    // A record of one empty unquoted field was a blank (or whitespace-only) line.
    if (!single || this.fields[0] !== '') out.push({ line: this.recordLine, fields: this.fields });
    this.fields = []; this.state = RECORD_START;
  }
}

const SNIFF_LIMIT = 64 * 1024; // a first line longer than this is sniffed from what we have
const BOM = /^(?:\uFEFF|\u00EF\u00BB\u00BF)/; // also as mis-decoded by Windows-1252 ("ï»¿")

/**
 * Streams CSV records (RFC 4180; CR, LF, CRLF; BOM stripped; blank lines skipped; unquoted fields trimmed)
 * holding only the current chunk and partial record. `delimiter` is sniffed when absent; `maxFieldBytes`
 * defaults to 1 MiB. Throws {@link CsvError} on NUL bytes, unterminated quotes and oversized fields.
 */
export async function* readCsv(
  source: AsyncIterable<Buffer | Uint8Array | string>,
  opts: { encoding: Encoding; delimiter?: ',' | ';' | '\t'; maxFieldBytes?: number },
): AsyncGenerator<CsvRecord> {
  const utf8 = new TextDecoder('utf-8'); // strips the BOM and carries split multi-byte characters over
  const decode = (chunk: Uint8Array | string): string =>
    typeof chunk === 'string' ? chunk : opts.encoding === 'utf-8' ? utf8.decode(chunk, { stream: true }) : decodeWindows1252(chunk);
  let parser: CsvParser | undefined;
  let head = ''; // text up to the first line break, needed for the BOM and delimiter sniffing
  const out: CsvRecord[] = [];
  const feed = (text: string, last: boolean): void => {
    if (!parser) {
      head += text;
      if (!last && head.length < SNIFF_LIMIT && !/[\r\n]/.test(head)) return;
      text = head.replace(BOM, '');
      const delimiter = opts.delimiter ?? sniffDelimiter(text.split(/[\r\n]/, 1)[0]);
      parser = new CsvParser(delimiter.charCodeAt(0), opts.maxFieldBytes ?? 1 << 20);
    }
    const nul = text.indexOf('\0');
    parser.feed(nul < 0 ? text : text.slice(0, nul), out);
    if (nul >= 0) throw new CsvError(parser.line, 'not a text file (contains NUL bytes)');
    if (last) parser.finish(out);
  };
  for await (const chunk of source) yield* drain(() => feed(decode(chunk), false), out);
  yield* drain(() => feed(opts.encoding === 'utf-8' ? utf8.decode() : '', true), out);
}

/** Runs one parse step, yields its records (also those before an error), then rethrows any error. */
function* drain(step: () => void, out: CsvRecord[]): Generator<CsvRecord> {
  let failure: { error: unknown } | undefined;
  try { step(); } catch (error) { failure = { error }; } // wrapped: a thrown value may be falsy
  yield* out.splice(0); // records leave per chunk, so memory stays bounded by the chunk size
  if (failure) throw failure.error;
}
