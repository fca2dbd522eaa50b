import nodemailer from 'nodemailer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/kernel/logger.js';
import { createMailer } from '../../src/kernel/mailer.js';
import { dialects, startTestApp, type TestApp } from '../db-context.js';
import { dovecotAvailable, startDovecot } from '../dovecot.js';
import { asRole } from '../http.js';
import { type SmtpSink, startSmtpSink } from '../smtp-sink.js';

const DESK = 'service@huishoud.test';
let seq = 0;

/** A raw RFC 5322 message as a mail client would send it. */
function mail(o: { from: string; subject: string; body?: string; id?: string; inReplyTo?: string; headers?: string[] }): { id: string; raw: string } {
  const id = o.id ?? `m${++seq}.${Date.now()}@client.test`;
  const lines = [
    `From: ${o.from}`,
    `To: Klantenservice <${DESK}>`,
    `Subject: ${o.subject}`,
    `Message-ID: <${id}>`,
    'Date: Mon, 30 Nov 2026 10:00:00 +0100',
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    ...(o.inReplyTo ? [`In-Reply-To: <${o.inReplyTo}>`, `References: <${o.inReplyTo}>`] : []),
    ...(o.headers ?? []),
    '',
    o.body ?? 'Mijn wasmachine maakt een raar geluid.',
  ];
  return { id, raw: lines.join('\r\n') };
}

