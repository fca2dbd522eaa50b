import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extensionFor, safeFilename } from './filename.js';

describe(safeFilename.name, () => {
  it.each([
    ['factuur.pdf', 'application/pdf', 'factuur.pdf'],
    ['invoice\u202Egpj.exe', 'image/jpeg', 'invoicegpj.exe'],
    ['\u2067photo\u2069.jpg\u200E', 'image/jpeg', 'photo.jpg'],
    ['fac\u200Btuur\u200C\u200D.pdf\uFEFF', 'application/pdf', 'factuur.pdf'],
    ['../../etc/passwd', 'application/octet-stream', 'passwd'],
    ['..\\..\\Windows\\System32\\cmd.exe', 'application/octet-stream', 'cmd.exe'],
    ['map/', 'application/pdf', 'map'],
    ['/', 'application/pdf', 'bijlage.pdf'],
    ['.htaccess', 'text/plain', 'htaccess'],
    ['...', 'text/plain', 'bijlage.txt'],
    ['a\u0000b\r\nc.txt', 'text/plain', 'abc.txt'],
    ['what?*<>|":.txt', 'text/plain', 'what_______.txt'],
    ['CON', 'text/plain', '_CON'],
    ['lpt1.txt', 'text/plain', '_lpt1.txt'],
    ['rapport .pdf. ', 'application/pdf', 'rapport .pdf'],
    ['  veel    ruimte  .docx', 'application/octet-stream', 'veel ruimte .docx'],
    ['Cafe\u0301.txt', 'text/plain', 'Café.txt'],
    [undefined, 'application/pdf', 'bijlage.pdf'],
    ['', 'image/png', 'bijlage.png'],
    ['   ', 'message/rfc822', 'bijlage.eml'],
    [undefined, 'application/x-unknown', 'bijlage'],
    [undefined, 'Application/PDF; name="x"', 'bijlage.pdf'],
    ['winmail.dat', 'application/ms-tnef', 'winmail.dat'],
  ])('%j (%s) → %j', (name, type, expected) => {
    expect(safeFilename(name, type)).toBe(expected);
  });

  it('cuts long names to 120 characters and keeps the extension', () => {
    const out = safeFilename(`${'a'.repeat(300)}.pdf`, 'application/pdf');
    expect(out).toHaveLength(120);
    expect(out.endsWith('.pdf')).toBe(true);
    const emoji = safeFilename(`${'😀'.repeat(200)}.png`, 'image/png');
    expect(Array.from(emoji)).toHaveLength(120);
    expect(emoji.endsWith('.png')).toBe(true);
  });

  it('never returns an empty, hidden, path-like or disguised name, whatever the input', () => {
    fc.assert(
      fc.property(fc.option(fc.string({ unit: 'binary', maxLength: 400 }), { nil: undefined }), fc.constantFrom('application/pdf', 'x/y', ''), (name, type) => {
        const out = safeFilename(name, type);
        expect(out.length).toBeGreaterThan(0);
        expect(Array.from(out).length).toBeLessThanOrEqual(120);
        // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters must not survive
        expect(out).not.toMatch(/[/\\<>:"|?*\u0000-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/);
        expect(out.startsWith('.')).toBe(false);
        expect(out.endsWith(' ')).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });
});

describe(extensionFor.name, () => {
  it('maps common types and ignores parameters and case', () => {
    expect(extensionFor('IMAGE/JPEG; name=x')).toBe('.jpg');
    expect(extensionFor('application/vnd.openxmlformats-officedocument.wordprocessingml.document')).toBe('.docx');
    expect(extensionFor(undefined)).toBe('');
  });
});
