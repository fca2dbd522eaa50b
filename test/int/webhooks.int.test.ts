import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventMap } from '../../src/kernel/events/bus.js';
import { verifySignature } from '../../src/modules/webhooks/index.js';
import { dialects, freshDb, startTestApp, type TestApp, type TestDb } from '../db-context.js';
import { asRole } from '../http.js';

type Headers = Record<string, string>;

describe.each(dialects())('webhook administration (%s)', (dialect) => {
  let t: TestApp;
  let admin: Headers;
  beforeAll(async () => {
    t = await startTestApp(dialect);
    admin = (await asRole(t.loyaal, 'admin')).headers;
  });
  afterAll(() => t.close());

  const inject = (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, headers: Headers, payload?: object) =>
    t.loyaal.app.inject({ method, url, headers, payload });

  it('creates a webhook for an admin and shows the secret only in that answer', async () => {
    const res = await inject('POST', '/api/v1/webhooks', admin, { url: 'https://8.8.8.8/hooks', description: 'ERP', events: ['case.created'] });
    expect(res.statusCode).toBe(201);
    const created = res.json();
    expect(created).toMatchObject({ url: 'https://8.8.8.8/hooks', description: 'ERP', events: ['case.created'], active: true, version: 1 });
    expect(created.secret).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    const got = await inject('GET', `/api/v1/webhooks/${created.id}`, admin);
    expect(got.statusCode).toBe(200);
    expect(got.json()).not.toHaveProperty('secret');
    const list = await inject('GET', '/api/v1/webhooks', admin);
    expect(list.json().items.map((w: { id: string }) => w.id)).toContain(created.id);
    expect(list.body).not.toContain(created.secret);
    const log = await t.loyaal.services.audit.list({ action: 'webhook.', entityId: created.id, page: 1, pageSize: 10 });
    expect(log.items.map((e) => e.action)).toEqual(['webhook.created']);
    expect(JSON.stringify(log.items)).not.toContain(created.secret);
  });

  it('refuses other roles and API keys without the webhooks scope', async () => {
    const body = { url: 'https://8.8.8.8/', events: ['case.created'] };
    for (const role of ['agent', 'manager'] as const) {
      const { headers } = await asRole(t.loyaal, role);
      expect((await inject('GET', '/api/v1/webhooks', headers)).statusCode, role).toBe(403);
      expect((await inject('POST', '/api/v1/webhooks', headers, body)).statusCode, role).toBe(403);
    }
    const key = (await inject('POST', '/api/v1/api-keys', admin, { name: 'Reader', scopes: ['webhooks:read'] })).json().key;
    const bearer = { authorization: `Bearer ${key}` };
    expect((await inject('GET', '/api/v1/webhooks', bearer)).statusCode).toBe(200);
    expect((await inject('POST', '/api/v1/webhooks', bearer, body)).statusCode).toBe(403);
  });

  it.each([
    ['http://127.0.0.1:8080/hook', /127\.0\.0\.1 is a loopback address/],
    ['http://2130706433:8080/', /127\.0\.0\.1 is a loopback address/],
    ['http://0x7f.1:8080/', /127\.0\.0\.1 is a loopback address/],
    ['http://[::1]:8080/', /::1 is a loopback address/],
    ['http://[::ffff:127.0.0.1]:8080/', /loopback/],
    ['http://localhost:8080/', /localhost resolves to .* loopback/],
    ['http://169.254.169.254/latest/meta-data/', /link-local/],
    ['http://10.1.2.3/', /private network/],
    ['http://192.168.1.10/', /private network/],
    ['https://user:secret@8.8.8.8/', /user name or password/],
    ['http://8.8.8.8:22/', /Port 22/],
    ['ftp://8.8.8.8/', /Only http and https/],
  ])('refuses the target %s with a problem document', async (url, why) => {
    const res = await inject('POST', '/api/v1/webhooks', admin, { url, events: ['case.created'] });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    const problem = res.json();
    expect(problem).toMatchObject({ status: 400, code: 'webhook.target_refused', instance: '/api/v1/webhooks' });
    expect(problem.detail).toMatch(why);
  });

  it('updates with the current version only, checks a changed URL, and deletes', async () => {
    const { id } = (await inject('POST', '/api/v1/webhooks', admin, { url: 'https://8.8.8.8/a', events: ['case.created'] })).json();
    const patched = await inject('PATCH', `/api/v1/webhooks/${id}`, admin, { version: 1, events: ['case.resolved', 'rating.received'], active: false });
    expect(patched.statusCode).toBe(200);
    expect(patched.json()).toMatchObject({ version: 2, events: ['case.resolved', 'rating.received'], active: false });
    expect((await inject('PATCH', `/api/v1/webhooks/${id}`, admin, { version: 1, description: 'x' })).statusCode).toBe(409);
    const refused = await inject('PATCH', `/api/v1/webhooks/${id}`, admin, { version: 2, url: 'http://0x7f.0.0.1/' });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().code).toBe('webhook.target_refused');
    const bad = await inject('PATCH', `/api/v1/webhooks/${id}`, admin, { version: 2, events: ['case.deleted'] });
    expect(bad.statusCode).toBe(400);
    expect((await inject('DELETE', `/api/v1/webhooks/${id}?version=1`, admin)).statusCode).toBe(409);
    expect((await inject('DELETE', `/api/v1/webhooks/${id}?version=2`, admin)).statusCode).toBe(204);
    expect((await inject('GET', `/api/v1/webhooks/${id}`, admin)).statusCode).toBe(404);
    const log = await t.loyaal.services.audit.list({ action: 'webhook.', entityId: id, page: 1, pageSize: 10 });
    expect(log.items.map((e) => e.action).sort()).toEqual(['webhook.created', 'webhook.deleted', 'webhook.updated']);
  });
});

