import { ImapFlow, type MailboxObject, type SearchObject } from 'imapflow';
import type { Logger } from '../../kernel/logger.js';

/** Keyword set on every message after it was handed on, so it is never handed on again. */
export const IMPORTED_KEYWORD = '$LoyaalImported';

/** Connection details of one IMAP mailbox. */
export interface ImapAccount {
  host: string;
  port: number;
  secure: boolean;
  user: string;
  password: string;
  /** Default INBOX. */
  mailbox?: string;
  /** Accepts self-signed or otherwise unverifiable certificates. */
  allowInsecureTls?: boolean;
}

/** A message fetched from the mailbox. */
export interface ImapDelivery {
  raw: Buffer;
  uid: number;
  /** From the topmost Return-Path header; null when it is `<>` or absent. */
  envelopeFrom: string | null;
}

/** Settings of the poller. */
export interface ImapPollerOptions {
  account: ImapAccount;
  deliver: (d: ImapDelivery) => Promise<void>;
  /** What happens to a message once deliver succeeded. */
  afterDeliver: 'seen' | 'delete' | { moveTo: string };
  /** Use IMAP IDLE when the server offers it. */
  idle: boolean;
  /** Poll interval without IDLE; with IDLE, how often it is renewed and the mailbox checked anyway. */
  pollIntervalMs: number;
  logger: Logger;
}

/** A running or runnable poller. */
export interface ImapPoller {
  /** One pass over the mailbox; resolves with the number of messages delivered. */
  pollOnce(): Promise<number>;
  /** Connects, processes the backlog, then waits in IDLE (or polls) in the background until stop(). */
  start(): Promise<void>;
  stop(): Promise<void>;
}

const MAX_BACKOFF_MS = 60_000;

/** The address of the topmost Return-Path header, null for `<>` or when there is none. */
export function returnPathOf(raw: Buffer): string | null {
  const text = raw.subarray(0, 64 * 1024).toString('latin1');
  const end = text.search(/\r?\n\r?\n/);
  const header = (end === -1 ? text : text.slice(0, end)).replace(/\r?\n[ \t]+/g, ' ');
  const line = header.split(/\r?\n/).find((l) => /^return-path\s*:/i.test(l));
  if (!line) return null;
  const value = line.slice(line.indexOf(':') + 1).trim();
  const address = (value.match(/<([^>]*)>/)?.[1] ?? value).trim();
  return address === '' ? null : address;
}

/** Error fields safe for the log: never the command that carried the password. */
function errInfo(err: unknown): Record<string, unknown> {
  const e = err as { message?: string; code?: string; serverResponseCode?: string; authenticationFailed?: boolean };
  return { message: e?.message, code: e?.code, serverResponseCode: e?.serverResponseCode, authenticationFailed: e?.authenticationFailed };
}

function keywordsAllowed(mailbox: MailboxObject): boolean {
  const flags = mailbox.permanentFlags;
  return !!flags && (flags.has('\\*') || flags.has(IMPORTED_KEYWORD));
}

/**
 * Imports mail from an IMAP mailbox, at least once per message: a message is marked (or moved, or deleted) only
 * after deliver succeeded, so a crash in between means a second delivery, never a lost one; Message-ID dedupe
 * downstream absorbs the repeat. Which messages are picked up:
 * - 'seen': unseen messages; once delivered they get \Seen and, where the server allows keywords, $LoyaalImported,
 *   so that a person marking one unread again in a mail client does not import it twice.
 * - 'delete' / moveTo: every message not flagged \Deleted (the mailbox is a queue, read or not); where keywords
 *   are allowed, those without $LoyaalImported, which is set before a move so a failing move does not repeat.
 * A message whose deliver throws stays as it is and is tried again on the next pass; the others go ahead.
 */
