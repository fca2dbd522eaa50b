import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import { rawHeadersFromText } from './headers.js';
import { daemonLocalPart, detectAutoReply } from './loop-guard.js';

const headers = (text: string) => rawHeadersFromText(`From: Klant <klant@example.nl>\nSubject: Vraag\n${text}\n\n`);

describe(detectAutoReply.name, () => {
  it.each([
    ['Auto-Submitted: auto-replied', 'auto-submitted: auto-replied'],
    ['Auto-Submitted: auto-generated', 'auto-submitted: auto-generated'],
    ['Auto-Submitted: auto-notified; owner-email="x@y"', 'auto-submitted: auto-notified'],
    ['AUTO-SUBMITTED: Auto-Replied', 'auto-submitted: auto-replied'],
    ['X-Autoreply: yes', 'x-autoreply: yes'],
    ['X-Autorespond: Vacation responder', 'x-autorespond: Vacation responder'],
    ['X-Auto-Reply: 1', 'x-auto-reply: 1'],
    ['Precedence: bulk', 'precedence: bulk'],
    ['Precedence: JUNK', 'precedence: junk'],
    ['Precedence: list', 'precedence: list'],
    ['Precedence: auto_reply', 'precedence: auto_reply'],
    ['X-Precedence: bulk', 'x-precedence: bulk'],
    ['X-Auto-Response-Suppress: All', 'x-auto-response-suppress: all'],
    ['X-Auto-Response-Suppress: OOF', 'x-auto-response-suppress: oof'],
    ['X-Auto-Response-Suppress: DR, AutoReply', 'x-auto-response-suppress: autoreply'],
    ['List-Id: Nieuws <nieuws.example.nl>', 'list-id: Nieuws <nieuws.example.nl>'],
    ['List-Unsubscribe: <mailto:u@example.nl>', 'list-unsubscribe: <mailto:u@example.nl>'],
    ['Return-Path: <>', 'return-path: <>'],
    ['Return-Path: < >', 'return-path: <>'],
    ['Content-Type: multipart/report; report-type=disposition-notification; boundary=x', 'content-type: multipart/report'],
  ])('flags %s', (header, reason) => {
    expect(detectAutoReply(headers(header))).toBe(reason);
  });

  it.each([
    'Auto-Submitted: no',
    'X-Autoreply: no',
    'Precedence: normal',
    'Precedence: first-class',
    'X-Auto-Response-Suppress: DR, RN, NRN',
    'Return-Path: <klant@example.nl>',
    'Content-Type: multipart/mixed; boundary=x',
    'Reply-To: noreply@example.nl',
  ])('lets a person through despite %s', (header) => {
    expect(detectAutoReply(headers(header))).toBeNull();
  });

  it('treats a null envelope sender as automatic, an unknown one as no evidence', () => {
    const h = headers('X-Nothing: 1');
    expect(detectAutoReply(h, null)).toBe('envelope-from: <>');
    expect(detectAutoReply(h, '')).toBe('envelope-from: <>');
    expect(detectAutoReply(h, '<>')).toBe('envelope-from: <>');
    expect(detectAutoReply(h, undefined)).toBeNull();
    expect(detectAutoReply(h, 'klant@example.nl')).toBeNull();
  });

  it('flags MAILER-DAEMON and postmaster senders', () => {
    expect(detectAutoReply(rawHeadersFromText('From: MAILER-DAEMON@mx.example.nl (Mail Delivery System)\n\n'))).toBe('from: mailer-daemon');
    expect(detectAutoReply(rawHeadersFromText('From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>\n\n'))).toBe('from: mailer-daemon');
    expect(detectAutoReply(rawHeadersFromText('From: Postmaster <postmaster@example.nl>\n\n'))).toBe('from: postmaster');
    expect(detectAutoReply(rawHeadersFromText('From: MAILER-DAEMON\n\n'))).toBe('from: mailer-daemon');
    expect(detectAutoReply(rawHeadersFromText('From: "postmaster@x.nl" <klant@example.nl>\n\n'))).toBeNull();
  });

  it('flags a message that went round more than 50 relays', () => {
    const received = (n: number) => Array.from({ length: n }, (_, i) => `Received: from h${i} by mx`).join('\n');
    expect(detectAutoReply(headers(received(50)))).toBeNull();
    expect(detectAutoReply(headers(received(51)))).toBe('received: 51 hops');
  });

  it('reads mailparser header maps, WHATWG Headers and plain records alike', async () => {
    const parsed = await simpleParser(
      Buffer.from('From: a@example.nl\r\nList-Id: <lijst.example.nl>\r\nSubject: x\r\n\r\nbody'),
    );
    expect(detectAutoReply(parsed.headers)).toMatch(/^list-id: /);
    const bounceMap = await simpleParser(Buffer.from('From: a@example.nl\r\nReturn-Path: <>\r\n\r\nb'));
    expect(detectAutoReply(bounceMap.headers)).toBe('return-path: <>');
    expect(detectAutoReply(new Headers({ 'Auto-Submitted': 'auto-replied' }))).toBe('auto-submitted: auto-replied');
    expect(detectAutoReply({ 'X-Autoreply': 'yes' })).toBe('x-autoreply: yes');
    expect(detectAutoReply({ precedence: ['bulk'] })).toBe('precedence: bulk');
    expect(detectAutoReply({ subject: 'gewoon' })).toBeNull();
  });
});

describe(daemonLocalPart.name, () => {
  it.each([
    ['MAILER-DAEMON@x.nl', 'mailer-daemon'],
    ['<Mailer-Daemon@x.nl>', 'mailer-daemon'],
    ['Mail System <postmaster@x.nl>', 'postmaster'],
    ['klant@example.nl', null],
    ['', null],
  ])('%s → %s', (value, expected) => {
    expect(daemonLocalPart(value)).toBe(expected);
  });
});
