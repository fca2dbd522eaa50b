import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { THROTTLE_MAX_FAILURES } from '../../src/modules/auth/index.js';
import { BASE_URL, dialects, startTestApp, type TestApp } from '../db-context.js';
import { asRole, newUser, PASSWORD, signIn } from '../http.js';

const json = { origin: BASE_URL, 'content-type': 'application/json' };

describe.each(dialects())('sign-in and sessions (%s)', (dialect) => {
  let t: TestApp;
  beforeEach(async () => {
    t = await startTestApp(dialect);
  });
  afterEach(() => t.close());

  const post = (url: string, payload: object, headers: Record<string, string> = {}) =>
    t.loyaal.app.inject({ method: 'POST', url, payload, headers: { ...json, ...headers } });

  it('answers a wrong password and an unknown account identically', async () => {
    const u = await newUser(t.loyaal, 'agent');
    const wrong = await post('/api/auth/sign-in/email', { email: u.email, password: 'not-the-password' });
    const unknown = await post('/api/auth/sign-in/email', { email: 'nobody@test.loyaal.nl', password: 'not-the-password' });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.body).toBe(unknown.body);
  });

  it('sets an httpOnly SameSite session cookie and records the sign-in', async () => {
    const u = await newUser(t.loyaal, 'agent');
    const res = await post('/api/auth/sign-in/email', { email: u.email, password: PASSWORD });
    const cookie = String([res.headers['set-cookie']].flat()[0]);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    const log = await t.loyaal.services.audit.list({ action: 'auth.sign_in', page: 1, pageSize: 10 });
    expect(log.items.map((e) => e.actorId)).toContain(u.id);
  });

  it('throttles an account after 10 failures, for known and unknown accounts alike', async () => {
    const u = await newUser(t.loyaal, 'agent');
    for (const email of [u.email, 'ghost@test.loyaal.nl']) {
      for (let i = 0; i < THROTTLE_MAX_FAILURES; i++) await post('/api/auth/sign-in/email', { email, password: 'wrong-password' }, { 'x-forwarded-for': `10.0.0.${i}` });
      const blocked = await post('/api/auth/sign-in/email', { email, password: PASSWORD });
      expect(blocked.statusCode).toBe(429);
      expect(blocked.headers['content-type']).toMatch(/problem\+json/);
    }
    t.clock.advance(15 * 60_000 + 1000);
    expect((await post('/api/auth/sign-in/email', { email: u.email, password: PASSWORD })).statusCode).toBe(200);
  });

  it('resets a password with a single-use emailed link and ends old sessions', async () => {
    const { user, headers } = await asRole(t.loyaal, 'agent');
    const asked = await post('/api/auth/request-password-reset', { email: user.email });
    const unknown = await post('/api/auth/request-password-reset', { email: 'nobody@test.loyaal.nl' });
    expect(asked.statusCode).toBe(200);
    expect(asked.body).toBe(unknown.body);
    await t.loyaal.bus.dispatch();
    const mail = t.mailer.sent.find((m) => m.to === user.email);
    const token = decodeURIComponent(/token=([^\s]+)/.exec(mail?.text ?? '')?.[1] ?? '');
    expect(mail?.subject).toMatch(/Wachtwoord/);
    expect(token.length).toBeGreaterThan(20);

    const reset = await post('/api/auth/reset-password', { token, newPassword: 'a-brand-new-secret' });
    expect(reset.statusCode).toBe(200);
    expect((await post('/api/auth/reset-password', { token, newPassword: 'another-new-secret' })).statusCode).toBe(400);
    expect((await t.loyaal.app.inject({ url: '/api/v1/me', headers })).statusCode).toBe(401);
    await expect(signIn(t.loyaal, user.email, 'a-brand-new-secret')).resolves.toMatch(/session_token/);
  });

  it('invites a user created without a password', async () => {
    const { headers } = await asRole(t.loyaal, 'admin');
    const res = await t.loyaal.app.inject({ method: 'POST', url: '/api/v1/users', headers, payload: { name: 'Nieuw', email: 'invite@test.loyaal.nl', role: 'agent' } });
    expect(res.statusCode).toBe(201);
    await t.loyaal.bus.dispatch();
    const mail = t.mailer.sent.find((m) => m.to === 'invite@test.loyaal.nl');
    const token = decodeURIComponent(/token=([^\s]+)/.exec(mail?.text ?? '')?.[1] ?? '');
    expect((await post('/api/auth/reset-password', { token, newPassword: 'my-first-password' })).statusCode).toBe(200);
    await expect(signIn(t.loyaal, 'invite@test.loyaal.nl', 'my-first-password')).resolves.toMatch(/session_token/);
  });

  it('ends the sessions of a deactivated user and refuses their sign-in', async () => {
    const admin = await asRole(t.loyaal, 'admin');
    const agent = await asRole(t.loyaal, 'agent');
    const res = await t.loyaal.app.inject({ method: 'PATCH', url: `/api/v1/users/${agent.user.id}`, headers: admin.headers, payload: { version: 1, active: false } });
    expect(res.statusCode).toBe(200);
    expect((await t.loyaal.app.inject({ url: '/api/v1/me', headers: agent.headers })).statusCode).toBe(401);
    expect((await post('/api/auth/sign-in/email', { email: agent.user.email, password: PASSWORD })).statusCode).toBe(401);
  });

  it('refuses a cookie-authenticated change from another origin', async () => {
    const { cookie } = await asRole(t.loyaal, 'admin');
    const res = await t.loyaal.app.inject({ method: 'POST', url: '/api/v1/teams', headers: { cookie, origin: 'https://evil.example' }, payload: { name: 'X' } });
    expect(res.statusCode).toBe(403);
  });

  it('accepts API keys within their scopes only, and never after revocation', async () => {
    const { headers } = await asRole(t.loyaal, 'admin');
    const created = await t.loyaal.app.inject({ method: 'POST', url: '/api/v1/api-keys', headers, payload: { name: 'ERP', scopes: ['users:read'] } });
    expect(created.statusCode).toBe(201);
    const { key, id } = created.json();
    const bearer = { authorization: `Bearer ${key}` };
    expect((await t.loyaal.app.inject({ url: '/api/v1/users', headers: bearer })).statusCode).toBe(200);
    expect((await t.loyaal.app.inject({ url: '/api/v1/teams', headers: bearer })).statusCode).toBe(403);
    expect((await t.loyaal.app.inject({ url: '/api/v1/users', headers: { authorization: 'Bearer lyl_nope_nope' } })).statusCode).toBe(401);
    const list = (await t.loyaal.app.inject({ url: '/api/v1/api-keys', headers })).json();
    expect(JSON.stringify(list)).not.toContain(key);
    expect((await t.loyaal.app.inject({ method: 'DELETE', url: `/api/v1/api-keys/${id}`, headers })).statusCode).toBe(204);
    expect((await t.loyaal.app.inject({ url: '/api/v1/users', headers: bearer })).statusCode).toBe(401);
    const log = await t.loyaal.services.audit.list({ action: 'api_key.', page: 1, pageSize: 10 });
    expect(log.items.map((e) => e.action).sort()).toEqual(['api_key.created', 'api_key.revoked']);
  });
});

describe.each(dialects())('session lifetime (%s)', (dialect) => {
  let t: TestApp;
  beforeEach(async () => {
    t = await startTestApp(dialect);
  });
  afterEach(() => t.close());

  it('slides the session after an hour and ends it after three idle days', async () => {
    const { headers } = await asRole(t.loyaal, 'agent');
    t.clock.advance(2 * 3600_000);
    expect((await t.loyaal.app.inject({ url: '/api/v1/me', headers })).statusCode).toBe(200);
    t.clock.advance(3 * 24 * 3600_000 + 60_000);
    expect((await t.loyaal.app.inject({ url: '/api/v1/me', headers })).statusCode).toBe(401);
  });

  it('refuses a tampered session cookie', async () => {
    const { headers } = await asRole(t.loyaal, 'agent');
    const tampered = headers.cookie.replace(/=(.)/, (_, c) => `=${c === 'a' ? 'b' : 'a'}`);
    expect((await t.loyaal.app.inject({ url: '/api/v1/me', headers: { ...headers, cookie: tampered } })).statusCode).toBe(401);
  });
});
