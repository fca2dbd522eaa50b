import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASE_URL, freshDb, startTestApp, type TestApp, type TestDb } from '../db-context.js';
import { newUser, signIn } from '../http.js';
import { inject } from 'vitest';

/** Two app instances on one PostgreSQL database share sessions, throttles and the outbox. */
describe.runIf(inject('postgres'))('two instances on one PostgreSQL database', () => {
  let db: TestDb;
  let a: TestApp;
  let b: TestApp;
  beforeAll(async () => {
    db = await freshDb('postgres');
    a = await startTestApp('postgres', { db });
    b = await startTestApp('postgres', { db });
  });
  afterAll(async () => {
    await a.close();
    await b.close();
    await db.drop();
  });

  it('accepts a session made on one instance on the other', async () => {
    const u = await newUser(a.loyaal, 'manager');
    const cookie = await signIn(a.loyaal, u.email);
    const me = await b.loyaal.app.inject({ url: '/api/v1/me', headers: { cookie } });
    expect(me.statusCode).toBe(200);
    expect(me.json().email).toBe(u.email);
  });

  it('delivers each event once when both instances dispatch at the same time', async () => {
    for (let i = 0; i < 20; i++)
      await a.loyaal.db.transaction().execute((trx) => a.loyaal.bus.emit(trx, 'mail.send', { to: `m${i}@test.nl`, subject: 'fan-out', text: '' }));
    await Promise.all([a.loyaal.bus.dispatch(5), b.loyaal.bus.dispatch(5), a.loyaal.bus.dispatch(50), b.loyaal.bus.dispatch(50)]);
    const sent = [...a.mailer.sent, ...b.mailer.sent].filter((m) => m.subject === 'fan-out').map((m) => m.to);
    expect(sent.sort()).toEqual(Array.from({ length: 20 }, (_, i) => `m${i}@test.nl`).sort());
  });

  it('streams a case change made on one instance to an agent connected to the other', async () => {
    const agentUser = await newUser(b.loyaal, 'agent');
    const cookie = await signIn(b.loyaal, agentUser.email);
    const address = await b.loyaal.app.listen({ port: 0, host: '127.0.0.1' });
    const controller = new AbortController();
    const res = await fetch(`${address}/api/v1/cases/stream`, { headers: { cookie }, signal: controller.signal });
    expect(res.headers.get('content-type')).toContain('text/event-stream');
    const reader = (res.body as ReadableStream<Uint8Array>).getReader();
    const decoder = new TextDecoder();
    const customer = await a.loyaal.services.customers.createCustomer(
      { principal: null, ip: null, requestId: null },
      { kind: 'person', name: 'Stroom Klant', kvkNumber: null, vatId: null, locale: 'nl', consentServiceMail: true, consentMarketingMail: false, tags: [], segment: null, externalId: null, acquisitionDate: null, acquisitionChannel: null, acquisitionCostCents: 0, contacts: [], addresses: [] },
    );
    const made = await a.loyaal.app.inject({
      method: 'POST',
      url: '/api/v1/cases',
      headers: { cookie: await signIn(a.loyaal, (await newUser(a.loyaal, 'agent')).email), origin: BASE_URL },
      payload: { customerId: customer.id, subject: 'Live', body: 'x' },
    });
    expect(made.statusCode).toBe(201);
    while ((await a.loyaal.bus.dispatch()) > 0) {}
    let text = '';
    const deadline = Date.now() + 5000;
    while (!text.includes(made.json().number) && Date.now() < deadline) {
      const chunk = await Promise.race([reader.read(), new Promise<{ value: undefined }>((r) => setTimeout(() => r({ value: undefined }), 500))]);
      if (chunk.value) text += decoder.decode(chunk.value);
    }
    controller.abort();
    expect(text).toContain('event: case');
    expect(text).toContain(made.json().number);
  });
});
