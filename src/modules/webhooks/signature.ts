import { createHmac, timingSafeEqual } from 'node:crypto';

/** The header that carries the signature of a webhook request. */
export const SIGNATURE_HEADER = 'x-loyaal-signature';

function hmac(secret: string, timestamp: number, body: string): string {
  return createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex');
}

/**
 * The signature header for `body` sent at `now`: `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">`.
 * The timestamp is signed too, so a captured request cannot be replayed later than the receiver's tolerance.
 */
export function signPayload(secret: string, body: string, now: Date = new Date()): string {
  const t = Math.floor(now.getTime() / 1000);
  return `t=${t},v1=${hmac(secret, t, body)}`;
}

/**
 * Checks a signature header as a receiver should: a `v1` HMAC of the exact raw body that matches (compared in
 * constant time) and a timestamp no more than `toleranceSeconds` away from `now`. Several `v1` entries are
 * accepted, so a receiver can verify during a secret change.
 */
export function verifySignature(secret: string, header: string, body: string, toleranceSeconds = 300, now: Date = new Date()): boolean {
  const parts = header.split(',').map((p) => p.trim().split('='));
  const ts = parts.filter(([k]) => k === 't').map(([, v]) => v);
  if (ts.length !== 1 || !/^\d{1,12}$/.test(ts[0])) return false;
  const t = Number(ts[0]);
  if (Math.abs(now.getTime() / 1000 - t) > toleranceSeconds) return false;
  const expected = Buffer.from(hmac(secret, t, body), 'hex');
  return parts
    .filter(([k, v]) => k === 'v1' && v !== undefined && /^[0-9a-f]{64}$/.test(v))
    .some(([, v]) => timingSafeEqual(Buffer.from(v, 'hex'), expected));
}
