/**
 * A complete document for a sandboxed iframe: the server-sanitised body, with a policy that loads nothing from
 * elsewhere (no tracking pixels) and readable type.
 */
export function messageDocument(bodyHtml: string): string {
  const csp = "default-src 'none'; img-src data:; style-src 'unsafe-inline'";
  const style =
    'body{font:14px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;color:#222;overflow-wrap:anywhere}img{max-width:100%}blockquote{margin:0 0 0 8px;padding-left:8px;border-left:2px solid #ccc;color:#555}';
  return `<!doctype html><html><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${csp}"><style>${style}</style></head><body>${bodyHtml}</body></html>`;
}

/** Rough frame height from the plain text (a sandboxed frame cannot be measured); the reader can drag it taller. */
export function frameHeight(text: string): number {
  const lines = text.split('\n').reduce((n, line) => n + Math.max(1, Math.ceil(line.length / 70)), 0);
  return Math.min(480, Math.max(60, lines * 21 + 24));
}

/** File size for people: "512 B", "14 kB", "2,3 MB". */
export function formatBytes(n: number, lang: 'nl' | 'en'): string {
  const f = (v: number) => new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'nl-NL', { maximumFractionDigits: 1 }).format(v);
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${f(n / 1024)} kB`;
  return `${f(n / (1024 * 1024))} MB`;
}
