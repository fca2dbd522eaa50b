/**
 * Turns HTML (a rendered macro) into nodes for the reply editor, keeping only simple formatting. The markup is
 * parsed in an inert document and rebuilt element by element, so no attribute, script or style of it reaches
 * the page; the server sanitises the sent message again.
 */
const KEEP = new Set(['P', 'BR', 'B', 'STRONG', 'I', 'EM', 'U', 'UL', 'OL', 'LI', 'A', 'DIV', 'BLOCKQUOTE']);
const DROP = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'IFRAME', 'OBJECT', 'EMBED', 'NOSCRIPT', 'HEAD', 'TITLE', 'SVG', 'MATH']);

/** True for links the editor may keep: web and mail addresses only. */
export const safeHref = (href: string | null): href is string => !!href && /^(https?:|mailto:)/i.test(href.trim());

function copy(from: Node, to: Node, doc: Document): void {
  for (const child of Array.from(from.childNodes)) {
    if (child.nodeType === Node.TEXT_NODE) {
      to.appendChild(doc.createTextNode(child.textContent ?? ''));
      continue;
    }
    if (child.nodeType !== Node.ELEMENT_NODE) continue;
    const el = child as Element;
    if (DROP.has(el.tagName)) continue;
    if (!KEEP.has(el.tagName)) {
      copy(el, to, doc);
      continue;
    }
    const out = doc.createElement(el.tagName.toLowerCase());
    if (el.tagName === 'A') {
      const href = el.getAttribute('href');
      if (safeHref(href)) out.setAttribute('href', href.trim());
      out.setAttribute('rel', 'noopener noreferrer');
    }
    copy(el, out, doc);
    to.appendChild(out);
  }
}

/** Simple-formatting copy of `html`, owned by `doc`. */
export function safeFragment(html: string, doc: Document = document): DocumentFragment {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  const fragment = doc.createDocumentFragment();
  copy(parsed.body, fragment, doc);
  return fragment;
}

/** A complete document for a sandboxed iframe: the server-sanitised body, no remote content, readable type. */
export function messageDocument(bodyHtml: string): string {
  const csp = "default-src 'none'; img-src data:; style-src 'unsafe-inline'";
  const style = 'body{font:14px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;color:#222;word-wrap:break-word}img{max-width:100%}blockquote{margin:0 0 0 8px;padding-left:8px;border-left:2px solid #ccc;color:#555}';
  return `<!doctype html><html><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${csp}"><style>${style}</style></head><body>${bodyHtml}</body></html>`;
}
