import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { signPayload, verifySignature } from './signature.js';

const SECRET = 'whsec_test-secret';
const BODY = JSON.stringify({ id: 'e1', type: 'case.created', createdAt: '2026-12-02T10:00:00.000Z', data: { caseId: 'c1' } });
const NOW = new Date('2026-12-02T10:00:00.000Z');

describe('webhook signatures', () => {
  it('signs "<t>.<body>" with HMAC-SHA256 in the documented header format', () => {
    const header = signPayload(SECRET, BODY, NOW);
    const t = NOW.getTime() / 1000;
    const expected = createHmac('sha256', SECRET).update(`${t}.${BODY}`).digest('hex');
    expect(header).toBe(`t=${t},v1=${expected}`);
  });

  it('verifies its own signature', () => {
    expect(verifySignature(SECRET, signPayload(SECRET, BODY, NOW), BODY, 300, NOW)).toBe(true);
  });

  it('refuses a tampered body', () => {
    const header = signPayload(SECRET, BODY, NOW);
    expect(verifySignature(SECRET, header, BODY.replace('c1', 'c2'), 300, NOW)).toBe(false);
    expect(verifySignature(SECRET, header, `${BODY} `, 300, NOW)).toBe(false);
  });

  it('refuses a signature made with another secret', () => {
    expect(verifySignature(SECRET, signPayload('whsec_other', BODY, NOW), BODY, 300, NOW)).toBe(false);
  });

  it('refuses a stale or future timestamp beyond the tolerance, and accepts one inside it', () => {
    const header = signPayload(SECRET, BODY, NOW);
    expect(verifySignature(SECRET, header, BODY, 300, new Date(NOW.getTime() + 301_000))).toBe(false);
    expect(verifySignature(SECRET, header, BODY, 300, new Date(NOW.getTime() - 301_000))).toBe(false);
    expect(verifySignature(SECRET, header, BODY, 300, new Date(NOW.getTime() + 299_000))).toBe(true);
  });

  it('refuses a replayed signature with a new timestamp', () => {
    const v1 = signPayload(SECRET, BODY, NOW).split(',')[1];
    const later = new Date(NOW.getTime() + 3_600_000);
    expect(verifySignature(SECRET, `t=${later.getTime() / 1000},${v1}`, BODY, 300, later)).toBe(false);
  });

  it('accepts any matching v1 among several, for a receiver that is changing secrets', () => {
    const good = signPayload(SECRET, BODY, NOW);
    const other = signPayload('whsec_other', BODY, NOW).split(',')[1];
    expect(verifySignature(SECRET, `${good},${other}`, BODY, 300, NOW)).toBe(true);
  });

  it.each(['', 'v1=abc', 't=abc,v1=00', 't=1,t=2,v1=00', `t=${NOW.getTime() / 1000}`, `t=${NOW.getTime() / 1000},v1=zz`])(
    'refuses the malformed header %j',
    (header) => {
      expect(verifySignature(SECRET, header, BODY, 300, NOW)).toBe(false);
    },
  );
});
