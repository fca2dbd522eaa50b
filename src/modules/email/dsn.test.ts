import { describe, expect, it } from 'vitest';
import { dsnSamples } from '../../../test/fixtures/hostile-mail/dsn-samples.js';
import { detectBounce, parseDeliveryStatus } from './dsn.js';
import { rawHeadersFromText } from './headers.js';
import { parseInbound } from './parse.js';

const sample = (prefix: string) => {
  const m = dsnSamples().find((s) => s.name.startsWith(prefix));
  if (!m) throw new Error(`no sample ${prefix}`);
  return m;
};

async function bounceOf(prefix: string) {
  const m = sample(prefix);
  const r = await parseInbound(m.raw, m.envelopeFrom === undefined ? {} : { envelopeFrom: m.envelopeFrom });
  if (!r.ok) throw new Error(`${prefix}: ${r.reason}`);
  return r.mail;
}

describe('bounce detection on real-looking samples', () => {
  it('reads a Postfix bounce: original Message-ID from the attached message, recipient, status, diagnostic', async () => {
    const mail = await bounceOf('bounce: Postfix with the original attached');
    expect(mail.bounce).toEqual({
      originalMessageId: 'case-42.reply-1@loyaal.test',
      recipients: ['nobody@example.com'],
      status: '5.1.1',
      diagnostic: '550 5.1.1 <nobody@example.com>: Recipient address rejected: User unknown in virtual mailbox table',
      action: 'failed',
    });
    expect(mail.autoReply).not.toBeNull();
  });

  it('reads a Postfix bounce that returns only the headers', async () => {
    expect((await bounceOf('bounce: Postfix with headers only')).bounce?.originalMessageId).toBe('case-42.reply-2@loyaal.test');
  });

  it('reports a delay warning as delayed, not failed', async () => {
    const { bounce } = await bounceOf('bounce: Postfix delay warning');
    expect(bounce?.action).toBe('delayed');
    expect(bounce?.status).toBe('4.4.1');
  });

  it('reads an Exchange Online NDR', async () => {
    const mail = await bounceOf('bounce: Exchange Online');
    expect(mail.bounce).toMatchObject({
      originalMessageId: 'case-42.reply-8@loyaal.test',
      recipients: ['nobody@contoso.com'],
      status: '5.1.10',
      action: 'failed',
    });
    expect(mail.bounce?.diagnostic).toContain('RESOLVER.ADR.RecipientNotFound');
    expect(mail.html).not.toContain('office.com');
  });

  it('reads a Dutch Exchange NDR with only the original headers', async () => {
    const { bounce } = await bounceOf('bounce: Exchange in Dutch');
    expect(bounce).toMatchObject({ originalMessageId: 'case-42.reply-5@loyaal.test', recipients: ['inkoop@bedrijf.example.nl'], status: '5.2.2' });
  });

  it('reads a Gmail bounce', async () => {
    const { bounce } = await bounceOf('bounce: Gmail');
    expect(bounce).toMatchObject({ originalMessageId: 'case-42.reply-9@loyaal.test', recipients: ['nobody@example.org'], status: '5.1.1' });
  });

  it('reads non-standard qmail and Exim bounces from their text', async () => {
    const qmail = await bounceOf('bounce: qmail');
    expect(qmail.bounce).toMatchObject({ originalMessageId: 'case-42.reply-10@loyaal.test', recipients: ['nobody@example.net'], status: '5.1.1', action: 'failed' });
    const exim = await bounceOf('bounce: Exim');
    expect(exim.bounce).toMatchObject({ originalMessageId: 'case-42.reply-11@loyaal.test', recipients: ['nobody@example.org'], status: '5.1.1' });
    expect(exim.bounce?.diagnostic).toContain('550 5.1.1 No such user here');
  });

  it('accepts a delivery report without a From header instead of quarantining it', async () => {
    const mail = await bounceOf('bounce: report without a From header');
    expect(mail.from).toBeNull();
    expect(mail.bounce?.originalMessageId).toBe('case-42.reply-13@loyaal.test');
  });

  it('does not take a customer mail with a bounce-like subject for a bounce', async () => {
    const mail = await bounceOf('not a bounce');
    expect(mail.bounce).toBeNull();
    expect(mail.autoReply).toBeNull();
  });
});

describe(detectBounce.name, () => {
  const source = (headerText: string, text = '', parts: { contentType: string; content: Buffer }[] = []) => ({
    headers: rawHeadersFromText(`${headerText}\n\n`),
    text,
    parts,
  });

  it('ignores read receipts and feedback reports, which are reports but not bounces', () => {
    const mdn = source('From: klant@example.nl\nContent-Type: multipart/report; report-type=disposition-notification; boundary=x', '', [
      { contentType: 'text/rfc822-headers', content: Buffer.from('Message-ID: <a@b>\n') },
    ]);
    expect(detectBounce({ ...mdn, envelopeFrom: null })).toBeNull();
    expect(detectBounce(source('From: fbl@isp.example\nContent-Type: multipart/report; report-type=feedback-report; boundary=x'))).toBeNull();
  });

  it('recognises X-Failed-Recipients on its own', () => {
    const b = detectBounce(source('From: Mailer <mailer@mx.example>\nX-Failed-Recipients: A@Example.org, b@example.org', 'Diagnostic: 550 5.1.1 unknown'));
    expect(b).toMatchObject({ recipients: ['a@example.org', 'b@example.org'], status: '5.1.1', action: 'failed' });
  });

  it('needs more than a daemon sender: a daemon notice without bounce signs is not a bounce', () => {
    expect(detectBounce(source('From: MAILER-DAEMON@mx.example\nSubject: Quota warning', 'Your mailbox is almost full'))).toBeNull();
    expect(detectBounce(source('From: MAILER-DAEMON@mx.example\nSubject: Undelivered Mail Returned to Sender'))).not.toBeNull();
  });

  it('falls back to In-Reply-To for the original id when nothing else names it', () => {
    const b = detectBounce(source('From: postmaster@x.example\nSubject: Undeliverable: vraag\nIn-Reply-To: <orig@loyaal.test>'));
    expect(b?.originalMessageId).toBe('orig@loyaal.test');
  });
});

describe(parseDeliveryStatus.name, () => {
  it('takes the first failed recipient for status and diagnostic, and lists all recipients', () => {
    const report = parseDeliveryStatus(
      [
        'Reporting-MTA: dns; mx.example',
        'X-Original-Message-ID: <orig@loyaal.test>',
        '',
        'Final-Recipient: rfc822; ok@example.com',
        'Action: delivered',
        'Status: 2.0.0',
        '',
        'Final-Recipient: rfc822;<Gone@Example.com>',
        'Action: failed',
        'Status: 5.1.1 (user unknown)',
        'Diagnostic-Code: smtp; 550 5.1.1 user',
        '  unknown',
        '',
      ].join('\r\n'),
    );
    expect(report).toEqual({
      originalMessageId: 'orig@loyaal.test',
      recipients: ['ok@example.com', 'gone@example.com'],
      status: '5.1.1',
      diagnostic: '550 5.1.1 user unknown',
      action: 'failed',
    });
  });

  it('survives garbage', () => {
    expect(parseDeliveryStatus('\u0000\u0001 nonsense\n\n\n:::')).toEqual({ originalMessageId: null, recipients: [], status: null, diagnostic: null, action: null });
  });
});