interface Received {
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
}

/** A real HTTP receiver on the loopback interface; `status` sets the answer per path. */
async function startReceiver() {
  const received: Received[] = [];
  const status = new Map<string, number>();
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => {
      body += c;
    });
    req.on('end', () => {
      const path = req.url ?? '';
      received.push({ path, headers: req.headers, body });
      if (path.endsWith('/redirect')) res.writeHead(301, { location: `${path}-target` }).end();
      else res.writeHead(status.get(path) ?? 200, { 'content-type': 'text/plain' }).end('thanks');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    received,
    status,
    url: (path: string) => `http://127.0.0.1:${port}${path}`,
    at: (path: string) => received.filter((r) => r.path === path),
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

describe.each(dialects())('webhook delivery (%s)', (dialect) => {
  let db: TestDb;
  let t: TestApp;
  let admin: Headers;
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  let seq = 0;

  beforeAll(async () => {
    const fresh = await freshDb(dialect);
    db = { ...fresh, config: { ...fresh.config, webhookAllowPrivateCidrs: ['127.0.0.1/32'] } };
    t = await startTestApp(dialect, { db });
    // An API key rather than a session: sessions end when the tests move the clock days ahead.
    const session = (await asRole(t.loyaal, 'admin')).headers;
    const payload = { name: 'Webhook tests', scopes: ['webhooks:read', 'webhooks:write'] };
    const key = (await t.loyaal.app.inject({ method: 'POST', url: '/api/v1/api-keys', headers: session, payload })).json().key;
    admin = { authorization: `Bearer ${key}` };
    receiver = await startReceiver();
  });
  afterAll(async () => {
    await receiver.close();
    await t.close();
    await db.drop();
  });

  async function hook(path: string, events: string[], extra: object = {}) {
    const res = await t.loyaal.app.inject({ method: 'POST', url: '/api/v1/webhooks', headers: admin, payload: { url: receiver.url(path), events, ...extra } });
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as { id: string; secret: string };
  }

  /** Emits an event in a committed transaction and lets the bus hand it to its subscribers. */
  async function emit<T extends 'case.created' | 'case.resolved' | 'rating.received'>(topic: T, extra: Omit<EventMap[T], 'caseId' | 'number' | 'at'>) {
    seq += 1;
    const payload = { caseId: `c-${seq}`, number: `Z-2026-${String(seq).padStart(6, '0')}`, at: t.clock.now().toISOString(), ...extra } as EventMap[T];
    const eventId = await t.loyaal.db.transaction().execute((trx) => t.loyaal.bus.emit(trx, topic, payload));
    await t.loyaal.bus.dispatch();
    return { eventId, payload };
  }

  const deliver = () => t.loyaal.services.webhooks.deliverDue();
  const deliveries = async (id: string, query = '') => {
    const res = await t.loyaal.app.inject({ url: `/api/v1/webhooks/${id}/deliveries${query}`, headers: admin });
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  };
  const created = { customerId: 'k-1', channel: 'email' };

  it('delivers a case.created event as a signed POST to the receiver', async () => {
    const { id, secret } = await hook('/ok', ['case.created']);
    const { eventId, payload } = await emit('case.created', created);
    expect(await deliver()).toBe(1);
    const [req] = receiver.at('/ok');
    expect(req.headers).toMatchObject({ 'content-type': 'application/json', 'user-agent': 'Loyaal-Webhooks/1', 'x-loyaal-event': 'case.created' });
    expect(JSON.parse(req.body)).toEqual({ id: eventId, type: 'case.created', createdAt: payload.at, data: payload });
    const signature = String(req.headers['x-loyaal-signature']);
    expect(signature).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/);
    expect(verifySignature(secret, signature, req.body, 300, t.clock.now())).toBe(true);
    expect(verifySignature(secret, signature, req.body.replace('k-1', 'k-2'), 300, t.clock.now())).toBe(false);
    const log = await deliveries(id);
    expect(log).toMatchObject({ total: 1, page: 1 });
    expect(log.items[0]).toMatchObject({
      id: req.headers['x-loyaal-delivery'],
      eventId,
      eventType: 'case.created',
      status: 'delivered',
      attempts: 1,
      responseStatus: 200,
      responseBody: 'thanks',
      error: null,
      nextAttemptAt: null,
    });
    expect(await deliver()).toBe(0);
  });

  it('retries a receiver that answers 500 after the back-off, and logs every attempt', async () => {
    receiver.status.set('/flaky', 500);
    const { id, secret } = await hook('/flaky', ['case.resolved']);
    await emit('case.resolved', {});
    const start = t.clock.now().getTime();
    expect(await deliver()).toBe(1);
    let [entry] = (await deliveries(id)).items;
    expect(entry).toMatchObject({ status: 'pending', attempts: 1, responseStatus: 500, error: 'The receiver answered 500.' });
    expect(entry.nextAttemptAt).toBe(new Date(start + 30_000).toISOString());
    t.clock.advance(29_000);
    expect(await deliver()).toBe(0);
    t.clock.advance(1_000);
    expect(await deliver()).toBe(1);
    [entry] = (await deliveries(id)).items;
    expect(entry).toMatchObject({ status: 'pending', attempts: 2, nextAttemptAt: new Date(start + 30_000 + 120_000).toISOString() });
    receiver.status.set('/flaky', 202);
    t.clock.advance(120_000);
    expect(await deliver()).toBe(1);
    [entry] = (await deliveries(id)).items;
    expect(entry).toMatchObject({ status: 'delivered', attempts: 3, responseStatus: 202, error: null });
    const attempts = receiver.at('/flaky');
    expect(attempts).toHaveLength(3);
    expect(new Set(attempts.map((a) => a.body)).size).toBe(1);
    expect(new Set(attempts.map((a) => a.headers['x-loyaal-delivery'])).size).toBe(1);
    expect(verifySignature(secret, String(attempts[2].headers['x-loyaal-signature']), attempts[2].body, 300, t.clock.now())).toBe(true);
  });

  it('gives up after eight attempts, and a redelivery starts over', async () => {
    receiver.status.set('/down', 503);
    const { id } = await hook('/down', ['rating.received']);
    await emit('rating.received', { rating: 2 });
    for (let i = 0; i < 8; i++) {
      expect(await deliver(), `attempt ${i + 1}`).toBe(1);
      t.clock.advance(25 * 3_600_000);
    }
    expect(await deliver()).toBe(0);
    const [entry] = (await deliveries(id)).items;
    expect(entry).toMatchObject({ status: 'failed', attempts: 8, responseStatus: 503, nextAttemptAt: null });
    expect(receiver.at('/down')).toHaveLength(8);

    receiver.status.set('/down', 200);
    const res = await t.loyaal.app.inject({ method: 'POST', url: `/api/v1/webhooks/${id}/deliveries/${entry.id}/redeliver`, headers: admin });
    expect(res.statusCode).toBe(202);
    expect(res.json()).toMatchObject({ id: entry.id, status: 'pending', attempts: 0 });
    expect(await deliver()).toBe(1);
    expect((await deliveries(id)).items[0]).toMatchObject({ status: 'delivered', attempts: 1 });
    const all = receiver.at('/down');
    expect(all).toHaveLength(9);
    expect(all[8].body).toBe(all[0].body);
    const audit = await t.loyaal.services.audit.list({ action: 'webhook.redelivered', page: 1, pageSize: 10 });
    expect(audit.items[0]).toMatchObject({ entityId: id, after: { deliveryId: entry.id } });
  });

  it('does not follow a redirect', async () => {
    const { id } = await hook('/moved/redirect', ['case.created']);
    await emit('case.created', created);
    await deliver();
    expect(receiver.at('/moved/redirect')).toHaveLength(1);
    expect(receiver.at('/moved/redirect-target')).toHaveLength(0);
    const [entry] = (await deliveries(id)).items;
    expect(entry).toMatchObject({ status: 'pending', responseStatus: 301 });
    expect(entry.error).toMatch(/redirected to \/moved\/redirect-target; redirects are not followed/);
  });

  it('sends nothing to inactive webhooks or for events a webhook did not subscribe to', async () => {
    const inactive = await hook('/inactive', ['case.created'], { active: false });
    const other = await hook('/other', ['rating.received']);
    await emit('case.created', created);
    await deliver();
    expect((await deliveries(inactive.id)).total).toBe(0);
    expect((await deliveries(other.id)).total).toBe(0);
    expect(receiver.at('/inactive')).toHaveLength(0);
    expect(receiver.at('/other')).toHaveLength(0);
  });

  it('makes one delivery of an event the bus hands over twice', async () => {
    const { id } = await hook('/once', ['case.created']);
    let failures = 0;
    // Another subscriber fails once, so the outbox delivers the event to every subscriber again.
    t.loyaal.bus.on('case.created', async (payload) => {
      if (payload.customerId === 'k-twice' && failures++ === 0) throw new Error('subscriber not ready');
    });
    const { eventId } = await emit('case.created', { customerId: 'k-twice', channel: 'phone' });
    expect(failures).toBe(1);
    t.clock.advance(5_000);
    expect(await t.loyaal.bus.dispatch()).toBe(1);
    expect(failures).toBe(2);
    await deliver();
    const log = await deliveries(id);
    expect(log.total).toBe(1);
    expect(log.items[0]).toMatchObject({ eventId, status: 'delivered' });
    expect(receiver.at('/once')).toHaveLength(1);
  });

  it('lists deliveries newest first, a page at a time', async () => {
    const { id } = await hook('/paged', ['case.created']);
    const first = await emit('case.created', created);
    t.clock.advance(1_000);
    const second = await emit('case.created', created);
    await deliver();
    const page1 = await deliveries(id, '?pageSize=1');
    expect(page1).toMatchObject({ total: 2, page: 1, pageSize: 1 });
    expect(page1.items.map((d: { eventId: string }) => d.eventId)).toEqual([second.eventId]);
    const page2 = await deliveries(id, '?pageSize=1&page=2');
    expect(page2.items.map((d: { eventId: string }) => d.eventId)).toEqual([first.eventId]);
  });

  it('answers 404 for deliveries of an unknown webhook or delivery', async () => {
    const unknown = '01900000-0000-7000-8000-000000000000';
    const { id } = await hook('/missing', ['case.created']);
    expect((await t.loyaal.app.inject({ url: `/api/v1/webhooks/${unknown}/deliveries`, headers: admin })).statusCode).toBe(404);
    const res = await t.loyaal.app.inject({ method: 'POST', url: `/api/v1/webhooks/${id}/deliveries/${unknown}/redeliver`, headers: admin });
    expect(res.statusCode).toBe(404);
  });
});
