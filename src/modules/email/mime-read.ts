import { type ParsedMail, type SimpleParserOptions, simpleParser } from 'mailparser';

/** The outcome of reading the MIME structure: the parsed mail, or why it could not be read. */
export type MimeReadResult = { ok: true; parsed: ParsedMail } | { ok: false; reason: string; detail: string };

const PARSER_OPTIONS: SimpleParserOptions = {
  // Text is derived from HTML by our own linear converter, and cid: links stay links: inlining every image
  // into the HTML as a data: URL would multiply the size of a message with many pictures.
  skipHtmlToText: true,
  skipTextToHtml: true,
  skipTextLinks: true,
  keepCidLinks: true,
  // Delivery reports and attached messages stay separate parts, so bounces can be read and a forwarded
  // message never mixes its HTML into the outer one.
  keepDeliveryStatus: true,
  ignoreEmbedded: true,
  checksumAlgo: false,
  maxHeadSize: 1_048_576,
  maxChildNodes: 1_000,
};

/**
 * Runs mailparser over a raw message with its limits set, turning errors into a quarantine reason and
 * giving up after `timeoutMs` (the parse itself cannot be cancelled, so it is left to finish unobserved).
 */
export async function readMime(raw: Buffer, timeoutMs: number): Promise<MimeReadResult> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<MimeReadResult>((resolve) => {
    timer = setTimeout(() => resolve({ ok: false, reason: 'timeout', detail: `not parsed within ${timeoutMs} ms` }), timeoutMs);
  });
  try {
    const parse = simpleParser(raw, PARSER_OPTIONS).then(
      (parsed): MimeReadResult => ({ ok: true, parsed }),
      (err: unknown): MimeReadResult => failure(err),
    );
    return await Promise.race([parse, timeout]);
  } catch (err) {
    return failure(err);
  } finally {
    clearTimeout(timer);
  }
}

function failure(err: unknown): MimeReadResult {
  const detail = err instanceof Error ? err.message : String(err);
  const code = (err as { code?: unknown } | null)?.code;
  if (code === 'EMAXLEN' && /header/i.test(detail)) return { ok: false, reason: 'headers_too_large', detail };
  if (code === 'EMAXLEN') return { ok: false, reason: 'too_many_parts', detail };
  return { ok: false, reason: 'unparseable', detail };
}
