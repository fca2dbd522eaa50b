import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { SYSTEM_ACTOR } from '../../src/kernel/context.js';
import { freshDb, startTestApp, type TestApp, type TestDb } from '../db-context.js';
import { asRole } from '../http.js';

type Headers = Record<string, string>;
const COUNT = 50;
const expected = Array.from({ length: COUNT }, (_, i) => `2026-${String(i + 1).padStart(6, '0')}`);

/** Company details, one customer and `COUNT` drafts with typed-in lines, through the first instance. */
async function prepare(t: TestApp): Promise<{ admin: Headers; drafts: string[] }> {
  const admin = (await asRole(t.loyaal, 'admin')).headers;
  const call = (method: 'GET' | 'POST' | 'PATCH', url: string, payload?: unknown) => t.loyaal.app.inject({ method, url, headers: admin, payload: payload as object });
  const org = (await call('GET', '/api/v1/organisation')).json();
  await call('PATCH', '/api/v1/organisation', { version: org.version, name: 'Jansen B.V.', street: 'Dorpsstraat', houseNumber: '1', postcode: '1234 AB', city: 'Utrecht', kvkNumber: '12345678', vatId: 'NL123456789B01', iban: 'NL44RABO0123456789' });
  const customer = await t.loyaal.services.customers.createCustomer(SYSTEM_ACTOR, {
    kind: 'person', name: 'Nummer Klant', kvkNumber: null, vatId: null, locale: 'nl', consentServiceMail: true, consentMarketingMail: false,
    tags: [], segment: null, externalId: null, acquisitionDate: null, acquisitionChannel: null, acquisitionCostCents: 0, contacts: [], addresses: [],
  });
  const drafts: string[] = [];
  for (let i = 0; i < COUNT; i++) {
    const res = await call('POST', '/api/v1/invoices', { customerId: customer.id, lines: [{ description: `Regel ${i}`, quantity: 1, unitPriceCents: 1000 + i, vatCode: 'standard' }] });
    expect(res.statusCode, res.body).toBe(201);
    drafts.push(res.json().id);
  }
  return { admin, drafts };
}

/**
 * Issues every draft twice at the same moment (on `apps` in turn): one of each pair wins, the other is refused
 * after it may already have drawn a number. The numbers must still run 1…COUNT without gaps or repeats.
 */
async function issueAll(apps: TestApp[], headers: Headers, drafts: string[]): Promise<{ numbers: string[]; refused: number }> {
  const requests = drafts.flatMap((id, i) =>
    [0, 1].map((k) => apps[(i + k) % apps.length].loyaal.app.inject({ method: 'POST', url: `/api/v1/invoices/${id}/issue`, headers, payload: {} })),
  );
  const results = await Promise.all(requests);
  const ok = results.filter((r) => r.statusCode === 200);
  const others = results.filter((r) => r.statusCode !== 200);
  for (const r of others) expect([409], r.body).toContain(r.statusCode);
  return { numbers: ok.map((r) => r.json().number as string), refused: others.length };
}

async function numbersInDb(t: TestApp): Promise<string[]> {
  const headers = (await asRole(t.loyaal, 'manager')).headers;
  const res = await t.loyaal.app.inject({ method: 'GET', url: '/api/v1/invoices?status=issued&pageSize=200', headers });
  return res.json().items.map((i: { number: string }) => i.number).sort();
}

describe.runIf(inject('postgres'))('gapless invoice numbers, two instances on one PostgreSQL database', () => {
  let db: TestDb;
  let a: TestApp;
  let b: TestApp;
  beforeAll(async () => {
    db = await freshDb('postgres');
    a = await startTestApp('postgres', { db });
    b = await startTestApp('postgres', { db });
    for (const t of [a, b]) t.clock.set('2026-05-04T10:00:00Z');
  });
  afterAll(async () => {
    await a.close();
    await b.close();
    await db.drop();
  });

  it(`numbers ${COUNT} concurrent issues 2026-000001…2026-${String(COUNT).padStart(6, '0')}, none twice, none missing`, async () => {
    const { admin, drafts } = await prepare(a);
    const { numbers, refused } = await issueAll([a, b], admin, drafts);
    expect(refused).toBe(COUNT);
    expect([...numbers].sort()).toEqual(expected);
    expect(await numbersInDb(b)).toEqual(expected);
  });
});

describe('gapless invoice numbers on SQLite', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp('sqlite');
    t.clock.set('2026-05-04T10:00:00Z');
  });
  afterAll(() => t.close());

  it(`numbers ${COUNT} concurrent issues without gaps or repeats`, async () => {
    const { admin, drafts } = await prepare(t);
    const { numbers, refused } = await issueAll([t], admin, drafts);
    expect(refused).toBe(COUNT);
    expect([...numbers].sort()).toEqual(expected);
    expect(await numbersInDb(t)).toEqual(expected);
  });
});
