import net from 'node:net';
import { ImapFlow } from 'imapflow';
import nodemailer from 'nodemailer';
import { pino } from 'pino';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createMailer } from '../../src/kernel/mailer.js';
import { createImapPoller, type ImapDelivery, type ImapPoller } from '../../src/modules/email/imap-poller.js';
import { type InboundDelivery, type SmtpListener, type SmtpListenerOptions, startSmtpListener } from '../../src/modules/email/smtp-listener.js';
import { type DovecotInstance, dovecotAvailable, startDovecot } from '../dovecot.js';
import { startSmtpSink } from '../smtp-sink.js';

/** A logger that keeps every line, so tests can read what was logged. */
function memoryLogger() {
  const lines: string[] = [];
  return { logger: pino({ level: 'debug' }, { write: (s: string) => void lines.push(s) }), lines };
}

const silent = pino({ level: 'silent' });

async function until(check: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

function message(id: string, extraHeaders = '', body = 'Hallo,\r\n\r\nMijn wasmachine lekt.\r\n'): Buffer {
  return Buffer.from(`${extraHeaders}From: Klant <klant@example.nl>\r\nTo: support@loyaal.test\r\nSubject: Bericht ${id}\r\nMessage-ID: <${id}@example.nl>\r\nDate: Mon, 6 Jan 2025 10:00:00 +0000\r\n\r\n${body}`);
}

/** Speaks SMTP over a plain socket, returning every reply line, so the DATA-phase size check is exercised without SIZE=. */
async function rawSmtp(port: number, commands: string[]): Promise<string[]> {
  const sock = net.connect(port, '127.0.0.1');
  let buffer = '';
  const replies: string[] = [];
  let waiter: (() => void) | null = null;
  sock.on('data', (d) => {
    buffer += d.toString();
    let nl = buffer.indexOf('\r\n');
    while (nl !== -1) {
      const line = buffer.slice(0, nl);
      buffer = buffer.slice(nl + 2);
      if (/^\d{3} /.test(line)) {
        replies.push(line);
        waiter?.();
      }
      nl = buffer.indexOf('\r\n');
    }
  });
  const nextReply = (count: number) =>
    new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no SMTP reply; got ${replies.join(' | ')}`)), 10_000);
      waiter = () => {
        if (replies.length >= count) {
          clearTimeout(timer);
          waiter = null;
          resolve();
        }
      };
      waiter();
    });
  await nextReply(1);
  for (const cmd of commands) {
    sock.write(`${cmd}\r\n`);
    await nextReply(replies.length + 1);
  }
  sock.end();
  return replies;
}

describe('SMTP listener (nodemailer to smtp-server)', () => {
  let listener: SmtpListener | undefined;
  afterEach(async () => {
    await listener?.close();
    listener = undefined;
  });

  async function listen(overrides: Partial<SmtpListenerOptions> = {}) {
    const received: InboundDelivery[] = [];
    listener = await startSmtpListener({
      host: '127.0.0.1',
      port: 0,
      maxBytes: 64 * 1024,
      hostname: 'mx.loyaal.test',
      logger: silent,
      deliver: async (d) => void received.push(d),
      ...overrides,
    });
    const transport = nodemailer.createTransport({ host: '127.0.0.1', port: listener.port, secure: false, ignoreTLS: true });
    return { received, transport, port: listener.port };
  }

  it('hands over the exact bytes, the envelope sender and every recipient', async () => {
    const { received, transport } = await listen();
    const raw = Buffer.concat([message('exact'), Buffer.from('.Een regel die met een punt begint\r\n..en twee punten\r\nÜmlaut en € in 8 bits\r\n')]);
    const info = await transport.sendMail({ envelope: { from: 'klant@example.nl', to: ['support@loyaal.test', 'verkoop@loyaal.test'] }, raw });
    expect(info.accepted).toEqual(['support@loyaal.test', 'verkoop@loyaal.test']);
    expect(received).toHaveLength(1);
    const d = received[0];
    expect(d.raw.equals(raw)).toBe(true);
    expect(d.envelopeFrom).toBe('klant@example.nl');
    expect(d.recipients).toEqual(['support@loyaal.test', 'verkoop@loyaal.test']);
    expect(d.remoteAddress).toBe('127.0.0.1');
    expect(Math.abs(d.receivedAt.getTime() - Date.now())).toBeLessThan(10_000);
  });

  it('gives null as envelope sender for the empty return path <>', async () => {
    const { received, port } = await listen();
    const replies = await rawSmtp(port, ['EHLO client.test', 'MAIL FROM:<>', 'RCPT TO:<support@loyaal.test>', 'DATA', `${message('bounce').toString()}.`, 'QUIT']);
    expect(replies.slice(2, 6).map((r) => r.slice(0, 3))).toEqual(['250', '250', '354', '250']);
    expect(received).toHaveLength(1);
    expect(received[0].envelopeFrom).toBeNull();
    expect(received[0].raw.toString()).toContain('Message-ID: <bounce@example.nl>');
  });

  it('refuses an oversized message with 552 and never delivers it', async () => {
    const { received, transport, port } = await listen({ maxBytes: 2048 });
    const big = message('big', '', `${'x'.repeat(70)}\r\n`.repeat(100));
    await expect(transport.sendMail({ envelope: { from: 'klant@example.nl', to: ['support@loyaal.test'] }, raw: big })).rejects.toMatchObject({
      responseCode: 552,
    });
    // Without SIZE= on MAIL FROM the limit is enforced on the DATA stream itself.
    const replies = await rawSmtp(port, ['EHLO client.test', 'MAIL FROM:<klant@example.nl>', 'RCPT TO:<support@loyaal.test>', 'DATA', `${big.toString()}.`]);
    expect(replies.at(-1)).toMatch(/^552 /);
    expect(received).toHaveLength(0);
    const small = await transport.sendMail({ envelope: { from: 'klant@example.nl', to: ['support@loyaal.test'] }, raw: message('small') });
    expect(small.accepted).toEqual(['support@loyaal.test']);
    expect(received).toHaveLength(1);
  });

  it('answers 451 when storing fails, and the retry is accepted', async () => {
    let calls = 0;
    const stored: InboundDelivery[] = [];
    const { transport } = await listen({
      deliver: async (d) => {
        calls++;
        if (calls === 1) throw new Error('database unavailable');
        stored.push(d);
      },
    });
    const raw = message('retry');
    const mail = { envelope: { from: 'klant@example.nl', to: ['support@loyaal.test'] }, raw };
    const err = await transport.sendMail(mail).then(
      () => null,
      (e: { responseCode?: number }) => e,
    );
    expect(err?.responseCode).toBe(451);
    expect(stored).toHaveLength(0);
    await transport.sendMail(mail);
    expect(calls).toBe(2);
    expect(stored).toHaveLength(1);
    expect(stored[0].raw.equals(raw)).toBe(true);
  });

  it('refuses unknown recipients with 550 and keeps the known ones', async () => {
    const { received, transport } = await listen({ acceptRecipient: async (a) => a === 'support@loyaal.test' });
    await expect(transport.sendMail({ envelope: { from: 'klant@example.nl', to: ['onbekend@loyaal.test'] }, raw: message('nobody') })).rejects.toMatchObject({
      responseCode: 550,
    });
    expect(received).toHaveLength(0);
    const info = await transport.sendMail({ envelope: { from: 'klant@example.nl', to: ['onbekend@loyaal.test', 'support@loyaal.test'] }, raw: message('mixed') });
    expect(info.rejected).toEqual(['onbekend@loyaal.test']);
    expect(received).toHaveLength(1);
    expect(received[0].recipients).toEqual(['support@loyaal.test']);
  });

  it('turns away connections beyond maxClients', async () => {
    const { port } = await listen({ maxClients: 1 });
    const first = net.connect(port, '127.0.0.1');
    await new Promise((r) => first.once('data', r));
    try {
      const replies = await rawSmtp(port, []);
      expect(replies[0]).toMatch(/^421 /);
    } finally {
      first.destroy();
    }
  });
});

const skipDovecot = !dovecotAvailable && process.env.CI !== 'true';
if (skipDovecot) console.warn('\n!!! Dovecot not installed at /usr/sbin/dovecot: the IMAP poller tests are SKIPPED. apt-get install dovecot-imapd\n');

describe.skipIf(skipDovecot)('IMAP poller against Dovecot', () => {
  let dovecot: DovecotInstance;
  let poller: ImapPoller | undefined;
  beforeAll(async () => {
    dovecot = await startDovecot();
  });
  afterAll(async () => {
    await dovecot?.stop();
  });
  afterEach(async () => {
    await poller?.stop();
    poller = undefined;
  });

  const account = (mailbox: string) => ({ host: dovecot.host, port: dovecot.port, secure: false, user: dovecot.user, password: dovecot.password, mailbox });

  async function flagsIn(mailbox: string): Promise<{ uid: number; flags: string[] }[]> {
    const c = new ImapFlow({ host: dovecot.host, port: dovecot.port, secure: false, doSTARTTLS: false, auth: { user: dovecot.user, pass: dovecot.password }, logger: false });
    await c.connect();
    try {
      await c.mailboxOpen(mailbox);
      const all = await c.fetchAll('1:*', { uid: true, flags: true }).catch(() => []);
      return all.map((m) => ({ uid: m.uid, flags: [...(m.flags ?? [])].filter((f) => f !== '\\Recent').sort() }));
    } finally {
      await c.logout();
    }
  }

  function collect(fail?: (d: ImapDelivery, attempt: number) => boolean) {
    const got: ImapDelivery[] = [];
    const attempts = new Map<number, number>();
    const deliver = async (d: ImapDelivery) => {
      const n = (attempts.get(d.uid) ?? 0) + 1;
      attempts.set(d.uid, n);
      if (fail?.(d, n)) throw new Error('storage failed');
      got.push(d);
    };
    return { got, deliver };
  }

  it('delivers each message once, marked only after delivery, with the Return-Path as envelope sender', async () => {
    const raws = [message('p1', 'Return-Path: <bounce@example.nl>\r\n'), message('p2', 'Return-Path: <>\r\n'), message('p3')];
    for (const raw of raws) await dovecot.append(raw, 'Once');
    const { got, deliver } = collect();
    poller = createImapPoller({ account: account('Once'), deliver, afterDeliver: 'seen', idle: false, pollIntervalMs: 60_000, logger: silent });
    expect(await poller.pollOnce()).toBe(3);
    expect(got.map((d) => d.raw.toString('latin1'))).toEqual(raws.map((r) => r.toString('latin1')));
    expect(got.map((d) => d.envelopeFrom)).toEqual(['bounce@example.nl', null, null]);
    expect(await poller.pollOnce()).toBe(0);
    const flags = await flagsIn('Once');
    expect(flags.map((f) => f.flags)).toEqual(Array(3).fill(['$LoyaalImported', '\\Seen']));
  });

  it('keeps a message whose delivery failed and delivers it on the next poll', async () => {
    for (const id of ['f1', 'f2', 'f3']) await dovecot.append(message(id), 'Fail');
    const { got, deliver } = collect((d, attempt) => d.raw.includes('<f2@example.nl>') && attempt === 1);
    poller = createImapPoller({ account: account('Fail'), deliver, afterDeliver: 'seen', idle: false, pollIntervalMs: 60_000, logger: silent });
    expect(await poller.pollOnce()).toBe(2);
    expect((await flagsIn('Fail')).map((f) => f.flags.includes('\\Seen'))).toEqual([true, false, true]);
    expect(await poller.pollOnce()).toBe(1);
    expect(got.map((d) => d.raw.toString().match(/Message-ID: <(\w+)@/)?.[1])).toEqual(['f1', 'f3', 'f2']);
    expect(await poller.pollOnce()).toBe(0);
  });

  it('moves or deletes delivered messages when configured to', async () => {
    await dovecot.append(message('m1'), 'Move');
    await dovecot.append(message('d1'), 'Delete');
    const moved = collect();
    poller = createImapPoller({ account: account('Move'), deliver: moved.deliver, afterDeliver: { moveTo: 'Imported' }, idle: false, pollIntervalMs: 60_000, logger: silent });
    expect(await poller.pollOnce()).toBe(1);
    await poller.stop();
    expect(await flagsIn('Move')).toEqual([]);
    expect((await flagsIn('Imported')).map((f) => f.flags)).toEqual([['$LoyaalImported']]);

    const deleted = collect();
    poller = createImapPoller({ account: account('Delete'), deliver: deleted.deliver, afterDeliver: 'delete', idle: false, pollIntervalMs: 60_000, logger: silent });
    expect(await poller.pollOnce()).toBe(1);
    expect(await flagsIn('Delete')).toEqual([]);
    expect(moved.got.length + deleted.got.length).toBe(2);
  });

  it('start() takes the backlog, then picks up new mail through IDLE; stop() ends it', async () => {
    await dovecot.append(message('i1'), 'Idle');
    const { got, deliver } = collect();
    poller = createImapPoller({ account: account('Idle'), deliver, afterDeliver: 'seen', idle: true, pollIntervalMs: 120_000, logger: silent });
    await poller.start();
    expect(got).toHaveLength(1);
    const t0 = Date.now();
    await dovecot.append(message('i2'), 'Idle');
    await until(() => got.length === 2, 5000);
    expect(Date.now() - t0).toBeLessThan(5000);
    await poller.stop();
    poller = undefined;
    await dovecot.append(message('i3'), 'Idle');
    await new Promise((r) => setTimeout(r, 1000));
    expect(got).toHaveLength(2);
  });

  it('without IDLE, start() polls at the configured interval', async () => {
    const { got, deliver } = collect();
    poller = createImapPoller({ account: account('Poll'), deliver, afterDeliver: 'seen', idle: false, pollIntervalMs: 300, logger: silent });
    await dovecot.append(message('q0'), 'Poll');
    await poller.start();
    expect(got).toHaveLength(1);
    await dovecot.append(message('q1'), 'Poll');
    await until(() => got.length === 2, 3000);
  });

  it('reconnects after the server drops the session', async () => {
    const { logger, lines } = memoryLogger();
    const { got, deliver } = collect();
    poller = createImapPoller({ account: account('Kick'), deliver, afterDeliver: 'seen', idle: true, pollIntervalMs: 120_000, logger });
    await dovecot.append(message('k0'), 'Kick');
    await poller.start();
    await dovecot.kick();
    await until(() => lines.some((l) => l.includes('reconnecting')), 5000);
    await until(() => lines.filter((l) => l.includes('imap: connected')).length === 2, 10_000);
    await new Promise((r) => setTimeout(r, 500));
    await dovecot.append(message('k1'), 'Kick');
    await until(() => got.length === 2, 10_000);
    expect(lines.join('\n')).not.toContain(dovecot.password);
  });

  it('survives a refused login without throwing and never logs the password', async () => {
    const { logger, lines } = memoryLogger();
    const { got, deliver } = collect();
    poller = createImapPoller({
      account: { ...account('INBOX'), password: 'wrong-secret-Xy9' },
      deliver,
      afterDeliver: 'seen',
      idle: true,
      pollIntervalMs: 60_000,
      logger,
    });
    await poller.start();
    await until(() => lines.some((l) => l.includes('reconnecting')), 5000);
    await poller.stop();
    poller = undefined;
    expect(got).toHaveLength(0);
    expect(lines.join('\n')).not.toContain('wrong-secret-Xy9');
  });
});

describe('SMTP sink', () => {
  it('receives what the mailer sends', async () => {
    const sink = await startSmtpSink();
    try {
      const mailer = createMailer({ host: '127.0.0.1', port: sink.port, secure: false }, 'Loyaal <noreply@loyaal.test>', silent);
      await mailer.send({ to: 'klant@example.nl', subject: 'Uw reparatie', text: 'Uw wasmachine is klaar.' }, 'key-1');
      const [m] = await sink.waitFor(1);
      expect(m.envelopeFrom).toBe('noreply@loyaal.test');
      expect(m.recipients).toEqual(['klant@example.nl']);
      expect(m.parsed.subject).toBe('Uw reparatie');
      expect(m.parsed.text?.trim()).toBe('Uw wasmachine is klaar.');
      expect(m.parsed.messageId).toBe('<key-1@loyaal.test>');
      await expect(sink.waitFor(2, 300)).rejects.toThrow(/expected 2/);
    } finally {
      await sink.close();
    }
  });
});
