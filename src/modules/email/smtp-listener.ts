import type { AddressInfo } from 'node:net';
import { SMTPServer, type SMTPServerDataStream, type SMTPServerSession } from 'smtp-server';
import type { Logger } from '../../kernel/logger.js';

/** One message accepted over SMTP: the bytes exactly as received, plus the envelope that came with them. */
export interface InboundDelivery {
  raw: Buffer;
  /** MAIL FROM address; null for the empty return path `<>` (bounces and auto-replies). */
  envelopeFrom: string | null;
  recipients: string[];
  remoteAddress: string;
  receivedAt: Date;
}

/** Settings of the inbound SMTP listener. */
export interface SmtpListenerOptions {
  host: string;
  /** 0 picks a free port; the chosen one is returned. */
  port: number;
  maxBytes: number;
  hostname?: string;
  /** Concurrent connections; further ones are turned away by the server. */
  maxClients?: number;
  /** Enables STARTTLS; without it the listener speaks plain SMTP only. */
  tls?: { key: Buffer; cert: Buffer };
  /** Decides per RCPT TO; a refused address gets 550. Without it every recipient is accepted. */
  acceptRecipient?: (address: string) => Promise<boolean> | boolean;
  /** Stores the message; when it throws the client gets 451 and retries later. */
  deliver: (d: InboundDelivery) => Promise<void>;
  logger: Logger;
}

/** A running listener. */
export interface SmtpListener {
  port: number;
  close(): Promise<void>;
}

function smtpError(code: number, message: string): Error {
  return Object.assign(new Error(message), { responseCode: code });
}

/** Reads the DATA stream, keeping nothing once the size limit has been passed. */
function readMessage(stream: SMTPServerDataStream): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => {
      if (!stream.sizeExceeded) chunks.push(chunk);
    });
    stream.once('error', reject);
    stream.once('end', () => resolve(stream.sizeExceeded ? null : Buffer.concat(chunks)));
  });
}

/**
 * Receives mail for Loyaal's mailboxes as a final destination (an MX or a relay's next hop). The raw bytes are
 * handed on unchanged, without an added Received or Return-Path header: the envelope travels beside them in
 * InboundDelivery, so what is stored is exactly what the sender transmitted.
 */
export async function startSmtpListener(opts: SmtpListenerOptions): Promise<SmtpListener> {
  const log = opts.logger;

  const onRcptTo = (address: { address: string }, session: SMTPServerSession, callback: (err?: Error | null) => void) => {
    if (!opts.acceptRecipient) return callback();
    Promise.resolve()
      .then(() => opts.acceptRecipient!(address.address))
      .then(
        (ok) => {
          if (ok) return callback();
          log.info({ recipient: address.address, remoteAddress: session.remoteAddress }, 'smtp: recipient refused');
          callback(smtpError(550, 'Mailbox unavailable'));
        },
        (err) => {
          log.error({ err, recipient: address.address }, 'smtp: recipient check failed');
          callback(smtpError(451, 'Temporary failure checking the recipient, try again later'));
        },
      );
  };

  const onData = (stream: SMTPServerDataStream, session: SMTPServerSession, callback: (err?: Error | null) => void) => {
    const envelope = session.envelope;
    readMessage(stream)
      .then(async (raw) => {
        if (!raw) {
          log.warn({ bytes: stream.byteLength, limit: opts.maxBytes, remoteAddress: session.remoteAddress }, 'smtp: message too large, refused');
          return callback(smtpError(552, `Message exceeds the maximum size of ${opts.maxBytes} bytes`));
        }
        const from = envelope.mailFrom ? envelope.mailFrom.address : '';
        const delivery: InboundDelivery = {
          raw,
          envelopeFrom: from === '' ? null : from,
          recipients: envelope.rcptTo.map((r) => r.address),
          remoteAddress: session.remoteAddress,
          receivedAt: new Date(),
        };
        try {
          await opts.deliver(delivery);
        } catch (err) {
          log.error({ err, remoteAddress: session.remoteAddress }, 'smtp: storing the message failed; sender will retry');
          return callback(smtpError(451, 'Temporary failure storing the message, try again later'));
        }
        log.info({ bytes: raw.length, recipients: delivery.recipients.length, remoteAddress: session.remoteAddress }, 'smtp: message accepted');
        callback();
      })
      .catch((err) => {
        log.error({ err }, 'smtp: reading the message failed');
        callback(smtpError(451, 'Temporary failure reading the message, try again later'));
      });
  };

  const server = new SMTPServer({
    name: opts.hostname,
    banner: 'Loyaal',
    size: opts.maxBytes,
    rejectOversized: true,
    maxClients: opts.maxClients ?? 50,
    authOptional: true,
    disabledCommands: opts.tls ? ['AUTH'] : ['AUTH', 'STARTTLS'],
    key: opts.tls?.key,
    cert: opts.tls?.cert,
    disableReverseLookup: true,
    logger: false,
    closeTimeout: 10_000,
    onRcptTo,
    onData,
  });

  await new Promise<void>((resolve, reject) => {
    server.server.once('error', reject);
    server.listen(opts.port, opts.host, () => {
      server.server.off('error', reject);
      resolve();
    });
  });
  server.on('error', (err) => log.warn({ err }, 'smtp: connection error'));
  const port = (server.server.address() as AddressInfo).port;
  log.info({ host: opts.host, port }, 'smtp: listening');

  return {
    port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
