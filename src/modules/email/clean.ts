/**
 * Characters that change how text looks without being visible: zero-width characters, bidi embeddings,
 * overrides and isolates, the Arabic letter mark, word joiners and Unicode tag characters. They are used to
 * disguise file extensions (`invoice\u202Egpj.exe`) and to smuggle text past reviewers.
 */
const INVISIBLE = /[\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]|[\u{E0000}-\u{E007F}]/gu;
/** C0 and C1 control characters, except tab, line feed and carriage return. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what gets removed
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
const LINE_BREAKS = /[\t\r\n\u2028\u2029\u0085]/g;

/** Removes zero-width, bidi-control and tag characters. */
export const stripInvisible = (s: string): string => s.replace(INVISIBLE, '');

/** True when the string holds a zero-width, bidi-control or tag character. */
export const hasInvisible = (s: string): boolean => s.search(INVISIBLE) !== -1;

/** Cuts a string to at most `max` code points, never leaving half a surrogate pair. */
export function truncateCodePoints(s: string, max: number): string {
  if (s.length <= max) return s;
  let out = s.slice(0, max);
  const last = out.charCodeAt(out.length - 1);
  if (last >= 0xd800 && last <= 0xdbff) out = out.slice(0, -1);
  return out;
}

/**
 * One line of display text (a subject, a display name): NFC, line breaks and tabs turned into spaces,
 * control and invisible characters removed, runs of white space collapsed, trimmed and cut to `max`.
 */
export function cleanLine(input: string | null | undefined, max: number): string {
  if (!input) return '';
  // Cut first so that a 200 kB header is not normalised in full.
  const s = truncateCodePoints(String(input), max * 4)
    .replace(LINE_BREAKS, ' ')
    .replace(CONTROL, '')
    .replace(INVISIBLE, '')
    .normalize('NFC')
    .replace(/\s+/g, ' ')
    .trim();
  return truncateCodePoints(s, max).trim();
}

/** Marker appended to a body that was cut to the size limit. */
export const TRUNCATION_MARKER = '\n\n[… bericht ingekort / message truncated …]';

/**
 * A message body as plain text: line endings normalised to `\n`, NUL and other control characters removed
 * (tabs and newlines kept), and cut to at most `maxBytes` of UTF-8 with a marker when it was longer.
 */
export function cleanBody(input: string | null | undefined, maxBytes: number): string {
  if (!input) return '';
  // A UTF-16 code unit is at least one byte, so twice the budget is always enough text to fill it.
  const sliced = input.length > maxBytes * 2;
  const s = (sliced ? input.slice(0, maxBytes * 2) : input).replace(/\r\n?/g, '\n').replace(CONTROL, '');
  if (!sliced && Buffer.byteLength(s, 'utf8') <= maxBytes) return s;
  const budget = maxBytes - Buffer.byteLength(TRUNCATION_MARKER, 'utf8');
  // Decoding a byte-cut buffer may end in a replacement character; drop it.
  const cut = Buffer.from(s, 'utf8').subarray(0, budget).toString('utf8').replace(/\uFFFD$/, '');
  return cut + TRUNCATION_MARKER;
}
