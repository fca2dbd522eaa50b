import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDb, startTestApp, type TestApp, type TestDb } from '../db-context.js';
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
});
