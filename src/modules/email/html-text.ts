import { decodeEntities } from './entities.js';

/** HTML longer than this is cut before conversion; the text of a mail is capped far below it anyway. */
const MAX_INPUT = 5_000_000;
const SKIPPED = new Set(['script', 'style', 'head', 'title', 'template', 'svg', 'math', 'noscript', 'xml', 'object', 'iframe', 'select']);
const BLOCK = new Set([
  'p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'tr', 'ul', 'ol', 'dl', 'dt', 'dd', 'blockquote', 'pre',
  'section', 'article', 'header', 'footer', 'address', 'center', 'form', 'fieldset', 'main', 'nav', 'aside', 'figure',
]);
/** A tag, a comment, a doctype or processing instruction; `[^<>]` keeps every scan linear on broken markup. */
const TOKEN = /<!--[\s\S]*?(?:-->|$)|<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)(?![a-zA-Z0-9:-])([^<>]*)>|<[!?][^<>]*>/g;

/**
 * Plain text from HTML for mails that come without a text part: block elements become line breaks, list
 * items get a dash, links keep their address in brackets, images their alt text; scripts, styles and the
 * document head are dropped and entities decoded. Built on a single linear scan, so hostile markup cannot
 * make it slow.
 */
export function htmlToText(html: string): string {
  if (typeof html !== 'string' || !html) return '';
  const src = html.length > MAX_INPUT ? html.slice(0, MAX_INPUT) : html;
  const out = new TextOutput();
  const links: { href: string; at: number }[] = [];
  let pre = 0;
  let last = 0;
  const token = new RegExp(TOKEN);
  for (let m = token.exec(src); m; m = token.exec(src)) {
    if (m.index > last) out.text(src.slice(last, m.index), pre > 0);
    last = token.lastIndex;
    const name = m[2]?.toLowerCase();
    if (!name) continue;
    const closing = m[1] === '/';
    const attrs = m[3];
    if (!closing && SKIPPED.has(name) && !attrs.endsWith('/')) {
      const closer = new RegExp(`</${name}`, 'gi');
      closer.lastIndex = last;
      const end = closer.exec(src)?.index ?? -1;
      const close = end < 0 ? -1 : src.indexOf('>', end);
      last = close < 0 ? src.length : close + 1;
      token.lastIndex = last;
      continue;
    }
    if (name === 'br') out.add('\n');
    else if (name === 'hr') out.add('\n---\n');
    else if (name === 'li' && !closing) out.add('\n- ');
    else if ((name === 'td' || name === 'th') && closing) out.add(' ');
    else if (name === 'pre') pre = Math.max(0, pre + (closing ? -1 : 1));
    if (BLOCK.has(name)) out.add('\n');
    const alt = name === 'img' && !closing ? decodeEntities(attribute(attrs, 'alt') ?? '').trim() : '';
    if (alt) out.add(` ${alt} `);
    if (name === 'a' && !closing) links.push({ href: decodeEntities(attribute(attrs, 'href') ?? '').trim(), at: out.size });
    if (name === 'a' && closing) {
      const link = links.pop();
      if (link && /^(https?:|mailto:)/i.test(link.href) && !out.since(link.at).includes(link.href.replace(/^mailto:/i, ''))) {
        out.add(` (${link.href})`);
      }
    }
  }
  if (last < src.length) out.text(src.slice(last), pre > 0);
  return out
    .toString()
    .replace(/[ \t]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Collects text pieces, dropping a space that would follow another space or start a line. */
class TextOutput {
  private parts: string[] = [];
  private lastChar = '\n';

  get size(): number {
    return this.parts.length;
  }

  add(piece: string, verbatim = false): void {
    const s = verbatim || (this.lastChar !== ' ' && this.lastChar !== '\n') ? piece : piece.replace(/^ +/, '');
    if (!s) return;
    this.parts.push(s);
    this.lastChar = s[s.length - 1];
  }

  text(raw: string, preformatted: boolean): void {
    const decoded = decodeEntities(raw).replace(/\u00A0/g, ' ');
    this.add(preformatted ? decoded : decoded.replace(/[ \t\r\n\f]+/g, ' '), preformatted);
  }

  since(index: number): string {
    return this.parts.slice(index).join('');
  }

  toString(): string {
    return this.parts.join('');
  }
}

function attribute(attrs: string, name: string): string | null {
  const m = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'=<>\`]+))`, 'i').exec(attrs);
  return m ? (m[1] ?? m[2] ?? m[3] ?? '') : null;
}
