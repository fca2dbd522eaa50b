import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { verifiedToken } from './auth.service.js';

const secret = 'a-secret-of-at-least-thirty-two-chars!';
const sign = (token: string, key = secret) => encodeURIComponent(`${token}.${createHmac('sha256', key).update(token).digest('base64')}`);

describe('verifiedToken', () => {
  it('accepts a cookie signed with the secret, plain or with the Secure prefix', () => {
    expect(verifiedToken(`other=1; loyaal.session_token=${sign('abc123')}`, secret)).toBe('abc123');
    expect(verifiedToken(`__Secure-loyaal.session_token=${sign('abc123')}`, secret)).toBe('abc123');
  });
  it.each([
    ['another key', `loyaal.session_token=${sign('abc123', 'x'.repeat(40))}`],
    ['a changed token', `loyaal.session_token=${sign('abc123').replace('abc123', 'abc124')}`],
    ['no signature', 'loyaal.session_token=abc123'],
    ['broken encoding', 'loyaal.session_token=%E0%A4%A'],
    ['another cookie name', `evil.session_token=${sign('abc123')}`],
  ])('refuses %s', (_, cookie) => expect(verifiedToken(cookie, secret)).toBeNull());
});
