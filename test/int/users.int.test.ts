import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialects, startTestApp, type TestApp } from '../db-context.js';
import { asRole, newUser, uniqueEmail } from '../http.js';

describe.each(dialects())('users and teams over HTTP (%s)', (dialect) => {
  let t: TestApp;
  let admin: Awaited<ReturnType<typeof asRole>>;
  let manager: Awaited<ReturnType<typeof asRole>>;
  beforeAll(async () => {
    t = await startTestApp(dialect);
    admin = await asRole(t.loyaal, 'admin');
    manager = await asRole(t.loyaal, 'manager');
  });
  afterAll(() => t.close());

  const call = (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, headers: Record<string, string>, payload?: unknown) =>
    t.loyaal.app.inject({ method, url, headers, payload: payload as object });

  it('creates a user with all staff fields and audits it', async () => {
    const email = uniqueEmail('nieuw');
    const res = await call('POST', '/api/v1/users', manager.headers, {
      name: 'Lieke Smit',
      email: email.toUpperCase(),
      role: 'technician',
      password: 'een-sterk-wachtwoord',
      managerId: manager.user.id,
      skills: ['vaatwassers'],
      hourlyCostCents: 5250,
      contractHoursPerWeek: 32,
    });
    expect(res.statusCode).toBe(201);
    const user = res.json();
    expect(user).toMatchObject({ email, role: 'technician', hourlyCostCents: 5250, contractHoursPerWeek: 32, skills: ['vaatwassers'], active: true, version: 1 });
    expect(user).not.toHaveProperty('password');
    const log = await t.loyaal.services.audit.list({ action: 'user.created', entityId: user.id, page: 1, pageSize: 5 });
    expect(log.items[0]).toMatchObject({ actorId: manager.user.id, entityType: 'user' });
    expect(JSON.stringify(log.items[0].after)).not.toContain('een-sterk-wachtwoord');
  });

  it('rejects unknown fields with their path, and loses nothing', async () => {
    const before = (await call('GET', '/api/v1/users?pageSize=1', admin.headers)).json().total;
    const res = await call('POST', '/api/v1/users', admin.headers, { name: 'X', email: uniqueEmail(), role: 'agent', isAdmin: true });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(res.json().errors).toEqual([{ path: 'body.isAdmin', message: 'unknown field', code: 'unrecognized_keys' }]);
    const short = await call('POST', '/api/v1/users', admin.headers, { name: 'Y', email: 'geen-email', role: 'agent', password: 'kort' });
    expect(short.json().errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: 'body.email', code: 'invalid_format' }),
        expect.objectContaining({ path: 'body.password', code: 'too_small', params: expect.objectContaining({ minimum: 10 }) }),
      ]),
    );
    expect((await call('GET', '/api/v1/users?pageSize=1', admin.headers)).json().total).toBe(before);
  });

  it('answers malformed JSON with 400 and oversized bodies with 413, without a stack trace', async () => {
    const bad = await t.loyaal.app.inject({ method: 'POST', url: '/api/v1/users', headers: { ...admin.headers, 'content-type': 'application/json' }, payload: '{"name": ' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().code).toBe('malformed_json');
    const big = await call('POST', '/api/v1/users', admin.headers, { name: 'x'.repeat(2_000_000), email: uniqueEmail(), role: 'agent' });
    expect(big.statusCode).toBe(413);
    expect(big.body).not.toMatch(/at .*\.ts/);
  });

  it('refuses a duplicate email with 409', async () => {
    const u = await newUser(t.loyaal, 'agent');
    const res = await call('POST', '/api/v1/users', admin.headers, { name: 'Dubbel', email: u.email, role: 'agent' });
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('user.email_taken');
  });

  it('refuses a stale version with 409 and keeps the newer change', async () => {
    const u = await newUser(t.loyaal, 'agent');
    expect((await call('PATCH', `/api/v1/users/${u.id}`, admin.headers, { version: 1, name: 'Eerste' })).statusCode).toBe(200);
    const stale = await call('PATCH', `/api/v1/users/${u.id}`, admin.headers, { version: 1, name: 'Tweede' });
    expect(stale.statusCode).toBe(409);
    expect((await call('GET', `/api/v1/users/${u.id}`, admin.headers)).json().name).toBe('Eerste');
  });

  it('lets a manager re-role staff but never touch admins', async () => {
    const agent = await newUser(t.loyaal, 'agent');
    const rerole = await call('PATCH', `/api/v1/users/${agent.id}`, manager.headers, { version: 1, role: 'planner' });
    expect(rerole.statusCode).toBe(200);
    const log = await t.loyaal.services.audit.list({ action: 'user.role_changed', entityId: agent.id, page: 1, pageSize: 5 });
    expect(log.items[0]).toMatchObject({ before: { role: 'agent' }, after: { role: 'planner' } });
    expect((await call('PATCH', `/api/v1/users/${agent.id}`, manager.headers, { version: 2, role: 'admin' })).statusCode).toBe(403);
    expect((await call('PATCH', `/api/v1/users/${admin.user.id}`, manager.headers, { version: admin.user.version, name: 'Hack' })).statusCode).toBe(403);
    expect((await call('POST', '/api/v1/users', manager.headers, { name: 'B', email: uniqueEmail(), role: 'admin' })).statusCode).toBe(403);
  });

  it('keeps at least one active admin', async () => {
    const fresh = await startTestApp(dialect);
    try {
      const only = await asRole(fresh.loyaal, 'admin');
      const res = await fresh.loyaal.app.inject({ method: 'PATCH', url: `/api/v1/users/${only.user.id}`, headers: only.headers, payload: { version: 1, role: 'manager' } });
      expect(res.statusCode).toBe(422);
      expect(res.json().code).toBe('user.last_admin');
    } finally {
      await fresh.close();
    }
  });

  it('derives direct and indirect reports and refuses circular lines', async () => {
    const boss = await newUser(t.loyaal, 'manager');
    const lead = await newUser(t.loyaal, 'agent', { managerId: boss.id });
    const member = await newUser(t.loyaal, 'agent', { managerId: lead.id });
    const reports = (await call('GET', `/api/v1/users/${boss.id}/reports`, admin.headers)).json();
    expect(reports.direct.map((r: { id: string }) => r.id)).toEqual([lead.id]);
    expect(reports.indirect).toEqual([{ id: member.id, name: member.name, role: 'agent', via: lead.id }]);
    const cycle = await call('PATCH', `/api/v1/users/${boss.id}`, admin.headers, { version: boss.version, managerId: member.id });
    expect(cycle.json().code).toBe('user.manager_cycle');
  });

  it('searches and pages users', async () => {
    await newUser(t.loyaal, 'technician', { email: uniqueEmail('zoekbaar') });
    const page = (await call('GET', '/api/v1/users?q=ZOEKBAAR&pageSize=5', admin.headers)).json();
    expect(page.total).toBe(1);
    expect(page.items[0].email).toMatch(/^zoekbaar/);
    const paged = (await call('GET', '/api/v1/users?page=2&pageSize=1', admin.headers)).json();
    expect(paged).toMatchObject({ page: 2, pageSize: 1 });
    expect(paged.items).toHaveLength(1);
  });

  it('manages teams with members and leads, with optimistic versions', async () => {
    const a = await newUser(t.loyaal, 'agent');
    const created = await call('POST', '/api/v1/teams', manager.headers, { name: `Team ${a.id}`, members: [{ userId: a.id, isLead: true }] });
    expect(created.statusCode).toBe(201);
    const team = created.json();
    expect(team.members).toEqual([{ userId: a.id, isLead: true }]);
    expect((await call('GET', `/api/v1/users/${a.id}`, admin.headers)).json().teamIds).toEqual([team.id]);
    expect((await call('POST', '/api/v1/teams', manager.headers, { name: team.name })).statusCode).toBe(409);
    expect((await call('PATCH', `/api/v1/teams/${team.id}`, manager.headers, { version: 1, members: [] })).json().members).toEqual([]);
    expect((await call('DELETE', `/api/v1/teams/${team.id}?version=1`, manager.headers)).statusCode).toBe(409);
    expect((await call('DELETE', `/api/v1/teams/${team.id}?version=2`, manager.headers)).statusCode).toBe(204);
  });

  it('remembers the interface language per user', async () => {
    const agent = await asRole(t.loyaal, 'agent');
    expect((await call('PATCH', '/api/v1/me', agent.headers, { locale: 'en' })).statusCode).toBe(204);
    expect((await call('GET', '/api/v1/me', agent.headers)).json().locale).toBe('en');
  });
});
