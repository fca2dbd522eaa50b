import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASE_URL, dialects, startTestApp, type TestApp } from '../db-context.js';
import { asRole } from '../http.js';

describe.each(dialects())('customer portal and satisfaction (%s)', (dialect) => {
  let t: TestApp;
  let agent: Awaited<ReturnType<typeof asRole>>;
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    t = await startTestApp(dialect);
    t.clock.set(new Date('2026-11-30T10:00:00+01:00'));
    agent = await asRole(t.loyaal, 'agent');
    for (const [key, name, email] of [
      ['a', 'Anneke de Vries', 'anneke@portal.test'],
      ['b', 'Bram Jansen', 'bram@portal.test'],
    ]) {
      ids[key] = (await call('POST', '/api/v1/customers', agent.headers, { kind: 'person', name, contacts: [{ name, email }] })).json().id;
      ids[`${key}Case`] = (await call('POST', '/api/v1/cases', agent.headers, { customerId: ids[key], subject: `Vraag van ${name}`, body: 'Hallo' })).json().id;
    }
    await call('POST', `/api/v1/cases/${ids.aCase}/messages`, agent.headers, { kind: 'note', bodyHtml: 'GEHEIME NOTITIE' });
    await call('POST', `/api/v1/cases/${ids.aCase}/messages`, agent.headers, { kind: 'reply', bodyHtml: 'Wij helpen u graag' });
  });
  afterAll(() => t.close());

  const call = (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, headers: Record<string, string>, payload?: unknown) =>
    t.loyaal.app.inject({ method, url, headers, payload: payload as object });
  const dispatch = async () => {
    while ((await t.loyaal.bus.dispatch()) > 0) {}
  };
  const linkFor = async (email: string) => {
    const before = t.mailer.sent.length;
    expect((await call('POST', '/api/portal/v1/magic-link', { origin: BASE_URL }, { email })).statusCode).toBe(202);
    await dispatch();
    const m = t.mailer.sent.slice(before).find((x) => x.to === email.toLowerCase());
    return m?.text.match(/#([\w-]+)/)?.[1];
  };
  const signIn = async (token: string) => {
    const res = await call('POST', '/api/portal/v1/session', { origin: BASE_URL }, { token });
    const cookie = [res.headers['set-cookie']].flat().find((c) => c?.startsWith('loyaal_portal='));
    return { status: res.statusCode, headers: { cookie: String(cookie).split(';')[0], origin: BASE_URL } };
  };

  it('sends a single-use, 15-minute magic link only to known contacts, with the same answer for everyone', async () => {
    expect(await linkFor('niemand@portal.test')).toBeUndefined();
    const token = await linkFor('anneke@portal.test');
    expect(token).toBeTruthy();
    const first = await signIn(token as string);
    expect(first.status).toBe(204);
    expect((await signIn(token as string)).status).toBe(401);
    const late = await linkFor('Anneke@Portal.test');
    t.clock.set(new Date('2026-11-30T10:16:00+01:00'));
    expect((await signIn(late as string)).status).toBe(401);
    for (let i = 0; i < 3; i++) expect(await linkFor('anneke@portal.test')).toBeTruthy();
    expect(await linkFor('anneke@portal.test')).toBeUndefined();
    t.clock.set(new Date('2026-11-30T10:40:00+01:00'));
    expect(await linkFor('anneke@portal.test')).toBeTruthy();
  });

  it('shows a customer only their own cases, without internal notes, and lets them reply, close and reopen', async () => {
    const me = await signIn((await linkFor('anneke@portal.test')) as string);
    const list = (await call('GET', '/api/portal/v1/cases', me.headers)).json();
    expect(list.items.map((c: { id: string }) => c.id)).toEqual([ids.aCase]);
    const c = (await call('GET', `/api/portal/v1/cases/${ids.aCase}`, me.headers)).json();
    expect(JSON.stringify(c)).not.toContain('GEHEIME');
    expect(c.messages.map((m: { direction: string }) => m.direction)).toEqual(['inbound', 'outbound']);
    for (const [method, url, body] of [
      ['GET', `/api/portal/v1/cases/${ids.bCase}`, undefined],
      ['POST', `/api/portal/v1/cases/${ids.bCase}/messages`, { body: 'inbraak' }],
      ['POST', `/api/portal/v1/cases/${ids.bCase}/close`, undefined],
    ] as const)
      expect((await call(method, url, me.headers, body)).statusCode, url).toBe(404);
    expect((await call('GET', `/api/v1/cases/${ids.bCase}`, me.headers)).statusCode).toBe(401);
    expect((await call('GET', '/api/portal/v1/cases', agent.headers)).statusCode).toBe(403);
    const replied = await call('POST', `/api/portal/v1/cases/${ids.aCase}/messages`, me.headers, { body: 'Dank, het werkt weer' });
    expect(replied.statusCode).toBe(201);
    expect((await call('POST', `/api/portal/v1/cases/${ids.aCase}/close`, me.headers)).json().status).toBe('closed');
    expect((await call('POST', `/api/portal/v1/cases/${ids.aCase}/reopen`, me.headers)).json().status).toBe('open');
    expect((await call('POST', `/api/portal/v1/cases/${ids.aCase}/messages`, { cookie: me.headers.cookie, origin: 'https://evil.test' }, { body: 'csrf' })).statusCode).toBe(401);
    const created = await call('POST', '/api/portal/v1/cases', me.headers, { subject: 'Nieuwe vraag', body: 'Hoe ontkalk ik?' });
    expect(created.statusCode).toBe(201);
    expect((await call('GET', `/api/v1/cases/${created.json().id}`, agent.headers)).json()).toMatchObject({ channel: 'portal', customerId: ids.a });
  });

  it('asks for a rating once on resolution, accepts one answer changeable for 7 days', async () => {
    const c = (await call('GET', `/api/v1/cases/${ids.bCase}`, agent.headers)).json();
    const before = t.mailer.sent.length;
    expect((await call('PATCH', `/api/v1/cases/${ids.bCase}`, agent.headers, { version: c.version, status: 'resolved' })).statusCode).toBe(200);
    await dispatch();
    const mail = t.mailer.sent.slice(before).find((m) => m.to === 'bram@portal.test');
    expect(mail?.subject).toContain(c.number);
    const token = mail?.text.match(/beoordeling\/([\w-]+)\?score=1/)?.[1] as string;
    expect((await call('GET', `/api/v1/public/ratings/${token}`, {})).json()).toMatchObject({ number: c.number, rating: null, changeable: true });
    expect((await call('POST', `/api/v1/public/ratings/${token}`, {}, { rating: 6 })).statusCode).toBe(400);
    expect((await call('POST', `/api/v1/public/ratings/${token}`, {}, { rating: 2 })).statusCode).toBe(200);
    expect((await call('POST', `/api/v1/public/ratings/${token}`, {}, { rating: 4, comment: 'Toch goed' })).json()).toMatchObject({ rating: 4 });
    const reopened = (await call('GET', `/api/v1/cases/${ids.bCase}`, agent.headers)).json();
    await call('PATCH', `/api/v1/cases/${ids.bCase}`, agent.headers, { version: reopened.version, status: 'open' });
    const again = (await call('GET', `/api/v1/cases/${ids.bCase}`, agent.headers)).json();
    await call('PATCH', `/api/v1/cases/${ids.bCase}`, agent.headers, { version: again.version, status: 'resolved' });
    const count = t.mailer.sent.length;
    await dispatch();
    expect(t.mailer.sent.slice(count).filter((m) => m.to === 'bram@portal.test')).toHaveLength(0);
    expect((await call('GET', `/api/v1/public/ratings/${'x'.repeat(43)}`, {})).statusCode).toBe(404);
    const res = await call('GET', '/api/v1/satisfaction/summary?from=2026-11-01&to=2026-12-31', agent.headers);
    expect(res.statusCode, res.body).toBe(200);
    const summary = res.json();
    expect(summary.csat).toMatchObject({ count: 1, average: 4, distribution: [0, 0, 0, 1, 0] });
    t.clock.set(new Date('2026-12-08T11:00:00+01:00'));
    expect((await call('POST', `/api/v1/public/ratings/${token}`, {}, { rating: 1 })).statusCode).toBe(409);
    t.clock.set(new Date('2026-12-01T11:00:00+01:00'));
  });

  it('sends an NPS survey at most once per interval', async () => {
    const before = t.mailer.sent.length;
    expect(await t.loyaal.services.satisfaction.npsTick()).toBeGreaterThanOrEqual(1);
    expect(await t.loyaal.services.satisfaction.npsTick()).toBe(0);
    await dispatch();
    const mail = t.mailer.sent.slice(before).find((m) => m.to === 'bram@portal.test');
    const token = mail?.text.match(/aanbevelen\/([\w-]+)/)?.[1] as string;
    expect((await call('POST', `/api/v1/public/nps/${token}`, {}, { score: 9 })).statusCode).toBe(200);
    const summary = (await call('GET', '/api/v1/satisfaction/summary?from=2026-11-01&to=2026-12-31', agent.headers)).json();
    expect(summary.nps).toMatchObject({ responses: 1, promoters: 1, score: 100 });
  });
});