describe.each(dialects())('case mail in and out (%s)', (dialect) => {
  let t: TestApp;
  let sink: SmtpSink;
  let admin: Awaited<ReturnType<typeof asRole>>;
  let agent: Awaited<ReturnType<typeof asRole>>;
  let smtp: ReturnType<typeof nodemailer.createTransport>;
  let intake: { start(): Promise<void>; stop(): Promise<void>; smtpPort(): number | null };

  beforeAll(async () => {
    sink = await startSmtpSink();
    const logger = createLogger('silent');
    t = await startTestApp(dialect, { mailer: createMailer({ host: '127.0.0.1', port: sink.port, secure: false }, 'Loyaal <desk@huishoud.test>', logger) });
    admin = await asRole(t.loyaal, 'admin');
    agent = await asRole(t.loyaal, 'agent');
    const inject = (url: string, payload: unknown) => t.loyaal.app.inject({ method: 'POST', url, headers: admin.headers, payload: payload as object });
    expect((await inject('/api/v1/mailboxes', { name: 'Klantenservice', address: DESK })).statusCode).toBe(201);
    expect((await inject('/api/v1/customers', { kind: 'person', name: 'Anneke de Vries', contacts: [{ name: 'Anneke de Vries', email: 'anneke@ziggo.test' }] })).statusCode).toBe(201);
    expect((await inject('/api/v1/customers', { kind: 'person', name: 'Bram Jansen', contacts: [{ name: 'Bram Jansen', email: 'bram@kpn.test' }] })).statusCode).toBe(201);
    intake = t.loyaal.services.cases.intake({ host: '127.0.0.1', port: 0, maxBytes: 2 * 1024 * 1024 });
    await intake.start();
    smtp = nodemailer.createTransport({ host: '127.0.0.1', port: intake.smtpPort() as number, secure: false, ignoreTLS: true });
  });
  afterAll(async () => {
    await intake.stop();
    await t.close();
    await sink.close();
  });

  const send = (m: { raw: string }, envelopeFrom: string | null = 'anneke@ziggo.test') =>
    smtp.sendMail({ envelope: { from: envelopeFrom ?? '', to: [DESK] }, raw: m.raw });
  const dispatch = async () => {
    while ((await t.loyaal.bus.dispatch()) > 0) {}
  };
  const get = async (url: string) => (await t.loyaal.app.inject({ method: 'GET', url, headers: agent.headers })).json();
  const newest = async () => (await get('/api/v1/cases?view=all&pageSize=1')).items[0];

  it('opens a case from mail, acknowledges it, threads the agent reply and the customer answer', async () => {
    const first = mail({ from: 'Anneke de Vries <anneke@ziggo.test>', subject: 'Wasmachine maakt lawaai' });
    await send(first);
    const c = await newest();
    expect(c).toMatchObject({ subject: 'Wasmachine maakt lawaai', channel: 'email', customerName: 'Anneke de Vries', contactNeedsReview: false });
    await dispatch();
    const ack = await sink.waitFor(1);
    expect(ack[0].parsed.subject).toContain(c.number);
    expect(ack[0].parsed.headers.get('auto-submitted')).toBe('auto-replied');
    expect(ack[0].parsed.inReplyTo).toBe(`<${first.id}>`);

    const reply = await t.loyaal.app.inject({ method: 'POST', url: `/api/v1/cases/${c.id}/messages`, headers: agent.headers, payload: { kind: 'reply', bodyHtml: '<p>Welk model is het?</p>' } });
    expect(reply.statusCode).toBe(201);
    await dispatch();
    const out = (await sink.waitFor(2))[1];
    expect(out.parsed.subject).toBe(`Re: Wasmachine maakt lawaai [${c.number}]`);
    expect(out.parsed.inReplyTo).toBe(`<${first.id}>`);
    expect(String(out.parsed.references)).toContain(first.id);

    const answer = mail({ from: 'anneke@ziggo.test', subject: `Re: Wasmachine maakt lawaai [${c.number}]`, body: 'Een Miele W1.', inReplyTo: out.parsed.messageId?.replace(/[<>]/g, '') });
    await send(answer);
    await send(answer);
    const timeline = await get(`/api/v1/cases/${c.id}/timeline`);
    expect(timeline.messages.map((m: { direction: string }) => m.direction)).toEqual(['inbound', 'outbound', 'outbound', 'inbound']);
    expect(timeline.messages[0].hasOriginal).toBe(true);
    const original = await t.loyaal.app.inject({ method: 'GET', url: `/api/v1/cases/${c.id}/messages/${timeline.messages[0].id}/original`, headers: agent.headers });
    expect(original.body).toContain('Message-ID: <');
    expect((await get(`/api/v1/cases/${c.id}`)).status).toBe('open');
  });

  it('threads by case number only for the same customer', async () => {
    const base = mail({ from: 'anneke@ziggo.test', subject: 'Droger stuk' });
    await send(base);
    const c = await newest();
    await send(mail({ from: 'anneke@ziggo.test', subject: `Aanvulling op ${c.number}`, body: 'Foto volgt' }));
    expect((await get(`/api/v1/cases/${c.id}/timeline`)).messages.filter((m: { direction: string }) => m.direction === 'inbound')).toHaveLength(2);
    await send(mail({ from: 'bram@kpn.test', subject: `Vraag over ${c.number}` }), 'bram@kpn.test');
    const other = await newest();
    expect(other.id).not.toBe(c.id);
    expect(other.customerName).toBe('Bram Jansen');
  });

  it('turns an unknown sender into a new contact flagged for review', async () => {
    await send(mail({ from: '"Onbekende Klant" <nieuw@example.test>', subject: 'Hallo' }), 'nieuw@example.test');
    const c = await newest();
    expect(c).toMatchObject({ customerName: 'Onbekende Klant', contactNeedsReview: true });
    expect((await get('/api/v1/cases?view=review')).items.map((i: { id: string }) => i.id)).toContain(c.id);
  });

  it('never opens cases or acknowledges auto-replies, and quarantines them', async () => {
    const before = (await newest()).id;
    await dispatch();
    const sent = sink.messages.length;
    await send(mail({ from: 'anneke@ziggo.test', subject: 'Afwezig', headers: ['Auto-Submitted: auto-replied'] }));
    await send(mail({ from: 'anneke@ziggo.test', subject: 'Out of office', headers: ['X-Autoreply: yes'] }));
    await send(mail({ from: 'anneke@ziggo.test', subject: 'Nieuwsbrief', headers: ['Precedence: bulk'] }));
    await send(mail({ from: 'anneke@ziggo.test', subject: 'Leeg pad' }), null);
    expect((await newest()).id).toBe(before);
    await dispatch();
    expect(sink.messages.length).toBe(sent);
    const q = (await t.loyaal.app.inject({ method: 'GET', url: '/api/v1/mail-quarantine', headers: admin.headers })).json();
    expect(q.items.filter((i: { reason: string }) => i.reason.startsWith('auto_reply'))).toHaveLength(4);
    const release = await t.loyaal.app.inject({ method: 'POST', url: `/api/v1/mail-quarantine/${q.items[0].id}/release`, headers: admin.headers });
    expect(release.json().kind).toBe('created');
  });

  it('marks an outgoing message failed when its bounce comes back', async () => {
    await send(mail({ from: 'bram@kpn.test', subject: 'Koelkast' }), 'bram@kpn.test');
    const c = await newest();
    await t.loyaal.app.inject({ method: 'POST', url: `/api/v1/cases/${c.id}/messages`, headers: agent.headers, payload: { kind: 'reply', bodyHtml: 'Komt goed' } });
    await dispatch();
    const outbound = (await get(`/api/v1/cases/${c.id}/timeline`)).messages.filter((m: { direction: string }) => m.direction === 'outbound');
    const sentMsg = sink.messages.find((m) => m.parsed.subject === `Re: Koelkast [${c.number}]`);
    const originalId = String(sentMsg?.parsed.messageId).replace(/[<>]/g, '');
    const boundary = 'dsn-boundary';
    const dsn = [
      'From: Mail Delivery System <MAILER-DAEMON@mx.kpn.test>',
      `To: ${DESK}`,
      'Subject: Undelivered Mail Returned to Sender',
      `Message-ID: <bounce.${Date.now()}@mx.kpn.test>`,
      'MIME-Version: 1.0',
      `Content-Type: multipart/report; report-type=delivery-status; boundary="${boundary}"`,
      '',
      `--${boundary}`,
      'Content-Type: text/plain',
      '',
      'The mail system could not deliver your message.',
      `--${boundary}`,
      'Content-Type: message/delivery-status',
      '',
      'Reporting-MTA: dns; mx.kpn.test',
      '',
      'Final-Recipient: rfc822; bram@kpn.test',
      'Action: failed',
      'Status: 5.1.1',
      'Diagnostic-Code: smtp; 550 5.1.1 user unknown',
      `--${boundary}`,
      'Content-Type: text/rfc822-headers',
      '',
      `Message-ID: <${originalId}>`,
      `Subject: Re: Koelkast [${c.number}]`,
      `--${boundary}--`,
    ].join('\r\n');
    await send({ raw: dsn }, null);
    const after = (await get(`/api/v1/cases/${c.id}/timeline`)).messages.find((m: { id: string }) => m.id === outbound[outbound.length - 1].id);
    expect(after.delivery).toBe('failed');
    expect(after.deliveryError).toContain('5.1.1');
  });

  it('throttles a sender who sends too many messages a minute', async () => {
    for (let i = 0; i < 12; i++) await send(mail({ from: 'spam@flood.test', subject: `Bericht ${i}` }), 'spam@flood.test');
    const q = (await t.loyaal.app.inject({ method: 'GET', url: '/api/v1/mail-quarantine', headers: admin.headers })).json();
    expect(q.items.filter((i: { reason: string; envelopeFrom: string }) => i.reason === 'sender_throttled').length).toBeGreaterThanOrEqual(1);
  });

  it.skipIf(!dovecotAvailable && process.env.CI !== 'true')('fetches mail from an IMAP mailbox (Dovecot)', async () => {
    const dovecot = await startDovecot();
    try {
      const res = await t.loyaal.app.inject({
        method: 'POST',
        url: '/api/v1/mailboxes',
        headers: admin.headers,
        payload: { name: 'Reparaties', address: 'reparatie@huishoud.test', imap: { host: dovecot.host, port: dovecot.port, secure: false, user: dovecot.user, password: dovecot.password } },
      });
      expect(res.statusCode).toBe(201);
      expect(res.json().imap.password).toBeUndefined();
      await dovecot.append(mail({ from: 'bram@kpn.test', subject: 'Via IMAP binnen' }).raw);
      const run = t.loyaal.services.cases.intake();
      await run.start();
      const deadline = Date.now() + 15_000;
      while ((await newest()).subject !== 'Via IMAP binnen' && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
      await run.stop();
      expect(await newest()).toMatchObject({ subject: 'Via IMAP binnen', customerName: 'Bram Jansen' });
    } finally {
      await dovecot.stop();
    }
  });
});
