import { describe, expect, it } from 'vitest';
import { htmlSafetyProblems } from '../../../test/fixtures/hostile-mail/html-safety.js';
import { xssPayloadCases } from '../../../test/fixtures/xss-payloads.js';
import { htmlToText, sanitizeHtml } from './sanitize.js';

const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

describe('sanitizeHtml', () => {
  const cases = xssPayloadCases();

  it('has a payload list large and varied enough to mean something', () => {
    expect(cases.length).toBeGreaterThanOrEqual(220);
    expect(new Set(cases.map((c) => c.family)).size).toBeGreaterThanOrEqual(10);
    expect(new Set(cases.map((c) => c.payload)).size).toBe(cases.length);
  });

  it.each(cases.map((c) => [c.id, c.family, c.payload] as const))('neutralises payload %i (%s)', (_id, _family, payload) => {
    const out = sanitizeHtml(payload);
    expect(htmlSafetyProblems(out)).toEqual([]);
    expect(htmlSafetyProblems(`<p>${out}</p>${out}`)).toEqual([]);
  });

  it('is stable: sanitising the output again changes nothing dangerous', () => {
    for (const { payload } of cases) {
      const once = sanitizeHtml(payload);
      expect(htmlSafetyProblems(sanitizeHtml(once))).toEqual([]);
    }
  });

  it('the safety check itself catches what the sanitiser removes', () => {
    expect(htmlSafetyProblems('<img src=x onerror=alert(1)>').length).toBeGreaterThan(0);
    expect(htmlSafetyProblems('<a href="javascript:alert(1)">x</a>').length).toBeGreaterThan(0);
    expect(htmlSafetyProblems('<a href="&#106;avascript&colon;alert(1)">x</a>').length).toBeGreaterThan(0);
    expect(htmlSafetyProblems('<svg><a>x</a></svg>').length).toBeGreaterThan(0);
    expect(htmlSafetyProblems('<p style="width:expression(alert(1))">x</p>').length).toBeGreaterThan(0);
    expect(htmlSafetyProblems('<img src="https://tracker.example/p.gif">').length).toBeGreaterThan(0);
  });

  it('keeps basic formatting, lists and tables', () => {
    const html = '<h2>Hoi</h2><p><b>vet</b> <i>schuin</i><br>regel</p><ul><li>een</li></ul><table><tr><td colspan="2">cel</td></tr></table>';
    expect(sanitizeHtml(html)).toBe(
      '<h2>Hoi</h2><p><b>vet</b> <i>schuin</i><br />regel</p><ul><li>een</li></ul><table><tr><td colspan="2">cel</td></tr></table>',
    );
  });

  it('opens links in a new tab without an opener or referrer', () => {
    expect(sanitizeHtml('<a href="https://example.nl/x?a=1&b=2" target="_self" rel="opener">site</a>')).toBe(
      '<a href="https://example.nl/x?a=1&amp;b=2" rel="noopener noreferrer" target="_blank">site</a>',
    );
    expect(sanitizeHtml('<a href="mailto:jan@example.nl">mail</a>')).toContain('href="mailto:jan@example.nl"');
  });

  it('turns links with other schemes, relative or protocol-relative targets into plain text', () => {
    for (const href of ['ftp://x.nl/f', '/admin/delete', '#top', '//evil.example/x', 'tel:+31201234567', 'data:text/html,x']) {
      expect(sanitizeHtml(`<a href="${href}">x</a>`)).toBe('<span>x</span>');
    }
  });

  it('keeps cid: images and inline raster images, drops remote and SVG images', () => {
    expect(sanitizeHtml('<img src="cid:logo@x" alt="logo">')).toBe('<img alt="logo" src="cid:logo@x" />');
    expect(sanitizeHtml(`<img src="data:image/png;base64,${PNG}">`)).toBe(`<img src="data:image/png;base64,${PNG}" />`);
    expect(sanitizeHtml('<img src="https://tracker.example/open.gif" width="1">')).toBe('');
    expect(sanitizeHtml('<img src="data:image/svg+xml;base64,PHN2Zy8+">')).toBe('');
    expect(sanitizeHtml('<img srcset="https://x/1.png 1x" src="cid:a">')).toBe('<img src="cid:a" />');
  });

  it('keeps only a small set of harmless style properties', () => {
    expect(sanitizeHtml('<p style="color: red; position: fixed; text-align: center; background: url(x)">x</p>')).toBe(
      '<p style="color:red;text-align:center">x</p>',
    );
    expect(sanitizeHtml('<p style="color: expression(alert(1))">x</p>')).toBe('<p>x</p>');
  });

  it('drops scripts, styles, forms, frames, svg and math together with their content', () => {
    const html = '<p>a</p><script>x()</script><style>p{}</style><form><input name=q></form><iframe>f</iframe><svg><text>s</text></svg><math><mi>m</mi></math><p>b</p>';
    expect(sanitizeHtml(html)).toBe('<p>a</p><p>b</p>');
  });

  it('keeps the text of unknown wrappers and escapes text that looks like markup', () => {
    expect(sanitizeHtml('<center><font color=red>Hallo</font></center>')).toBe('Hallo');
    expect(sanitizeHtml('<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>')).toBe('<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>');
  });

  it('defuses script URLs in plain text so no linkifier can revive them', () => {
    expect(sanitizeHtml('<p>klik javascript:alert(1)</p>')).toBe('<p>klik javascript&#58;alert(1)</p>');
  });

  it('handles very deep nesting and huge input in reasonable time', () => {
    const deep = `${'<div>'.repeat(20_000)}x${'</div>'.repeat(20_000)}`;
    const started = Date.now();
    expect(sanitizeHtml(deep)).toContain('x');
    expect(sanitizeHtml('<a '.repeat(100_000)).length).toBeLessThan(1_000_000);
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});

describe('htmlToText', () => {
  it('turns block elements into lines and list items into dashes', () => {
    expect(htmlToText('<p>Beste klant,</p><p>Regel 1<br>Regel 2</p><ul><li>een</li><li>twee</li></ul>')).toBe(
      'Beste klant,\n\nRegel 1\nRegel 2\n\n- een\n- twee',
    );
  });

  it('keeps link targets and image alt text, decodes entities', () => {
    expect(htmlToText('<a href="https://x.nl/a">hier</a> &amp; <img alt="logo"> caf&eacute; &#8364;5 &#x1F600; &#150;')).toBe(
      'hier (https://x.nl/a) & logo café €5 😀 –',
    );
    expect(htmlToText('<a href="https://x.nl">https://x.nl</a>')).toBe('https://x.nl');
  });

  it('drops scripts, styles, the head and comments, also when unterminated', () => {
    expect(htmlToText('<html><head><title>t</title><style>p{color:red}</style></head><body>hoi<script>alert(1)</script></body></html>')).toBe('hoi');
    expect(htmlToText('a<!-- verborgen -->b<script>never closed')).toBe('ab');
  });

  it('collapses white space except in pre', () => {
    expect(htmlToText('<p>a   \n  b</p><pre>x\n  y</pre>')).toBe('a b\n\nx\n  y');
  });

  it('stays linear on hostile markup', () => {
    const started = Date.now();
    htmlToText('<a'.repeat(300_000));
    htmlToText(`<${'a'.repeat(500_000)}`);
    htmlToText('<!--'.repeat(300_000));
    htmlToText('<script>'.repeat(100_000));
    htmlToText('&#'.repeat(300_000));
    expect(Date.now() - started).toBeLessThan(3_000);
  });
});
