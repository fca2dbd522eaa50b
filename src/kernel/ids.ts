import { createHash, randomBytes, randomFillSync } from 'node:crypto';

let lastMs = 0;
let seq = 0;
// Random bytes drawn 8 KiB at a time: one system call per thousand ids instead of one per id.
const pool = Buffer.alloc(8192);
let poolAt = pool.length;

/**
 * A UUIDv7 (RFC 9562): 48-bit Unix milliseconds, then random bits. Ids made in one process are strictly
 * increasing, because a 12-bit counter in `rand_a` breaks ties within one millisecond.
 */
export function newId(nowMs: number = Date.now()): string {
  if (nowMs <= lastMs) {
    seq += 1;
    if (seq > 0xfff) {
      lastMs += 1;
      seq = 0;
    }
  } else {
    lastMs = nowMs;
    seq = 0;
  }
  if (poolAt + 8 > pool.length) {
    randomFillSync(pool);
    poolAt = 0;
  }
  const b = Buffer.alloc(16);
  pool.copy(b, 8, poolAt, poolAt + 8);
  poolAt += 8;
  b.writeUIntBE(lastMs, 0, 6);
  b[6] = 0x70 | (seq >> 8);
  b[7] = seq & 0xff;
  b[8] = 0x80 | (b[8] & 0x3f);
  const h = b.toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** An unguessable token of `bytes` random bytes (≥ 16, i.e. ≥ 128 bits), base64url. */
export function newToken(bytes = 32): string {
  if (bytes < 16) throw new Error('tokens need at least 128 bits');
  return randomBytes(bytes).toString('base64url');
}

export const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** The stored form of a bearer token (magic links, survey links): SHA-256, so a database leak reveals no link. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}
