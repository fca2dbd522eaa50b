import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../../src/kernel/context.js';
import { dialects, startTestApp, type TestApp } from '../db-context.js';
import { asRole } from '../http.js';

type Headers = Record<string, string>;
const adminActor = { ...SYSTEM_ACTOR, principal: { kind: 'staff' as const, userId: '', name: 'seed', email: 'seed', role: 'admin' as const, locale: 'nl', sessionId: '' } };
let seq = 0;
const unique = (prefix: string) => `${prefix}-${process.pid}-${++seq}`;

describe.each(dialects())('loaners (%s)', (dialect) => {
  let t: TestApp;
  let agent: Headers;
  let technician: Headers;
  const ids: Record<string, string> = {};
  const emails: Record<string, string> = {};

  const call = (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, headers: Headers, payload?: object) =>
    t.loyaal.app.inject({ method, url, headers, payload });
  const newLoaner = async (over: object = {}) => {
    const res = await call('POST', '/api/v1/loaners', agent, { serial: unique('SN'), model: 'Stofzuiger Leen 200', category: 'stofzuiger', ...over });
    expect(res.statusCode, res.body).toBe(201);
    return res.json();
  };
  const repair = async (customerId: string, kind: string) => (await call('POST', '/api/v1/repair-orders', agent, { customerId, kind })).json();
  const dispatch = async () => {
    while ((await t.loyaal.bus.dispatch()) > 0) {}
  };

  beforeAll(async () => {
    t = await startTestApp(dialect);
    t.clock.set('2026-12-10T09:00:00Z');
    agent = (await asRole(t.loyaal, 'agent')).headers;
    technician = (await asRole(t.loyaal, 'technician')).headers;
    for (const [key, locale] of [
      ['nl', 'nl'],
      ['en', 'en'],
    ]) {
      emails[key] = `${unique(key)}@loaners.test`;
      const res = await call('POST', '/api/v1/customers', agent, { kind: 'person', name: `Klant ${key}`, locale, contacts: [{ name: `Contact ${key}`, email: emails[key] }] });
      ids[key] = res.json().id;
    }
    const { catalog } = t.loyaal.services;
    const settings = await catalog.settings();
    await catalog.updateSettings(adminActor, { version: settings.version, loanerCostPerDayCents: 250 });
  });
  afterAll(() => t.close());

  it('keeps a pool with unique serial numbers, for desk roles only', async () => {
    const l = await newLoaner({ purchaseCostCents: 19900 });
    expect(l).toMatchObject({ status: 'available', condition: 'good', purchaseCostCents: 19900, version: 1 });
    const dup = await call('POST', '/api/v1/loaners', agent, { serial: l.serial, model: 'Ander' });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().code).toBe('loaner.serial_taken');
    const patched = await call('PATCH', `/api/v1/loaners/${l.id}`, agent, { version: 1, notes: 'Zak vervangen', status: 'maintenance' });
    expect(patched.json()).toMatchObject({ notes: 'Zak vervangen', status: 'maintenance', version: 2 });
    expect((await call('PATCH', `/api/v1/loaners/${l.id}`, agent, { version: 1, notes: 'oud' })).statusCode).toBe(409);
    expect((await call('GET', `/api/v1/loaners?q=${encodeURIComponent(l.serial)}`, agent)).json()).toMatchObject({ total: 1, items: [{ id: l.id }] });
    expect((await call('GET', '/api/v1/loaners', technician)).statusCode).toBe(403);
    expect((await call('DELETE', `/api/v1/loaners/${l.id}?version=2`, agent)).statusCode).toBe(204);
    expect((await call('GET', `/api/v1/loaners/${l.id}`, agent)).statusCode).toBe(404);
  });

  it('lends only an available loaner, with an open workshop repair of that customer', async () => {
    const l = await newLoaner();
    const workshop = await repair(ids.nl, 'workshop');
    const home = await repair(ids.nl, 'home');
    const issue = (body: object, loanerId = l.id) => call('POST', `/api/v1/loaners/${loanerId}/issue`, agent, { repairOrderId: workshop.id, dueDate: '2026-12-20', ...body });
    expect((await issue({ repairOrderId: home.id })).json().code).toBe('loaner.bad_repair');
    expect((await issue({ dueDate: '2026-12-01' })).statusCode).toBe(422);
    expect((await issue({ charge: true })).statusCode).toBe(422);
    expect((await issue({ depositCents: -1 })).statusCode).toBe(400);
    const res = await issue({ depositCents: 5000 });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ loanerId: l.id, customerId: ids.nl, repairOrderId: workshop.id, depositCents: 5000, charged: false, costPerDayCents: 250, returnedAt: null });
    expect((await call('GET', `/api/v1/loaners/${l.id}`, agent)).json()).toMatchObject({ status: 'out', loans: [{ id: res.json().id }] });
    const again = await issue({});
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('loaner.not_available');
    expect((await call('PATCH', `/api/v1/loaners/${l.id}`, agent, { version: 2, status: 'retired' })).json().code).toBe('loaner.out');
    expect((await call('DELETE', `/api/v1/loaners/${l.id}?version=2`, agent)).statusCode).toBe(409);
  });

  it('lists overdue loans, reminds each customer once in their language, and takes a damaged loaner back into maintenance', async () => {
    const loans: Record<string, { id: string; loanerId: string }> = {};
    for (const key of ['nl', 'en']) {
      const l = await newLoaner();
      const ro = await repair(ids[key], 'workshop');
      loans[key] = (await call('POST', `/api/v1/loaners/${l.id}/issue`, agent, { repairOrderId: ro.id, dueDate: '2026-12-10' })).json();
    }
    expect((await call('GET', '/api/v1/loaners/overdue', agent)).json().items).toEqual([]);
    expect(await t.loyaal.services.repairs.overdueTick()).toBe(0);
    // 00:30 on 11 December in Amsterdam: the loans were due yesterday.
    t.clock.set('2026-12-10T23:30:00Z');
    const overdue = (await call('GET', '/api/v1/loaners/overdue', agent)).json().items;
    expect(overdue.map((o: { id: string }) => o.id).sort()).toEqual([loans.nl.id, loans.en.id].sort());
    expect(overdue[0]).toMatchObject({ daysOverdue: 1, dueDate: '2026-12-10' });
    const before = t.mailer.sent.length;
    expect(await t.loyaal.services.repairs.overdueTick()).toBe(2);
    expect(await t.loyaal.services.repairs.overdueTick()).toBe(0);
    await dispatch();
    const sent = t.mailer.sent.slice(before);
    expect(sent).toHaveLength(2);
    expect(sent.find((m) => m.to === emails.nl)?.subject).toContain('leenapparaat');
    expect(sent.find((m) => m.to === emails.nl)?.text).toContain('10-12-2026');
    expect(sent.find((m) => m.to === emails.en)?.subject).toContain('loan appliance');

    const back = await call('POST', `/api/v1/loaner-loans/${loans.nl.id}/return`, agent, { condition: 'damaged', notes: 'Snoer beschadigd' });
    expect(back.statusCode, back.body).toBe(200);
    // Issued and returned one calendar day apart: one day at € 2,50, recorded although the loan is free.
    expect(back.json()).toMatchObject({ returnCondition: 'damaged', notes: 'Snoer beschadigd', returnedAt: '2026-12-10T23:30:00.000Z', costCents: 250, charged: false });
    expect((await call('GET', `/api/v1/loaners/${loans.nl.loanerId}`, agent)).json()).toMatchObject({ status: 'maintenance', condition: 'damaged' });
    expect((await call('POST', `/api/v1/loaner-loans/${loans.nl.id}/return`, agent, { condition: 'good' })).json().code).toBe('loaner.returned');
    const good = await call('POST', `/api/v1/loaner-loans/${loans.en.id}/return`, agent, { condition: 'good' });
    expect(good.statusCode).toBe(200);
    expect((await call('GET', `/api/v1/loaners/${loans.en.loanerId}`, agent)).json().status).toBe('available');
    expect((await call('GET', '/api/v1/loaners/overdue', agent)).json().items).toEqual([]);
    t.clock.set('2026-12-10T09:00:00Z');
  });
});
