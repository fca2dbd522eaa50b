import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../src/kernel/ids.js';
import { dialects, startTestApp, type TestApp } from '../db-context.js';
import { asRole } from '../http.js';

const person = (over: Record<string, unknown> = {}) => ({
  kind: 'person',
  name: 'Anneke van der Meer',
  externalId: `WEB-${newId().slice(-8)}`,
  contacts: [{ name: 'Anneke van der Meer', email: 'anneke@ziggo.nl', phone: '+31612345678', isPrimary: true }],
  addresses: [{ street: 'Kerkstraat', houseNumber: 12, houseNumberAddition: 'a', postcode: '3511ab', city: 'Utrecht' }],
  ...over,
});

describe.each(dialects())('customers (%s)', (dialect) => {
  let t: TestApp;
  let agent: Awaited<ReturnType<typeof asRole>>;
  let manager: Awaited<ReturnType<typeof asRole>>;
  beforeAll(async () => {
    t = await startTestApp(dialect);
    agent = await asRole(t.loyaal, 'agent');
    manager = await asRole(t.loyaal, 'manager');
    const now = new Date().toISOString();
    await t.loyaal.services.products.insertProducts(t.loyaal.db, [
      { id: newId(), sku: 'WM-MIE-1', nameNl: 'Miele wasmachine', nameEn: 'Miele washing machine', brand: 'Miele', category: 'washing_machine', listPriceCents: 109900, warrantyMonths: 24, active: true, version: 1, createdAt: now, updatedAt: now },
    ]);
  });
  afterAll(() => t.close());

  const call = (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, headers: Record<string, string>, payload?: unknown) =>
    t.loyaal.app.inject({ method, url, headers, payload: payload as object });

  it('creates a customer with normalised Dutch address and finds it by postcode and house number', async () => {
    const res = await call('POST', '/api/v1/customers', agent.headers, person());
    expect(res.statusCode).toBe(201);
    const c = res.json();
    expect(c.addresses[0]).toMatchObject({ postcode: '3511 AB', houseNumber: 12, houseNumberAddition: 'A' });
    for (const q of ['3511AB 12', '3511 ab', 'anneke', 'meer', 'Anneke Meer', 'anneke@ziggo.nl', '06-12345678', c.externalId]) {
      const found = (await call('GET', `/api/v1/customers?q=${encodeURIComponent(q)}`, agent.headers)).json();
      expect(found.items.map((i: { id: string }) => i.id), q).toContain(c.id);
    }
    expect((await call('GET', '/api/v1/customers?q=3511AB%2013', agent.headers)).json().items.map((i: { id: string }) => i.id)).not.toContain(c.id);
  });

  it('gives field-level problems for a bad postcode, email and KvK number', async () => {
    const res = await call('POST', '/api/v1/customers', agent.headers, person({ kind: 'business', kvkNumber: '123', contacts: [{ name: 'X', email: 'geen-mail' }], addresses: [{ street: 'A', houseNumber: 1, postcode: '0000 XX', city: 'B' }] }));
    expect(res.statusCode).toBe(400);
    expect(res.json().errors.map((e: { path: string }) => e.path).sort()).toEqual(['body.addresses.0.postcode', 'body.contacts.0.email', 'body.kvkNumber']);
  });

  it('answers a stale edit with 409 and keeps the first', async () => {
    const c = (await call('POST', '/api/v1/customers', agent.headers, person())).json();
    expect((await call('PATCH', `/api/v1/customers/${c.id}`, agent.headers, { version: 1, segment: 'premium' })).statusCode).toBe(200);
    expect((await call('PATCH', `/api/v1/customers/${c.id}`, manager.headers, { version: 1, segment: 'zakelijk' })).statusCode).toBe(409);
    const now = (await call('GET', `/api/v1/customers/${c.id}`, agent.headers)).json();
    expect(now).toMatchObject({ segment: 'premium', version: 2, name: c.name, contacts: [expect.objectContaining({ email: 'anneke@ziggo.nl' })] });
    expect((await call('PATCH', `/api/v1/customers/${c.id}`, agent.headers, { version: 2, bogus: 1 })).statusCode).toBe(400);
  });

  it('registers an installed product with its warranty and refuses to delete a customer with history', async () => {
    const c = (await call('POST', '/api/v1/customers', agent.headers, person())).json();
    const today = new Date().toISOString().slice(0, 10);
    const added = await call('POST', `/api/v1/customers/${c.id}/products`, agent.headers, { sku: 'WM-MIE-1', serialNumber: 'SN1', purchaseDate: today });
    expect(added.statusCode).toBe(201);
    expect(added.json()).toMatchObject({ warrantyStatus: 'in_warranty', productNameNl: 'Miele wasmachine' });
    expect((await call('POST', `/api/v1/customers/${c.id}/products`, agent.headers, { sku: 'NOPE', purchaseDate: today })).statusCode).toBe(422);
    const del = await call('DELETE', `/api/v1/customers/${c.id}?version=1`, manager.headers);
    expect(del.statusCode).toBe(409);
    expect(del.json().code).toBe('customer.has_history');
    const plain = (await call('POST', '/api/v1/customers', agent.headers, person())).json();
    expect((await call('DELETE', `/api/v1/customers/${plain.id}?version=1`, manager.headers)).statusCode).toBe(204);
  });

  it('merges a duplicate: contacts, addresses and products move to the survivor', async () => {
    const a = (await call('POST', '/api/v1/customers', agent.headers, person({ name: 'Piet Jansen' }))).json();
    const b = (await call('POST', '/api/v1/customers', agent.headers, person({ name: 'P. Jansen', contacts: [{ name: 'P. Jansen', email: 'piet@kpnmail.nl' }] }))).json();
    await call('POST', `/api/v1/customers/${b.id}/products`, agent.headers, { sku: 'WM-MIE-1', purchaseDate: '2024-01-02' });
    const merged = await call('POST', `/api/v1/customers/${a.id}/merge`, manager.headers, { mergeId: b.id, version: 1, mergeVersion: 1 });
    expect(merged.statusCode).toBe(200);
    expect(merged.json().contacts.map((c: { email: string }) => c.email).sort()).toEqual(['anneke@ziggo.nl', 'piet@kpnmail.nl']);
    expect((await call('GET', `/api/v1/customers/${a.id}/products`, agent.headers)).json().items).toHaveLength(1);
    expect((await call('GET', `/api/v1/customers?q=${encodeURIComponent('piet@kpnmail.nl')}`, agent.headers)).json().items.map((i: { id: string }) => i.id)).toEqual([a.id]);
    const log = (await call('GET', `/api/v1/customers/${a.id}/timeline`, agent.headers)).json();
    expect(log.items.map((e: { action: string }) => e.action)).toContain('customer.merged');
  });

  it('pages a word search in name order with an exact total, without merged duplicates', async () => {
    const names = ['Zwaan Hoekstra', 'Ans Hoekstra', 'Mees Hoekstra', 'Bart Hoekstra'];
    const made = [];
    for (const name of names) made.push((await call('POST', '/api/v1/customers', agent.headers, person({ name, contacts: [], addresses: [] }))).json());
    const search = async (query: string) => (await call('GET', `/api/v1/customers?${query}`, agent.headers)).json();
    const first = await search('q=hoekstr&pageSize=2');
    expect(first.total).toBe(4);
    expect(first.items.map((i: { name: string }) => i.name)).toEqual(['Ans Hoekstra', 'Bart Hoekstra']);
    expect((await search('q=hoekstr&pageSize=2&page=2')).items.map((i: { name: string }) => i.name)).toEqual(['Mees Hoekstra', 'Zwaan Hoekstra']);
    expect((await search('q=hoekstr&sort=-name&pageSize=1')).items[0].name).toBe('Zwaan Hoekstra');
    expect((await search('q=hoek%20mees')).items.map((i: { name: string }) => i.name)).toEqual(['Mees Hoekstra']);
    await call('POST', `/api/v1/customers/${made[1].id}/merge`, manager.headers, { mergeId: made[3].id, version: 1, mergeVersion: 1 });
    const after = await search('q=hoekstr');
    expect(after.total).toBe(3);
    expect(after.items.map((i: { id: string }) => i.id)).not.toContain(made[3].id);
  });

  it('exports the customer list as formula-safe CSV', async () => {
    await call('POST', '/api/v1/customers', agent.headers, person({ name: '=cmd|calc' }));
    const csv = await call('GET', '/api/v1/customers/export.csv?q=cmd', manager.headers);
    expect(csv.statusCode).toBe(200);
    expect(csv.body).toContain("'=cmd|calc");
    expect((await call('GET', '/api/v1/customers/export.csv', agent.headers)).statusCode).toBe(403);
  });
});
