import sanitize from 'sanitize-html';

export { htmlToText } from './html-text.js';

const COLOR = [/^#[0-9a-f]{3,8}$/i, /^rgba?\(\s*\d{1,3}%?\s*(,\s*\d{1,3}%?\s*){2}(,\s*(0|1|0?\.\d+)\s*)?\)$/i, /^[a-z]{3,20}$/i];

/** Elements whose whole content is dropped, not only the tag: code, foreign markup and document chrome. */
const DROP_WITH_CONTENT = [
  'script', 'style', 'textarea', 'option', 'select', 'xmp', 'noscript', 'noembed', 'noframes', 'iframe', 'frame',
  'frameset', 'object', 'embed', 'applet', 'svg', 'math', 'template', 'title', 'head', 'canvas', 'audio', 'video',
];

const OPTIONS: sanitize.IOptions = {
  allowedTags: [
    'a', 'abbr', 'b', 'blockquote', 'br', 'caption', 'cite', 'code', 'col', 'colgroup', 'dd', 'del', 'div', 'dl', 'dt',
    'em', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'i', 'img', 'ins', 'kbd', 'li', 'ol', 'p', 'pre', 'q', 's', 'small',
    'span', 'strike', 'strong', 'sub', 'sup', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'tt', 'u', 'ul',
  ],
  allowedAttributes: {
    a: ['href', 'title', 'target', 'rel'],
    img: ['src', 'alt', 'title', 'width', 'height'],
    td: ['colspan', 'rowspan', 'align', 'valign', 'width'],
    th: ['colspan', 'rowspan', 'align', 'valign', 'width'],
    table: ['border', 'cellpadding', 'cellspacing', 'width'],
    col: ['span', 'width'],
    colgroup: ['span'],
    ol: ['start', 'type'],
    '*': ['style', 'lang', { name: 'dir', values: ['ltr', 'rtl', 'auto'] }, { name: 'align', values: ['left', 'right', 'center', 'justify'] }],
  },
  allowedStyles: {
    '*': {
      color: COLOR,
      'background-color': COLOR,
      'text-align': [/^(left|right|center|justify)$/i],
      'font-weight': [/^(normal|bold|bolder|lighter|[1-9]00)$/i],
      'font-style': [/^(normal|italic|oblique)$/i],
      'text-decoration': [/^(none|underline|line-through|overline)$/i],
    },
  },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesByTag: { img: ['cid', 'data'] },
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  nonTextTags: DROP_WITH_CONTENT,
  nestingLimit: 100,
  transformTags: {
    a: (_tag, attribs) => {
      const href = (attribs.href ?? '').trim();
      if (!/^(https?:\/\/|mailto:)/i.test(href)) return { tagName: 'span', attribs: {} };
      const out: sanitize.Attributes = { href, rel: 'noopener noreferrer', target: '_blank' };
      if (attribs.title) out.title = attribs.title;
      return { tagName: 'a', attribs: out };
    },
    img: (_tag, attribs) => {
      const { src: _src, ...rest } = attribs;
      const src = safeImageSource(attribs.src ?? '');
      return { tagName: 'img', attribs: src ? { ...rest, src } : rest };
    },
  },
  exclusiveFilter: (frame) => frame.tag === 'img' && !frame.attribs.src,
  // Text stays text, but a downstream linkifier must never turn it into a script link.
  textFilter: (text) => text.replace(/\b(java|vb|live)script:/gi, '$1script&#58;'),
};

/** An image source that loads nothing from the network: a `cid:` reference or an inline raster image. */
function safeImageSource(src: string): string | null {
  const s = src.trim();
  if (/^cid:[^\s"'<>()\\]+$/i.test(s)) return s;
  const data = /^data:image\/(png|jpeg|jpg|gif|webp);base64,([A-Za-z0-9+/=\s]+)$/i.exec(s);
  return data ? `data:image/${data[1].toLowerCase()};base64,${data[2].replace(/\s+/g, '')}` : null;
}

/**
 * Cleans HTML from an inbound mail for display to agents, with an allow-list: basic formatting, lists,
 * tables, links (http, https and mailto only; opened in a new tab with `noopener noreferrer`), images only
 * as `cid:` or inline PNG/JPEG/GIF/WebP (so opening a mail never tells the sender it was read), a few
 * harmless style properties. Scripts, event handlers, forms, frames, SVG and MathML are removed.
 */
export function sanitizeHtml(html: string): string {
  if (typeof html !== 'string' || !html) return '';
  return sanitize(html, OPTIONS);
}
