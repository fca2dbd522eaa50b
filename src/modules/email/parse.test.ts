import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TRUNCATION_MARKER } from './clean.js';
import { parseMailDate } from './mail-date.js';
import { type InboundMail, type ParseResult, parseInbound } from './parse.js';

const rawMail = (headers: string, body = 'Hallo') => Buffer.from(`${headers.trim().replace(/\n/g, '\r\n')}\r\n\r\n${body}`);
const BASIC = 'From: Klant <klant@example.nl>\nTo: support@loyaal.test\nSubject: Vraag\nMessage-ID: <m1@example.nl>';

async function parsed(raw: Buffer, opts?: Parameters<typeof parseInbound>[1]): Promise<{ mail: InboundMail; result: Extract<ParseResult, { ok: true }> }> {
  const result = await parseInbound(raw, opts);
  if (!result.ok) throw new Error(`quarantined: ${result.reason} ${result.detail ?? ''}`);
  return { mail: result.mail, result };
}

describe(parseInbound.name, () => {
  it('parses an ordinary reply into clean fields', async () => {
    const { mail } = await parsed(
      rawMail(
        [
          'From: =?utf-8?Q?Jan_J=C3=A9_=E2=80=AE?= <Jan.Jansen@Example.NL>',
          'To: Support <support@loyaal.test>, "Team" <team@loyaal.test>',
          'Cc: Collega <c@example.nl>',
          'Reply-To: jan.prive@example.org',
          'Subject: =?utf-8?B?UmU6IFtaLTIwMjYtMDAwMTIzXSBVdyB2cmFhZw==?=',
          'Message-ID: <reply-1@example.nl>',
          'In-Reply-To: <case-123.out-1@loyaal.test>',
          'References: <case-123@loyaal.test> <case-123.out-1@loyaal.test>',
          'Date: Wed, 15 Jan 2025 09:30:00 +0100',
          'Content-Type: text/plain; charset=utf-8',
        ].join('\n'),
        'Dank u wel!\r\n\r\n> eerder bericht',
      ),
    );
    expect(mail).toMatchObject({
      messageId: 'reply-1@example.nl',
      inReplyTo: ['case-123.out-1@loyaal.test'],
      references: ['case-123@loyaal.test', 'case-123.out-1@loyaal.test'],
      from: { address: 'jan.jansen@example.nl', name: 'Jan Jé' },
      replyTo: { address: 'jan.prive@example.org', name: '' },
      to: [
        { address: 'support@loyaal.test', name: 'Support' },
        { address: 'team@loyaal.test', name: 'Team' },
      ],
      cc: [{ address: 'c@example.nl', name: 'Collega' }],
      subject: 'Re: [Z-2026-000123] Uw vraag',
      text: 'Dank u wel!\n\n> eerder bericht',
      html: null,
      autoReply: null,
      bounce: null,
      attachments: [],
    });
    expect(mail.date?.toISOString()).toBe('2025-01-15T08:30:00.000Z');
  });

  it('derives the text from HTML when there is no text part, and sanitises the HTML', async () => {
    const { mail } = await parsed(rawMail(`${BASIC}\nContent-Type: text/html`, '<p onclick="x()">Hoi <a href="https://x.nl">link</a></p><script>bad()</script>'));
    expect(mail.text).toBe('Hoi link (https://x.nl)');
    expect(mail.html).toBe('<p>Hoi <a href="https://x.nl" rel="noopener noreferrer" target="_blank">link</a></p>');
  });

  it('cuts a body over 1 MB and says so', async () => {
    const { mail } = await parsed(rawMail(BASIC, 'é'.repeat(700_000)));
    expect(Buffer.byteLength(mail.text)).toBeLessThanOrEqual(1_048_576);
    expect(mail.text.endsWith(TRUNCATION_MARKER)).toBe(true);
  });

  it('cuts the subject to 500 characters', async () => {
    const { mail } = await parsed(rawMail(`${BASIC.replace('Subject: Vraag', `Subject: ${'x'.repeat(2000)}`)}`));
    expect(mail.subject).toHaveLength(500);
  });

  it('marks inline images and keeps their Content-ID', async () => {
    const png = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';
    const body = [
      '--r',
      'Content-Type: text/html',
      '',
      '<img src="cid:img1@x">',
      '--r',
      'Content-Type: image/png; name="logo.png"',
      'Content-ID: <img1@x>',
      'Content-Transfer-Encoding: base64',
      '',
      png,
      '--r--',
    ].join('\r\n');
    const { mail } = await parsed(rawMail(`${BASIC}\nContent-Type: multipart/related; boundary=r`, body));
    expect(mail.html).toBe('<img src="cid:img1@x" />');
    expect(mail.attachments).toMatchObject([{ filename: 'logo.png', contentType: 'image/png', contentId: 'img1@x', inline: true, size: 70 }]);
  });

  it('applies the attachment limits from the options', async () => {
    const part = (i: number, size: number) =>
      `--m\r\nContent-Type: application/pdf\r\nContent-Disposition: attachment; filename="f${i}.pdf"\r\nContent-Transfer-Encoding: base64\r\n\r\n${Buffer.alloc(size, 1).toString('base64')}\r\n`;
    const raw = rawMail(`${BASIC}\nContent-Type: multipart/mixed; boundary=m`, `${part(1, 10)}${part(2, 5000)}${part(3, 10)}${part(4, 10)}--m--\r\n`);
    const { mail: m, result } = await parsed(raw, { maxAttachmentBytes: 1000, maxAttachments: 2 });
    expect(m.attachments.map((a) => a.filename)).toEqual(['f1.pdf', 'f3.pdf']);
    expect(result.droppedAttachments).toEqual([
      { filename: 'f2.pdf', size: 5000, reason: 'too_large' },
      { filename: 'f4.pdf', size: 10, reason: 'too_many' },
    ]);
  });

  it('quarantines what it cannot use, with a reason', async () => {
    expect(await parseInbound(Buffer.alloc(0))).toEqual({ ok: false, reason: 'empty' });
    expect(await parseInbound(rawMail(BASIC), { maxBytes: 10 })).toMatchObject({ ok: false, reason: 'too_large' });
    expect(await parseInbound(rawMail('Subject: geen afzender'))).toMatchObject({ ok: false, reason: 'no_sender' });
    expect(await parseInbound('not a buffer' as unknown as Buffer)).toMatchObject({ ok: false, reason: 'unparseable' });
  });

  it('flags mail that arrived with an empty return path', async () => {
    const { mail: m } = await parsed(rawMail(BASIC), { envelopeFrom: null });
    expect(m.autoReply).toBe('envelope-from: <>');
  });

  it('generates a stable Message-ID from the bytes when there is none', async () => {
    const raw = rawMail('From: a@example.nl\nSubject: x');
    const a = await parsed(raw);
    const b = await parsed(Buffer.from(raw));
    expect(a.mail.messageId).toMatch(/^generated\.[0-9a-f]{32}@loyaal\.invalid$/);
    expect(b.mail.messageId).toBe(a.mail.messageId);
  });

  it('never throws and never hangs on arbitrary bytes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 3000 }), async (bytes) => {
        const r = await parseInbound(Buffer.from(bytes));
        expect(r.ok || r.reason.length > 0).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on arbitrary text after valid headers', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 2000 }), fc.string({ unit: 'binary', maxLength: 200 }), async (body, subject) => {
        const r = await parseInbound(rawMail(`From: a@example.nl\nContent-Type: multipart/mixed; boundary=b\nSubject: ${subject.replace(/[\r\n]/g, ' ')}`, body));
        if (r.ok) {
          // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters must not survive
          expect(r.mail.subject).not.toMatch(/[\u0000-\u001F\u200B-\u200F\u202A-\u202E\u2066-\u2069]/);
          expect(r.mail.html ?? '').not.toMatch(/<script|\son\w+=/i);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe(parseMailDate.name, () => {
  it.each([
    ['Tue, 14 Jan 2025 10:00:00 +0100', '2025-01-14T09:00:00.000Z'],
    ['Tue, 14 Jan 2025 10:00:00 +0100 (CET)', '2025-01-14T09:00:00.000Z'],
    ['14 Jan 2025 10:00 -0500', '2025-01-14T15:00:00.000Z'],
    ['Tue, 14 Jan 25 10:00:00 GMT', '2025-01-14T10:00:00.000Z'],
    ['Tue, 14 Jan 99 10:00:00 GMT', '1999-01-14T10:00:00.000Z'],
    ['Tue, 14 January 2025 10:00:00 PST', '2025-01-14T18:00:00.000Z'],
    ['Tue, 14 Jan 2025 10:00:00 CEST', '2025-01-14T08:00:00.000Z'],
    ['Tue,14 Jan 2025 10:00:00 XYZ', '2025-01-14T10:00:00.000Z'],
    ['2025-01-14T10:00:00Z', '2025-01-14T10:00:00.000Z'],
  ])('%s → %s', (value, iso) => {
    expect(parseMailDate(value)?.toISOString()).toBe(iso);
  });

  it.each(['', 'gisteren', 'Mon, 1 Jan 0001 00:00:00 +0000', 'Mon, 32 Jan 2025 10:00:00 +0000', 'Mon, 1 Foo 2025 10:00:00', '14 Jan 2025 25:00:00', 'x'.repeat(300)])(
    'rejects %j',
    (value) => {
      expect(parseMailDate(value)).toBeNull();
    },
  );
});
