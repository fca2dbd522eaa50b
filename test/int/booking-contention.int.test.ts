import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { SYSTEM_ACTOR } from '../../src/kernel/context.js';
import { CreateCustomerBody } from '../../src/modules/customers/index.js';
import { BASE_URL, freshDb, startTestApp, type TestApp, type TestDb } from '../db-context.js';
import { newUser } from '../http.js';

const setups = [
  { name: 'SQLite, one instance', dialect: 'sqlite' as const, instances: 1 },
  ...(inject('postgres') ? [{ name: 'PostgreSQL, two instances on one database', dialect: 'postgres' as const, instances: 2 }] : []),
];

/**
 * Fifty customers reach for the last places of one slot at the same moment. Exactly its capacity may win; the
 * rest get 409, and no booking or held unit may exist beyond the capacity, whatever instance took the request.
 */
describe.each(setups)('booking contention ($name)', ({ dialect, instances }) => {
  let db: TestDb;
  let apps: TestApp[];
  let headers: Record<string, string>;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    db = await freshDb(dialect);
    apps = [];
    for (let i = 0; i < instances; i++) apps.push(await startTestApp(dialect, { db }));
    for (const a of apps) a.clock.set(new Date('2027-04-20T10:00:00+02:00'));
    const [{ loyaal }] = apps;
    const planner = await newUser(loyaal, 'planner');
    const actor = { ...SYSTEM_ACTOR, principal: { kind: 'staff' as const, userId: planner.id, name: planner.name, email: planner.email, role: 'planner' as const, locale: 'nl', sessionId: '' } };
    const key = await loyaal.services.apiKeys.createKey(actor, { name: 'contention', scopes: ['planning:read', 'planning:write'] });
    headers = { authorization: `Bearer ${key.key}`, origin: BASE_URL };
    ids.service = (
      await loyaal.services.catalog.createService(actor, {
        code: 'REP-DRUK',
        nameNl: 'Reparatie aan huis',
        nameEn: 'Home repair',
        descriptionNl: '',
        descriptionEn: '',
        kind: 'home_repair',
        priceCents: 8995,
        vatCode: 'standard',
        labourMinutes: 60,
        partsCostCents: 0,
        travelCostCents: 0,
        durationMinutes: 60,
        requiredSkills: [],
        active: true,
      })
    ).id;
    ids.customer = (
      await loyaal.services.customers.createCustomer(
        SYSTEM_ACTOR,
        CreateCustomerBody.parse({
          kind: 'person',
          name: 'Drukke Klant',
          contacts: [{ name: 'Drukke Klant', email: 'druk@planning.test', isPrimary: true }],
          addresses: [{ kind: 'service', street: 'Kerkstraat', houseNumber: 1, postcode: '5611 AA', city: 'Eindhoven' }],
        }),
      )
    ).id;
    const template = await loyaal.app.inject({
      method: 'POST',
      url: '/api/v1/planning/slot-templates',
      headers,
      payload: { name: 'Donderdagochtend', weekday: 4, startTime: '09:00', endTime: '13:00', slotType: 'day', serviceKinds: ['home_repair'], capacity: 3 },
    });
    expect(template.statusCode, template.body).toBe(201);
    ids.template = template.json().id;
  });
  afterAll(async () => {
    for (const a of apps) await a.close();
    await db.drop();
  });

  it('lets exactly three of fifty parallel bookings through and refuses the rest with 409', async () => {
    const payload = { customerId: ids.customer, serviceId: ids.service, templateId: ids.template, date: '2027-04-22' };
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) => apps[i % apps.length].loyaal.app.inject({ method: 'POST', url: '/api/v1/bookings', headers, payload })),
    );
    const statuses = results.map((r) => r.statusCode);
    expect(statuses.filter((s) => s === 201)).toHaveLength(3);
    expect(statuses.filter((s) => s === 409)).toHaveLength(47);
    for (const r of results.filter((x) => x.statusCode === 409)) expect(r.json().code).toBe('booking.slot_full');

    const { db: kdb } = apps[0].loyaal;
    const usage = await kdb.selectFrom('slotUsage').selectAll().where('templateId', '=', ids.template).execute();
    expect(usage.map((u) => [u.date, u.used, u.capacity])).toEqual([['2027-04-22', 3, 3]]);
    const rows = await kdb.selectFrom('bookings').select(['id', 'status']).where('templateId', '=', ids.template).execute();
    expect(rows).toHaveLength(3);
    expect(new Set(rows.map((r) => r.id))).toEqual(new Set(results.filter((r) => r.statusCode === 201).map((r) => r.json().id)));
  });
});
