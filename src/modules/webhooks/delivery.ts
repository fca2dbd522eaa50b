import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import { type Cidr, checkTarget, type Resolver, TargetRefused } from './ssrf.js';

/** How long a receiver has to answer, body included. */
export const DELIVERY_TIMEOUT_MS = 10_000;
/** How much of a receiver's answer is read (and kept in the log). */
export const MAX_RESPONSE_BYTES = 4096;
/** Attempts before a delivery is given up on. */
export const MAX_ATTEMPTS = 8;
const BACKOFF_MS = [30_000, 120_000, 600_000, 3_600_000, 21_600_000, 43_200_000, 86_400_000];

/** Milliseconds to wait after failed attempt number `attempts` (1-based), or null when it was the last. */
export function retryDelay(attempts: number): number | null {
  if (attempts >= MAX_ATTEMPTS) return null;
  return BACKOFF_MS[Math.min(Math.max(attempts, 1), BACKOFF_MS.length) - 1];
}

/** What came of one attempt. `ok` means the receiver answered 2xx. */
export interface DeliveryOutcome {
  ok: boolean;
  status: number | null;
  body: string | null;
  error: string | null;
}

export interface PostOptions {
  /** Private ranges the operator allows. */
  allow?: readonly Cidr[];
  resolve?: Resolver;
  timeoutMs?: number;
}

/**
 * POSTs `body` to a webhook URL. The target is checked again (it may resolve elsewhere since it was saved) and
 * the connection is pinned to the address that passed the check, so a second DNS answer cannot redirect it.
 * Redirects are not followed; at most `MAX_RESPONSE_BYTES` of the answer are read. Never throws.
 */
export async function postWebhook(target: string, body: string, headers: Record<string, string>, opts: PostOptions = {}): Promise<DeliveryOutcome> {
  const timeoutMs = opts.timeoutMs ?? DELIVERY_TIMEOUT_MS;
  let checked: Awaited<ReturnType<typeof checkTarget>>;
  try {
    checked = await checkTarget(target, opts);
  } catch (err) {
    return failure(err instanceof TargetRefused ? `Target refused: ${err.message}` : describe(err, timeoutMs));
  }
  const pinned = checked.addresses[0];
  const lookup: LookupFunction = (_host, options, cb) => {
    if (options.all) cb(null, [{ address: pinned.address, family: pinned.family }]);
    else cb(null, pinned.address, pinned.family);
  };
  const { url } = checked;
  const client = url.protocol === 'https:' ? https : http;
  return new Promise<DeliveryOutcome>((resolve) => {
    let settled = false;
    const done = (o: DeliveryOutcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(o);
      req.destroy();
    };
    const req = client.request({
      method: 'POST',
      hostname: checked.host,
      port: checked.port,
      path: `${url.pathname}${url.search}`,
      headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) },
      lookup,
      agent: false,
    });
    const timer = setTimeout(() => done(failure(`No answer within ${timeoutMs / 1000} s.`)), timeoutMs);
    req.on('error', (err) => done(failure(describe(err, timeoutMs))));
    req.on('response', (res) => {
      const chunks: Buffer[] = [];
      let size = 0;
      const finish = () => done(outcome(res.statusCode ?? 0, Buffer.concat(chunks).subarray(0, MAX_RESPONSE_BYTES), res.headers.location));
      res.on('data', (chunk: Buffer) => {
        chunks.push(chunk);
        size += chunk.length;
        if (size >= MAX_RESPONSE_BYTES) finish();
      });
      res.on('end', finish);
      res.on('error', (err) => done(failure(describe(err, timeoutMs))));
    });
    req.end(body);
  });
}

function outcome(status: number, raw: Buffer, location: string | undefined): DeliveryOutcome {
  const body = clean(raw.toString('utf8'));
  if (status >= 200 && status < 300) return { ok: true, status, body, error: null };
  const error =
    status >= 300 && status < 400
      ? `The receiver redirected${location ? ` to ${clean(location).slice(0, 500)}` : ''}; redirects are not followed.`
      : `The receiver answered ${status}.`;
  return { ok: false, status, body, error };
}

function failure(error: string): DeliveryOutcome {
  return { ok: false, status: null, body: null, error: clean(error) };
}

function describe(err: unknown, timeoutMs: number): string {
  const e = err as NodeJS.ErrnoException;
  if (e?.code === 'ETIMEDOUT') return `No answer within ${timeoutMs / 1000} s.`;
  return e?.code ? `${e.code}: ${e.message}` : String(e?.message ?? err);
}

/** Text a database column accepts: PostgreSQL refuses NUL characters. */
function clean(text: string): string {
  return text.replaceAll('\u0000', '');
}
