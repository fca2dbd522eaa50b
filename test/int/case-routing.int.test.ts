import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../../src/kernel/context.js';
import { dialects, startTestApp, type TestApp } from '../db-context.js';
import { asRole, newUser } from '../http.js';

describe.each(dialects())('case routing and the web form (%s)', (dialect) => {
  let t: TestApp;
  let manager: Awaited<ReturnType<typeof asRole>>;
  let customerId: string;
  const members: string[] = [];
  let teamId: string;
  beforeAll(async () => {
    t = await startTestApp(dialect);
    manager = await asRole(t.loyaal, 'manager');
    for (const skills of [[], ['vaatwasser'], []]) {
      const u = await newUser(t.loyaal, 'agent');
      if (skills.length) await t.loyaal.services.users.updateUser({ ...SYSTEM_ACTOR, principal: { kind: 'staff', userId: manager.user.id, name: 'm', email: 'm', role: 'admin', locale: 'nl', sessionId: '' } }, u.id, { version: u.version, skills });
      members.push(u.id);
    }
    teamId = (await call('POST', '/api/v1/teams', manager.headers, { name: 'Witgoed', members: members.map((userId) => ({ userId, isLead: false })) })).json().id;
    customerId = (await call('POST', '/api/v1/customers', manager.headers, { kind: 'person', name: 'Kees Klant', contacts: [{ name: 'Kees Klant', email: 'kees@route.test' }] })).json().id;
  });
  afterAll(() => t.close());

  const call = (method: 'GET' | 'POST' | 'PUT', url: string, headers: Record<string, string>, payload?: unknown) =>
    t.loyaal.app.inject({ method, url, headers, payload: payload as object });
  const open = async (category: string | null = null) =>
    (await call('POST', '/api/v1/cases', manager.headers, { customerId, subject: 'Storing', body: 'x', teamId, category })).json().assigneeId as string | null;
  const settings = (assignment: string) => call('PUT', `/api/v1/teams/${teamId}/case-settings`, manager.headers, { assignment, categories: ['vaatwasser'] });

  it('leaves cases unassigned with manual assignment', async () => {
    expect((await settings('manual')).statusCode).toBe(200);
    expect(await open()).toBeNull();
  });

  it('assigns round-robin among the members, in turn', async () => {
    await settings('round_robin');
    const picked = [await open(), await open(), await open(), await open()];
    const sorted = [...members].sort();
    const start = sorted.indexOf(picked[0] as string);
    expect(picked).toEqual([0, 1, 2, 3].map((i) => sorted[(start + i) % 3]));
  });

  it('routes by skill when the category matches a skill', async () => {
    expect(await open('vaatwasser')).toBe(members[1]);
    expect(await open('Vaatwasser')).toBe(members[1]);
  });

  it('assigns the least-loaded member', async () => {
    await settings('least_loaded');
    const counts = new Map<string, number>();
    for (const id of members) counts.set(id, (await call('GET', `/api/v1/cases?view=open&assigneeId=${id}&pageSize=200`, manager.headers)).json().items.length);
    const least = [...counts].sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1))[0][0];
    expect(await open()).toBe(least);
  });

  it('opens a case from the public web form, acknowledges it, and drops honeypot submissions', async () => {
    const before = t.mailer.sent.length;
    const form = { name: 'Web Bezoeker', email: 'web@bezoeker.test', subject: 'Vraag via site', message: 'Hoe lang is de garantie?' };
    expect((await call('POST', '/api/v1/public/contact', {}, { ...form, website: 'http://spam.test' })).statusCode).toBe(202);
    expect((await call('POST', '/api/v1/public/contact', {}, form)).statusCode).toBe(202);
    expect((await call('POST', '/api/v1/public/contact', {}, { ...form, email: 'geen-mail' })).statusCode).toBe(400);
    while ((await t.loyaal.bus.dispatch()) > 0) {}
    const acks = t.mailer.sent.slice(before).filter((m) => m.to === 'web@bezoeker.test');
    expect(acks).toHaveLength(1);
    expect(acks[0].subject).toMatch(/^Ontvangen: Vraag via site \[Z-\d{4}-\d{6}\]$/);
    const list = (await call('GET', '/api/v1/cases?view=review', manager.headers)).json();
    expect(list.items.filter((c: { subject: string; channel: string }) => c.subject === 'Vraag via site' && c.channel === 'web_form')).toHaveLength(1);
    const limited = [];
    for (let i = 0; i < 6; i++) limited.push((await call('POST', '/api/v1/public/contact', {}, form)).statusCode);
    expect(limited).toContain(429);
  });
});
