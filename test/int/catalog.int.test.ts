import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PARTS, DEMO_SERVICES, insertDemoCatalog } from '../../src/modules/catalog/index.js';
import { dialects, startTestApp, type TestApp } from '../db-context.js';
import { asRole } from '../http.js';

type Headers = Record<string, string>;
let seq = 0;
const unique = (prefix: string) => `${prefix}-${process.pid}-${++seq}`;

describe.each(dialects())('catalog (%s)', (dialect) => {
  let t: TestApp;
  let admin: Headers;
  let manager: Headers;
  let agent: Headers;
  let technician: Headers;
  let technicianId: string;
  beforeAll(async () => {
    t = await startTestApp(dialect);
    t.clock.set('2026-12-10T09:00:00Z');
    admin = (await asRole(t.loyaal, 'admin')).headers;
    manager = (await asRole(t.loyaal, 'manager')).headers;
    agent = (await asRole(t.loyaal, 'agent')).headers;
    const tech = await asRole(t.loyaal, 'technician');
    technician = tech.headers;
    technicianId = tech.user.id;
  });
  afterAll(() => t.close());

  const inject = (method: 'GET' | 'POST' | 'PATCH', url: string, headers: Headers, payload?: object) =>
    t.loyaal.app.inject({ method, url: `/api/v1/catalog${url}`, headers, payload });
  const serviceBody = (over: object = {}) => ({
    code: unique('REP'),
    nameNl: 'Reparatie aan huis',
    nameEn: 'Repair at home',
    kind: 'home_repair',
    priceCents: 12900,
    vatCode: 'standard',
    labourMinutes: 45,
    partsCostCents: 250,
    travelCostCents: 1050,
    durationMinutes: 60,
    requiredSkills: ['witgoed'],
    ...over,
  });
  const partBody = (over: object = {}) => ({ sku: unique('KB'), nameNl: 'Koolborstels', nameEn: 'Carbon brushes', costCents: 850, priceCents: 2495, ...over });
  const count = async (path: string) => (await inject('GET', path, admin)).json().items.length;

  it('creates a service with derived standard cost and margin, reads, lists and audits it', async () => {
    const res = await inject('POST', '/services', manager, serviceBody());
    expect(res.statusCode).toBe(201);
    const s = res.json();
    // 45 min at € 48,00 = € 36,00; + € 2,50 parts + € 10,50 travel = € 49,00; margin € 80,00 = 62,0 %.
    expect(s).toMatchObject({ priceCents: 12900, standardCostCents: 4900, marginCents: 8000, marginPercent: 62, version: 1, active: true, descriptionNl: '' });
    expect((await inject('GET', `/services/${s.id}`, technician)).json()).toEqual(s);
    expect((await inject('GET', '/services', agent)).json().items.map((x: { id: string }) => x.id)).toContain(s.id);
    const log = await t.loyaal.services.audit.list({ action: 'catalog.service.', entityId: s.id, page: 1, pageSize: 10 });
    expect(log.items.map((e) => e.action)).toEqual(['catalog.service.created']);
  });

  it('refuses a margin or other unknown field from the client and writes nothing', async () => {
    const before = await count('/services');
    const res = await inject('POST', '/services', admin, serviceBody({ marginCents: 99999 }));
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0]).toMatchObject({ code: 'unrecognized_keys' });
    expect(await count('/services')).toBe(before);
    const s = (await inject('POST', '/services', admin, serviceBody())).json();
    expect((await inject('PATCH', `/services/${s.id}`, admin, { version: 1, standardCostCents: 0 })).statusCode).toBe(400);
    expect((await inject('GET', `/services/${s.id}`, admin)).json()).toMatchObject({ version: 1, standardCostCents: s.standardCostCents });
  });

  it('refuses negative amounts with 422 field errors and writes nothing', async () => {
    const before = await count('/services');
    const res = await inject('POST', '/services', admin, serviceBody({ priceCents: -1, labourMinutes: -5, travelCostCents: -100 }));
    expect(res.statusCode).toBe(422);
    expect(res.json().errors.map((e: { path: string }) => e.path).sort()).toEqual(['body.labourMinutes', 'body.priceCents', 'body.travelCostCents']);
    expect(await count('/services')).toBe(before);
    const parts = await count('/parts');
    expect((await inject('POST', '/parts', admin, partBody({ costCents: -1 }))).statusCode).toBe(422);
    expect(await count('/parts')).toBe(parts);
  });

  it('keeps codes and SKUs unique with 409 and a subcode', async () => {
    const body = serviceBody();
    expect((await inject('POST', '/services', admin, body)).statusCode).toBe(201);
    const again = await inject('POST', '/services', admin, { ...body, nameNl: 'Ander' });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('catalog.service_code_taken');
    const other = (await inject('POST', '/services', admin, serviceBody())).json();
    const rename = await inject('PATCH', `/services/${other.id}`, admin, { version: 1, code: body.code });
    expect(rename.json().code).toBe('catalog.service_code_taken');
    const p = partBody();
    expect((await inject('POST', '/parts', admin, p)).statusCode).toBe(201);
    const dup = await inject('POST', '/parts', admin, p);
    expect(dup.statusCode).toBe(409);
    expect(dup.json().code).toBe('catalog.part_sku_taken');
  });

  it('updates with the current version only and recomputes the margin', async () => {
    const s = (await inject('POST', '/services', admin, serviceBody())).json();
    const patched = await inject('PATCH', `/services/${s.id}`, manager, { version: 1, priceCents: 4900, labourMinutes: 7 });
    expect(patched.statusCode).toBe(200);
    // 7 min at € 48,00 = € 5,60; + € 13,00 = € 18,60.
    expect(patched.json()).toMatchObject({ version: 2, priceCents: 4900, standardCostCents: 1860, marginCents: 3040, marginPercent: 62 });
    const stale = await inject('PATCH', `/services/${s.id}`, manager, { version: 1, priceCents: 1 });
    expect(stale.statusCode).toBe(409);
    expect((await inject('GET', `/services/${s.id}`, admin)).json().priceCents).toBe(4900);
    expect((await inject('PATCH', `/services/${s.id}`, admin, { version: 2, priceCents: -1 })).statusCode).toBe(422);
    expect((await inject('GET', `/services/${s.id}`, admin)).json().version).toBe(2);
    const off = await inject('PATCH', `/services/${s.id}`, admin, { version: 2, active: false });
    expect(off.json().active).toBe(false);
    const active = (await inject('GET', '/services?active=true', admin)).json().items.map((x: { id: string }) => x.id);
    expect(active).not.toContain(s.id);
  });

  it('lets only admins and managers write; any staff member reads', async () => {
    expect((await inject('POST', '/services', agent, serviceBody())).statusCode).toBe(403);
    expect((await inject('POST', '/parts', technician, partBody())).statusCode).toBe(403);
    expect((await inject('PATCH', '/settings', agent, { version: 1 })).statusCode).toBe(403);
    expect((await inject('POST', '/vat-rates', agent, { code: 'zero', percentBp: 0, validFrom: '2040-01-01' })).statusCode).toBe(403);
    for (const h of [agent, technician]) {
      expect((await inject('GET', '/services', h)).statusCode).toBe(200);
      expect((await inject('GET', '/parts', h)).statusCode).toBe(200);
      expect((await inject('GET', '/vat-rates', h)).statusCode).toBe(200);
      expect((await inject('GET', '/settings', h)).statusCode).toBe(200);
    }
  });

  it('looks up the Dutch VAT history by date and refuses dates without a rate', async () => {
    const { catalog } = t.loyaal.services;
    expect((await catalog.vatRateOn('standard', '2012-09-30')).percentBp).toBe(1900);
    expect((await catalog.vatRateOn('standard', '2012-10-01')).percentBp).toBe(2100);
    expect((await catalog.vatRateOn('reduced', '2018-12-31')).percentBp).toBe(600);
    expect((await catalog.vatRateOn('reduced', '2019-01-01')).percentBp).toBe(900);
    await expect(catalog.vatRateOn('standard', '2000-06-01')).rejects.toMatchObject({ status: 422, detail: 'VAT rate standard not valid on 2000-06-01' });
    const res = await inject('GET', '/vat-rates/on?code=reduced&date=1999-01-01', agent);
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ code: 'catalog.vat_not_valid', detail: 'VAT rate reduced not valid on 1999-01-01' });
  });

  it('closes the open rate the day before a new one and refuses overlaps', async () => {
    const added = await inject('POST', '/vat-rates', admin, { code: 'reduced', percentBp: 1100, validFrom: '2031-01-01' });
    expect(added.statusCode).toBe(201);
    const reduced = (await inject('GET', '/vat-rates', admin)).json().items.filter((r: { code: string }) => r.code === 'reduced');
    expect(reduced.map((r: { percentBp: number; validFrom: string; validTo: string | null }) => [r.percentBp, r.validFrom, r.validTo])).toEqual([
      [600, '2001-01-01', '2018-12-31'],
      [900, '2019-01-01', '2030-12-31'],
      [1100, '2031-01-01', null],
    ]);
    const overlap = await inject('POST', '/vat-rates', admin, { code: 'reduced', percentBp: 1000, validFrom: '2020-01-01', validTo: '2020-12-31' });
    expect(overlap.statusCode).toBe(422);
    expect(overlap.json().code).toBe('catalog.vat_overlap');
    expect((await inject('POST', '/vat-rates', admin, { code: 'reduced', percentBp: 1000, validFrom: '2031-01-01' })).statusCode).toBe(422);
    expect((await inject('GET', '/vat-rates', admin)).json().items.filter((r: { code: string }) => r.code === 'reduced')).toHaveLength(3);
    expect((await t.loyaal.services.catalog.vatRateOn('reduced', '2030-12-31')).percentBp).toBe(900);
    expect((await t.loyaal.services.catalog.vatRateOn('reduced', '2031-01-01')).percentBp).toBe(1100);
  });

  it('reads and updates the settings with versions, and the labour rate moves every margin', async () => {
    const s = (await inject('POST', '/services', admin, serviceBody({ labourMinutes: 60, partsCostCents: 0, travelCostCents: 0, priceCents: 10000 }))).json();
    const settings = (await inject('GET', '/settings', agent)).json();
    expect(settings).toMatchObject({
      labourCostPerHourCents: 4800,
      travelCostPerKmCents: 35,
      travelPricePerKmCents: 0,
      loanerCostPerDayCents: 150,
      warrantyRule: { labour: 'free', parts: 'free', surcharge: 'charged', travel: 'free' },
    });
    expect((await inject('PATCH', '/settings', admin, { version: settings.version, labourCostPerHourCents: -1 })).statusCode).toBe(422);
    const res = await inject('PATCH', '/settings', admin, {
      version: settings.version,
      labourCostPerHourCents: 6000,
      warrantyRule: { labour: 'free', parts: 'charged', surcharge: 'charged', travel: 'free' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ version: settings.version + 1, labourCostPerHourCents: 6000, warrantyRule: { parts: 'charged' } });
    expect((await inject('PATCH', '/settings', admin, { version: settings.version, labourCostPerHourCents: 1 })).statusCode).toBe(409);
    expect((await inject('GET', `/services/${s.id}`, admin)).json()).toMatchObject({ standardCostCents: 6000, marginCents: 4000 });
    await inject('PATCH', '/settings', admin, { version: settings.version + 1, labourCostPerHourCents: 4800 });
  });

  it('receives stock, consumes it in a transaction and refuses to go below zero', async () => {
    const part = (await inject('POST', '/parts', admin, partBody())).json();
    const loc = (await inject('POST', '/stock-locations', admin, { name: unique('Werkplaats'), kind: 'workshop' })).json();
    expect((await inject('POST', '/stock-movements', manager, { partId: part.id, locationId: loc.id, quantity: 0, reason: 'receipt' })).statusCode).toBe(422);
    expect((await inject('POST', '/stock-movements', manager, { partId: part.id, locationId: loc.id, quantity: -2, reason: 'receipt' })).statusCode).toBe(422);
    const receipt = await inject('POST', '/stock-movements', manager, { partId: part.id, locationId: loc.id, quantity: 5, reason: 'receipt', note: 'Pakbon 123' });
    expect(receipt.statusCode).toBe(201);
    expect(receipt.json().stock).toEqual([{ locationId: loc.id, quantity: 5 }]);
    expect((await inject('GET', `/parts/${part.id}`, technician)).json()).toMatchObject({ totalQuantity: 5, stock: [{ locationId: loc.id, quantity: 5 }] });

    const { catalog } = t.loyaal.services;
    const refId = '019af5d0-0000-7000-8000-0000000000aa';
    const used = await t.loyaal.db.transaction().execute((trx) =>
      catalog.consumePart(trx, { partId: part.id, locationId: loc.id, quantity: 3, refType: 'repair_order', refId, userId: technicianId }),
    );
    expect(used).toMatchObject({ quantityLeft: 2, movement: { quantity: -3, reason: 'use', refType: 'repair_order', refId } });
    await expect(
      t.loyaal.db.transaction().execute((trx) => catalog.consumePart(trx, { partId: part.id, locationId: loc.id, quantity: 3, refType: 'repair_order', refId })),
    ).rejects.toMatchObject({ status: 409, subcode: 'stock.insufficient' });
    const correction = await inject('POST', '/stock-movements', admin, { partId: part.id, locationId: loc.id, quantity: -3, reason: 'correction' });
    expect(correction.statusCode).toBe(409);
    expect(correction.json().code).toBe('stock.insufficient');
    expect(await catalog.stockAt(part.id, loc.id)).toBe(2);
    const moves = (await inject('GET', `/stock-movements?partId=${part.id}`, admin)).json().items;
    expect(moves.map((m: { quantity: number }) => m.quantity).sort()).toEqual([-3, 5]);
  });

  it('transfers stock to a technician van and finds that van for the technician', async () => {
    const part = (await inject('POST', '/parts', admin, partBody())).json();
    const workshop = (await inject('POST', '/stock-locations', admin, { name: unique('Werkplaats'), kind: 'workshop' })).json();
    expect((await inject('POST', '/stock-locations', admin, { name: unique('Bus'), kind: 'van' })).statusCode).toBe(422);
    const van = await inject('POST', '/stock-locations', admin, { name: unique('Bus'), kind: 'van', userId: technicianId });
    expect(van.statusCode).toBe(201);
    await inject('POST', '/stock-movements', admin, { partId: part.id, locationId: workshop.id, quantity: 4, reason: 'receipt' });
    expect((await inject('POST', '/stock-transfers', admin, { partId: part.id, fromLocationId: workshop.id, toLocationId: van.json().id, quantity: 5 })).statusCode).toBe(409);
    const moved = await inject('POST', '/stock-transfers', admin, { partId: part.id, fromLocationId: workshop.id, toLocationId: van.json().id, quantity: 3 });
    expect(moved.statusCode).toBe(201);
    expect(moved.json().stock).toEqual([
      { locationId: workshop.id, quantity: 1 },
      { locationId: van.json().id, quantity: 3 },
    ]);
    expect((await t.loyaal.services.catalog.locationForUser(technicianId))?.id).toBe(van.json().id);
    const other = await t.loyaal.services.catalog.locationForUser('019af5d0-0000-7000-8000-0000000000bb');
    expect(other?.kind).toBe('workshop');
  });

  it('loads the demo catalog once, however often it runs', async () => {
    const now = t.clock.now().toISOString();
    const first = await t.loyaal.db.transaction().execute((trx) => insertDemoCatalog(trx, now));
    const second = await t.loyaal.db.transaction().execute((trx) => insertDemoCatalog(trx, now));
    expect(second).toEqual(first);
    expect(Object.keys(first.services)).toHaveLength(DEMO_SERVICES.length);
    expect(Object.keys(first.parts)).toHaveLength(DEMO_PARTS.length);
    const pump = await t.loyaal.services.catalog.getPart(first.parts['PMP-AFV-01']);
    expect(pump.stock.map((s) => s.locationId).sort()).toEqual([first.locations.warehouse, first.locations.workshop].sort());
    const before = pump.totalQuantity;
    await t.loyaal.db.transaction().execute((trx) => insertDemoCatalog(trx, now));
    expect((await t.loyaal.services.catalog.getPart(pump.id)).totalQuantity).toBe(before);
    const home = await t.loyaal.services.catalog.getService(first.services['REP-AAN-HUIS']);
    expect(home).toMatchObject({ priceCents: 12900, standardCostCents: 5850, marginCents: 7050 });
  });
});
