/** How much of a raw message is searched for the end of its header section. */
const HEAD_SCAN = 2 * 1_048_576;

/** Where the top-level header section ends and the body starts, or null when there is no empty line. */
export function splitHead(raw: Buffer): { headerEnd: number; bodyStart: number } | null {
  const m = /\r?\n\r?\n/.exec(raw.subarray(0, HEAD_SCAN).toString('latin1'));
  return m ? { headerEnd: m.index, bodyStart: m.index + m[0].length } : null;
}

/**
 * True when a CR that is not followed by LF occurs in the top-level header section. Different software
 * reads such a CR differently (the trick behind SMTP smuggling); mailparser folds whatever follows into
 * the previous header, so a later line could end up as the sender.
 */
export function hasBareCrInHeaders(raw: Buffer): boolean {
  const end = splitHead(raw)?.headerEnd ?? Math.min(raw.length, HEAD_SCAN);
  for (let i = raw.indexOf(0x0d); i >= 0 && i < end; i = raw.indexOf(0x0d, i + 1)) {
    // CR CR LF, written by some broken Windows software, still ends the line where everyone expects.
    let next = i + 1;
    while (raw[next] === 0x0d) next++;
    if (raw[next] !== 0x0a) return true;
    i = next;
  }
  return false;
}

/**
 * The raw body of a multipart message whose boundary is missing or never used. mailparser finds no parts
 * in it, so without this the content would silently vanish; shown as text it can at least be read.
 */
export function unreadMultipartBody(raw: Buffer, contentType: string): string {
  if (!/^\s*multipart\//i.test(contentType)) return '';
  const split = splitHead(raw);
  if (!split) return '';
  const body = raw.subarray(split.bodyStart, split.bodyStart + HEAD_SCAN).toString('utf8');
  const boundary = /boundary\s*=\s*(?:"([^"]+)"|([^\s;]+))/i.exec(contentType);
  return boundary && body.includes(`--${boundary[1] ?? boundary[2]}`) ? '' : body;
}