export function createImapPoller(opts: ImapPollerOptions): ImapPoller {
  const { account } = opts;
  const mailbox = account.mailbox ?? 'INBOX';
  const log = opts.logger.child({ component: 'imap', host: account.host, user: account.user, mailbox });
  let client: ImapFlow | null = null;
  let chain: Promise<unknown> = Promise.resolve();
  let running = false;
  let loop: Promise<void> | null = null;
  let changed = false;
  let wake: (() => void) | null = null;

  const serial = <T>(fn: () => Promise<T>): Promise<T> => {
    const run = chain.then(fn, fn);
    chain = run.catch(() => undefined);
    return run;
  };

  const drop = () => {
    const c = client;
    client = null;
    if (c && !c.isClosed) c.close();
  };

  async function connect(): Promise<ImapFlow> {
    if (client?.usable) return client;
    drop();
    const c = new ImapFlow({
      host: account.host,
      port: account.port,
      secure: account.secure,
      auth: { user: account.user, pass: account.password },
      tls: account.allowInsecureTls ? { rejectUnauthorized: false } : undefined,
      disableAutoIdle: true,
      connectionTimeout: 30_000,
      logger: false,
    });
    c.on('error', (err) => log.warn({ err: errInfo(err) }, 'imap: connection error'));
    c.on('exists', () => {
      changed = true;
      wake?.();
    });
    c.on('close', () => wake?.());
    await c.connect();
    try {
      if (typeof opts.afterDeliver === 'object') {
        const target = opts.afterDeliver.moveTo;
        const exists = (await c.list()).some((m) => m.path === target);
        if (!exists) await c.mailboxCreate(target);
      }
      await c.mailboxOpen(mailbox);
    } catch (err) {
      c.close();
      throw err;
    }
    log.info({ idle: c.capabilities.has('IDLE') }, 'imap: connected');
    client = c;
    return c;
  }

  async function markDone(c: ImapFlow, uid: number, keywords: boolean): Promise<void> {
    const range = String(uid);
    const after = opts.afterDeliver;
    if (after === 'delete') {
      if (!(await c.messageDelete(range, { uid: true }))) log.warn({ uid }, 'imap: deleting a delivered message failed');
      return;
    }
    const flags = after === 'seen' ? ['\\Seen'] : [];
    if (keywords) flags.push(IMPORTED_KEYWORD);
    if (flags.length) await c.messageFlagsAdd(range, flags, { uid: true });
    if (typeof after === 'object' && !(await c.messageMove(range, after.moveTo, { uid: true }))) {
      log.warn({ uid, moveTo: after.moveTo }, 'imap: moving a delivered message failed');
    }
  }

  async function pass(c: ImapFlow): Promise<number> {
    changed = false;
    const lock = await c.getMailboxLock(mailbox);
    try {
      const keywords = keywordsAllowed(c.mailbox as MailboxObject);
      const query: SearchObject = { deleted: false };
      if (opts.afterDeliver === 'seen') query.seen = false;
      if (keywords) query.unKeyword = IMPORTED_KEYWORD;
      const uids = await c.search(query, { uid: true });
      if (!uids) throw new Error('IMAP server refused the search');
      let delivered = 0;
      for (const uid of [...uids].sort((a, b) => a - b)) {
        const msg = await c.fetchOne(String(uid), { uid: true, source: true }, { uid: true });
        if (msg === false || !msg.source) continue;
        try {
          await opts.deliver({ raw: msg.source, uid, envelopeFrom: returnPathOf(msg.source) });
        } catch (err) {
          log.error({ err, uid }, 'imap: delivering a message failed; it is retried on the next pass');
          continue;
        }
        await markDone(c, uid, keywords);
        delivered++;
      }
      if (delivered) log.info({ delivered }, 'imap: messages imported');
      return delivered;
    } finally {
      lock.release();
    }
  }

  /** Waits for new mail (IDLE), the poll interval, a dropped connection or stop(). */
  function waitForChange(c: ImapFlow, ms: number, useIdle: boolean): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        wake = null;
        resolve();
      };
      const timer = setTimeout(done, ms);
      wake = done;
      if (!running || changed || !c.usable) return done();
      if (useIdle) c.idle().catch(() => done());
    });
  }

  async function run(firstPassDone: () => void): Promise<void> {
    let failures = 0;
    while (running) {
      try {
        const c = await serial(async () => {
          const conn = await connect();
          await pass(conn);
          return conn;
        });
        failures = 0;
        firstPassDone();
        await waitForChange(c, opts.pollIntervalMs, opts.idle && c.capabilities.has('IDLE'));
        if (running && !c.usable) throw new Error('IMAP connection closed');
      } catch (err) {
        firstPassDone();
        if (!running) break;
        failures++;
        const delay = Math.min(MAX_BACKOFF_MS, 1000 * 2 ** (failures - 1));
        log.warn({ err: errInfo(err), retryInMs: delay }, 'imap: pass failed; reconnecting');
        drop();
        await new Promise<void>((resolve) => {
          const timer = setTimeout(() => {
            wake = null;
            resolve();
          }, delay);
          wake = () => {
            clearTimeout(timer);
            wake = null;
            resolve();
          };
        });
      }
    }
  }

  return {
    pollOnce: () =>
      serial(async () => pass(await connect())).finally(() => {
        if (running) wake?.();
      }),

    async start() {
      if (running) return;
      running = true;
      await new Promise<void>((resolve) => {
        loop = run(resolve);
      });
    },

    async stop() {
      running = false;
      wake?.();
      await loop;
      loop = null;
      await serial(async () => {
        const c = client;
        client = null;
        if (c?.usable) await c.logout().catch(() => c.close());
        else c?.close();
      });
    },
  };
}
