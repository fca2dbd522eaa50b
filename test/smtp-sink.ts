import type { AddressInfo } from 'node:net';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** One message the sink received, with its envelope. */
export interface SinkMessage {
  envelopeFrom: string | null;
  recipients: string[];
  raw: Buffer;
  parsed: ParsedMail;
}

/** A real SMTP server on loopback that keeps what it is sent, for tests of outgoing mail. */
export interface SmtpSink {
  port: number;
  messages: SinkMessage[];
  /** Resolves with the messages once at least n have arrived; rejects after the timeout. */
  waitFor(n: number, timeoutMs?: number): Promise<SinkMessage[]>;
  close(): Promise<void>;
}

/** Starts the sink on 127.0.0.1 with a free port; it accepts any sender, recipient and (plaintext) login. */
export async function startSmtpSink(): Promise<SmtpSink> {
  const messages: SinkMessage[] = [];
  const waiters = new Set<() => void>();

  const server = new SMTPServer({
    authOptional: true,
    allowInsecureAuth: true,
    disabledCommands: ['STARTTLS'],
    disableReverseLookup: true,
    logger: false,
    onAuth: (auth, _session, callback) => callback(null, { user: auth.username }),
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.once('error', callback);
      stream.once('end', () => {
        const raw = Buffer.concat(chunks);
        simpleParser(raw).then(
          (parsed) => {
            const from = session.envelope.mailFrom ? session.envelope.mailFrom.address : '';
            messages.push({ envelopeFrom: from || null, recipients: session.envelope.rcptTo.map((r) => r.address), raw, parsed });
            for (const wake of waiters) wake();
            callback();
          },
          (err) => callback(err),
        );
      });
    },
  });

  await new Promise<void>((resolve, reject) => {
    server.server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });

  const waitFor = (n: number, timeoutMs = 10_000) =>
    new Promise<SinkMessage[]>((resolve, reject) => {
      const check = () => {
        if (messages.length < n) return;
        cleanup();
        resolve(messages.slice());
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(new Error(`smtp sink: expected ${n} message(s), got ${messages.length} within ${timeoutMs} ms`));
      }, timeoutMs);
      const cleanup = () => {
        clearTimeout(timer);
        waiters.delete(check);
      };
      waiters.add(check);
      check();
    });

  return {
    port: (server.server.address() as AddressInfo).port,
    messages,
    waitFor,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
