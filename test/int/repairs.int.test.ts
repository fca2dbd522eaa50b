import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../../src/kernel/context.js';
import { BASE_URL, dialects, startTestApp, type TestApp } from '../db-context.js';
import { asRole, PASSWORD, signIn, uniqueEmail } from '../http.js';

type Headers = Record<string, string>;
const TINY_PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
const SIGNATURE = `data:image/png;base64,${TINY_PNG.toString('base64')}`;
const adminActor = { ...SYSTEM_ACTOR, principal: { kind: 'staff' as const, userId: '', name: 'seed', email: 'seed', role: 'admin' as const, locale: 'nl', sessionId: '' } };
let seq = 0;
const unique = (prefix: string) => `${prefix}-${process.pid}-${++seq}`;

function imageUpload(content: Buffer, filename: string, type: string) {
  const boundary = `----loyaal${Math.random().toString(16).slice(2)}`;
  const head = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: ${type}\r\n\r\n`);
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return { payload: Buffer.concat([head, content, tail]), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

describe.each(dialects())('repair orders (%s)', (dialect) => {
  let t: TestApp;
  let admin: Headers;
  let planner: Headers;
  let agent: Headers;
  let agentId: string;
  const tech: Record<'a' | 'b', { id: string; headers: Headers }> = {} as never;
  const ids: Record<string, string> = {};

  const call = (method: 'GET' | 'POST' | 'PATCH' | 'PUT', url: string, headers: Headers, payload?: object) =>
    t.loyaal.app.inject({ method, url, headers, payload });

  async function technician(skills: string[], hourlyCostCents: number) {
    const email = uniqueEmail('tech');
    const u = await t.loyaal.services.users.createUser(adminActor, {
      name: `Monteur ${unique('m')}`,
      email,
      role: 'technician',
      locale: 'nl',
      password: PASSWORD,
      managerId: null,
      skills,
      hourlyCostCents,
      contractHoursPerWeek: 40,
    });
    return { id: u.id, headers: { cookie: await signIn(t.loyaal, email), origin: BASE_URL } };
  }
  const newRepair = async (body: object, headers = agent) => {
    const res = await call('POST', '/api/v1/repair-orders', headers, body);
    expect(res.statusCode, res.body).toBe(201);
    return res.json();
  };
  const detail = async (id: string, headers = admin) => (await call('GET', `/api/v1/repair-orders/${id}`, headers)).json();
  const status = (id: string, to: string, version: number, headers = admin) => call('POST', `/api/v1/repair-orders/${id}/status`, headers, { status: to, version });
  const assign = (id: string, technicianId: string, version: number, start = '2026-12-14T09:00:00+01:00', end = '2026-12-14T10:00:00+01:00') =>
    call('POST', `/api/v1/repair-orders/${id}/assign`, planner, { technicianId, scheduledStart: start, scheduledEnd: end, version });
  const stockAt = (partId: string, locationId: string) => t.loyaal.services.catalog.stockAt(partId, locationId);

  beforeAll(async () => {
    t = await startTestApp(dialect);
    t.clock.set('2026-12-10T09:00:00Z');
    admin = (await asRole(t.loyaal, 'admin')).headers;
    planner = (await asRole(t.loyaal, 'planner')).headers;
    const a = await asRole(t.loyaal, 'agent');
    agent = a.headers;
    agentId = a.user.id;
    tech.a = await technician(['witgoed'], 5250);
    tech.b = await technician([], 4000);
    for (const key of ['a', 'b']) {
      const name = key === 'a' ? 'Anneke de Vries' : 'Bram Jansen';
      // Anneke's primary contact is listed second, so her phone is found by being primary rather than by order.
      const contacts =
        key === 'a'
          ? [
              { name: 'Piet de Vries', phone: '+31201234567' },
              { name, email: `${unique(key)}@repairs.test`, phone: '+31612345678', isPrimary: true },
            ]
          : [{ name, email: `${unique(key)}@repairs.test` }];
      const res = await call('POST', '/api/v1/customers', agent, { kind: 'person', name, contacts });
      ids[key] = res.json().id;
    }
    const service = await call('POST', '/api/v1/catalog/services', admin, {
      code: unique('HOME'),
      nameNl: 'Reparatie aan huis',
      nameEn: 'Repair at home',
      kind: 'home_repair',
      priceCents: 12900,
      vatCode: 'standard',
      durationMinutes: 60,
      requiredSkills: ['witgoed'],
    });
    ids.homeService = service.json().id;
    ids.workshopService = (
      await call('POST', '/api/v1/catalog/services', admin, {
        code: unique('WS'),
        nameNl: 'Reparatie in de werkplaats',
        nameEn: 'Workshop repair',
        kind: 'workshop_repair',
        priceCents: 8900,
        vatCode: 'standard',
        durationMinutes: 90,
      })
    ).json().id;
    ids.part = (await call('POST', '/api/v1/catalog/parts', admin, { sku: unique('KB'), nameNl: 'Koolborstels', nameEn: 'Carbon brushes', costCents: 850, priceCents: 2495 })).json().id;
    ids.van = (await call('POST', '/api/v1/catalog/stock-locations', admin, { name: unique('Bus'), kind: 'van', userId: tech.a.id })).json().id;
    const receipt = await call('POST', '/api/v1/catalog/stock-movements', admin, { partId: ids.part, locationId: ids.van, quantity: 3, reason: 'receipt' });
    expect(receipt.statusCode, receipt.body).toBe(201);
  });
  afterAll(() => t.close());

  it('creates a repair order inside the caller’s transaction, numbered per year, with history from the start', async () => {
    const repairs = t.loyaal.services.repairs;
    const orderId = '01900000-0000-7000-8000-000000000001';
    const ro = await t.loyaal.db.transaction().execute((trx) =>
      repairs.createForOrder(trx, {
        orderId,
        customerId: ids.a,
        serviceId: ids.homeService,
        fault: 'Wasmachine lekt',
        address: { street: 'Damrak', houseNumber: '1', postcode: '1012 LG', city: 'Amsterdam', lat: 52.3738, lng: 4.8936 },
      }),
    );
    expect(ro).toMatchObject({ orderId, kind: 'home', status: 'created', customerName: 'Anneke de Vries', estimatedMinutes: 60, technicianId: null, firstTimeFix: null });
    expect(ro.number).toMatch(/^RO-2026-\d{5}$/);
    const got = await detail(ro.id);
    expect(got.history).toEqual([{ from: null, to: 'created', at: '2026-12-10T09:00:00.000Z', userId: null }]);
    const rolledBack = await t.loyaal.db
      .transaction()
      .execute(async (trx) => {
        await repairs.createForOrder(trx, { orderId, customerId: ids.a, serviceId: ids.homeService });
        throw new Error('order failed');
      })
      .catch((e: Error) => e.message);
    expect(rolledBack).toBe('order failed');
    const list = (await call('GET', `/api/v1/repair-orders?orderId=${orderId}`, admin)).json();
    expect(list.total).toBe(1);
  });

  it('runs a workshop repair from intake to return, stamping every status and refusing a bad transition with 409', async () => {
    const ro = await newRepair({ customerId: ids.a, kind: 'workshop', serviceId: ids.workshopService, fault: 'Stofzuiger zuigt niet' });
    expect(ro.number).toMatch(/^RO-2026-\d{5}$/);
    const early = await status(ro.id, 'ready', 1);
    expect(early.statusCode).toBe(409);
    expect(early.json().code).toBe('repair.bad_transition');
    const intake = await call('PATCH', `/api/v1/repair-orders/${ro.id}`, agent, { version: 1, receivedAt: '2026-12-10T10:00:00+01:00', intakeNotes: 'Kras op behuizing', returnMethod: 'pickup' });
    expect(intake.statusCode, intake.body).toBe(200);
    expect(intake.json()).toMatchObject({ receivedAt: '2026-12-10T09:00:00.000Z', daysWithoutProduct: 0, returnMethod: 'pickup' });
    let v = (await assign(ro.id, tech.a.id, 2, '2026-12-11T09:00:00+01:00', '2026-12-11T10:30:00+01:00')).json();
    expect(v).toMatchObject({ status: 'planned', technicianId: tech.a.id, plannedAt: '2026-12-10T09:00:00.000Z' });
    const steps = ['in_progress', 'waiting_for_parts', 'in_progress', 'ready', 'completed'];
    for (const [i, to] of steps.entries()) {
      t.clock.advance(3_600_000 * 3);
      const res = await status(ro.id, to, v.version, i % 2 ? tech.a.headers : admin);
      expect(res.statusCode, `${to}: ${res.body}`).toBe(200);
      v = res.json();
    }
    expect(v).toMatchObject({
      status: 'completed',
      startedAt: '2026-12-10T12:00:00.000Z',
      waitingForPartsAt: '2026-12-10T15:00:00.000Z',
      readyAt: '2026-12-10T21:00:00.000Z',
      completedAt: '2026-12-11T00:00:00.000Z',
      returnedAt: '2026-12-11T00:00:00.000Z',
      // Received 10 December, returned just after midnight local time on the 11th: one day without it.
      daysWithoutProduct: 1,
      firstTimeFix: true,
    });
    const d = await detail(ro.id);
    expect(d.history.map((h: { from: string | null; to: string }) => `${h.from}>${h.to}`)).toEqual([
      'null>created',
      'created>planned',
      'planned>in_progress',
      'in_progress>waiting_for_parts',
      'waiting_for_parts>in_progress',
      'in_progress>ready',
      'ready>completed',
    ]);
    expect(d.history[3]).toMatchObject({ at: '2026-12-10T15:00:00.000Z', userId: tech.a.id });
    const after = await status(ro.id, 'in_progress', v.version);
    expect(after.statusCode).toBe(409);
    expect(after.json().code).toBe('repair.bad_transition');
    expect((await status(ro.id, 'cancelled', v.version - 1)).statusCode).toBe(409);
    t.clock.set('2026-12-10T09:00:00Z');
  });

  it('assigns only an active technician who has the service’s skills (422 otherwise)', async () => {
    const ro = await newRepair({ customerId: ids.a, kind: 'home', serviceId: ids.homeService });
    const missing = await assign(ro.id, tech.b.id, 1);
    expect(missing.statusCode).toBe(422);
    expect(missing.json()).toMatchObject({ code: 'repair.missing_skill' });
    expect(missing.json().detail).toContain('witgoed');
    expect((await assign(ro.id, agentId, 1)).json().code).toBe('repair.not_a_technician');
    expect((await detail(ro.id)).status).toBe('created');
    expect((await call('POST', `/api/v1/repair-orders/${ro.id}/assign`, agent, { technicianId: tech.a.id, scheduledStart: '2026-12-14T09:00:00Z', scheduledEnd: '2026-12-14T10:00:00Z', version: 1 })).statusCode).toBe(403);
    const ok = await assign(ro.id, tech.a.id, 1);
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ status: 'planned', technicianId: tech.a.id, scheduledStart: '2026-12-14T08:00:00.000Z' });
  });

  describe('a technician’s job', () => {
    let job: { id: string; version: number };
    beforeAll(async () => {
      const ro = await newRepair({ customerId: ids.a, kind: 'home', serviceId: ids.homeService, fault: 'Droger wordt niet warm' });
      job = (await assign(ro.id, tech.a.id, 1, '2026-12-10T13:00:00+01:00', '2026-12-10T14:00:00+01:00')).json();
    });

    it('is invisible to another technician (404 everywhere) and listed for its own', async () => {
      const b = tech.b.headers;
      expect((await call('GET', `/api/v1/repair-orders/${job.id}`, b)).statusCode).toBe(404);
      expect((await status(job.id, 'in_progress', job.version, b)).statusCode).toBe(404);
      expect((await call('POST', `/api/v1/repair-orders/${job.id}/time-entries`, b, { minutes: 10 })).statusCode).toBe(404);
      expect((await call('POST', `/api/v1/repair-orders/${job.id}/complete`, b, { signature: SIGNATURE, signedBy: 'X', version: job.version })).statusCode).toBe(404);
      expect((await call('GET', '/api/v1/repair-orders', b)).json().items.map((r: { id: string }) => r.id)).not.toContain(job.id);
      expect((await call('GET', `/api/v1/technician/jobs?date=2026-12-10&technicianId=${tech.a.id}`, b)).json().items).toEqual([]);
      const mine = (await call('GET', '/api/v1/technician/jobs?date=2026-12-10', tech.a.headers)).json();
      expect(mine.items.map((j: { id: string }) => j.id)).toEqual([job.id]);
      expect(mine.items[0]).toMatchObject({ customerName: 'Anneke de Vries', customerPhone: '+31612345678', serviceName: 'Reparatie aan huis', fault: 'Droger wordt niet warm' });
      expect((await detail(job.id, tech.a.headers)).customerPhone).toBe('+31612345678');
      expect((await call('GET', `/api/v1/technician/jobs?date=2026-12-10&technicianId=${tech.a.id}`, planner)).json().items).toHaveLength(1);
      const started = await status(job.id, 'in_progress', job.version, tech.a.headers);
      expect(started.statusCode).toBe(200);
      job = started.json();
    });

    it('books time at the technician’s hourly cost: 45 min × € 52,50/h = € 39,38 (3937,5 cents rounded half up)', async () => {
      const res = await call('POST', `/api/v1/repair-orders/${job.id}/time-entries`, tech.a.headers, { minutes: 45 });
      expect(res.statusCode, res.body).toBe(201);
      expect(res.json()).toMatchObject({ userId: tech.a.id, minutes: 45, costRateCents: 5250, costCents: 3938 });
      expect((await call('POST', `/api/v1/repair-orders/${job.id}/time-entries`, tech.a.headers, { minutes: 0 })).statusCode).toBe(400);
    });

    it('uses parts from the technician’s van and refuses to go below zero with 409, writing nothing', async () => {
      const used = await call('POST', `/api/v1/repair-orders/${job.id}/parts`, tech.a.headers, { partId: ids.part, quantity: 2 });
      expect(used.statusCode, used.body).toBe(201);
      expect(used.json()).toMatchObject({ partId: ids.part, locationId: ids.van, quantity: 2, unitCostCents: 850, unitPriceCents: 2495 });
      expect(await stockAt(ids.part, ids.van)).toBe(1);
      const short = await call('POST', `/api/v1/repair-orders/${job.id}/parts`, tech.a.headers, { partId: ids.part, quantity: 2 });
      expect(short.statusCode).toBe(409);
      expect(short.json().code).toBe('stock.insufficient');
      expect(await stockAt(ids.part, ids.van)).toBe(1);
      const d = await detail(job.id);
      expect(d.parts).toHaveLength(1);
      expect(d.costs).toMatchObject({ labourMinutes: 45, labourCostCents: 3938, partsCostCents: 1700, partsPriceCents: 4990 });
    });

    it('records travel at the catalog’s cost per km', async () => {
      const { travelCostPerKmCents } = await t.loyaal.services.catalog.settings();
      const res = await call('POST', `/api/v1/repair-orders/${job.id}/travel`, tech.a.headers, { km: 12.5 });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toMatchObject({ travelKm: 12.5, travelCostCents: Math.round(12.5 * travelCostPerKmCents) });
      expect((await call('POST', `/api/v1/repair-orders/${job.id}/travel`, tech.a.headers, { km: -1 })).statusCode).toBe(400);
      job = res.json();
    });

    it('stores a photo and serves it back with its type only to staff who may see the job', async () => {
      const up = imageUpload(TINY_PNG, 'lek.png', 'image/png');
      const res = await call('POST', `/api/v1/repair-orders/${job.id}/photos`, { ...tech.a.headers, ...up.headers }, up.payload as never);
      expect(res.statusCode, res.body).toBe(201);
      const photo = res.json();
      expect(photo).toMatchObject({ filename: 'lek.png', contentType: 'image/png', size: TINY_PNG.length });
      const got = await call('GET', `/api/v1/repair-orders/${job.id}/photos/${photo.id}`, planner);
      expect(got.statusCode).toBe(200);
      expect(got.headers['content-type']).toBe('image/png');
      expect(got.rawPayload.equals(TINY_PNG)).toBe(true);
      expect((await call('GET', `/api/v1/repair-orders/${job.id}/photos/${photo.id}`, tech.b.headers)).statusCode).toBe(404);
      const fake = imageUpload(Buffer.from('<svg onload="alert(1)"/>'), 'x.png', 'image/png');
      expect((await call('POST', `/api/v1/repair-orders/${job.id}/photos`, { ...tech.a.headers, ...fake.headers }, fake.payload as never)).statusCode).toBe(415);
      expect((await detail(job.id)).photos).toHaveLength(1);
    });

    it('completes only with a valid PNG signature (422 otherwise) and then counts as fixed the first time', async () => {
      const url = `/api/v1/repair-orders/${job.id}/complete`;
      const bad = await call('POST', url, tech.a.headers, { signature: 'data:image/png;base64,bm90IGEgcG5n', signedBy: 'A. de Vries', version: job.version });
      expect(bad.statusCode).toBe(422);
      expect(bad.json().code).toBe('repair.bad_signature');
      expect((await detail(job.id)).status).toBe('in_progress');
      const res = await call('POST', url, tech.a.headers, { signature: SIGNATURE, signedBy: 'A. de Vries', version: job.version });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toMatchObject({ status: 'completed', signedBy: 'A. de Vries', signedAt: '2026-12-10T09:00:00.000Z', firstTimeFix: true });
      expect((await detail(job.id)).signature).toBe(SIGNATURE);
      expect((await call('POST', `/api/v1/repair-orders/${job.id}/time-entries`, tech.a.headers, { minutes: 5 })).json().code).toBe('repair.closed');
    });

    it('flips first-time-fix when a revisit for the same fault is created', async () => {
      const revisit = await newRepair({ customerId: ids.a, kind: 'home', previousRepairOrderId: job.id });
      expect(revisit).toMatchObject({ previousRepairOrderId: job.id, serviceId: ids.homeService, fault: 'Droger wordt niet warm', firstTimeFix: null });
      expect((await detail(job.id)).firstTimeFix).toBe(false);
      const other = await call('POST', '/api/v1/repair-orders', agent, { customerId: ids.b, kind: 'home', previousRepairOrderId: job.id });
      expect(other.statusCode).toBe(422);
    });
  });

  it('shows the board: jobs per technician with capacity, travel between jobs with coordinates, and the unplanned ones', async () => {
    const hours = await call('PUT', `/api/v1/planning/technicians/${tech.a.id}/hours`, admin, { hours: [{ weekday: 3, startTime: '08:00', endTime: '16:30' }] });
    expect(hours.statusCode, hours.body).toBe(200);
    const amsterdam = { street: 'Damrak', houseNumber: '1', postcode: '1012 LG', city: 'Amsterdam', lat: 52.3738, lng: 4.8936 };
    const utrecht = { street: 'Stationsplein', houseNumber: '9', postcode: '3511 ED', city: 'Utrecht', lat: 52.0894, lng: 5.1101 };
    const first = await newRepair({ customerId: ids.a, kind: 'home', serviceId: ids.homeService, address: amsterdam });
    const second = await newRepair({ customerId: ids.b, kind: 'home', serviceId: ids.homeService, address: utrecht });
    const third = await newRepair({ customerId: ids.b, kind: 'home', serviceId: ids.homeService, address: { ...utrecht, lat: null, lng: null } });
    const open = await newRepair({ customerId: ids.b, kind: 'home', serviceId: ids.homeService, address: utrecht });
    // Assigned out of order: the board sorts by time.
    await assign(second.id, tech.a.id, 1, '2026-12-16T13:00:00+01:00', '2026-12-16T14:00:00+01:00');
    await assign(first.id, tech.a.id, 1, '2026-12-16T09:00:00+01:00', '2026-12-16T10:00:00+01:00');
    await assign(third.id, tech.a.id, 1, '2026-12-16T15:00:00+01:00', '2026-12-16T15:30:00+01:00');
    const res = await call('GET', '/api/v1/planning/board?from=2026-12-16&to=2026-12-17&view=technician', planner);
    expect(res.statusCode, res.body).toBe(200);
    const board = res.json();
    expect(board.dates).toEqual(['2026-12-16', '2026-12-17']);
    const a = board.technicians.find((x: { id: string }) => x.id === tech.a.id);
    const day = a.days[0];
    expect(day).toMatchObject({ date: '2026-12-16', availableMinutes: 510, plannedMinutes: 180, jobIds: [first.id, second.id, third.id] });
    // Amsterdam Damrak → Utrecht Centraal: about 35 km in a straight line, × 1.3 on the road.
    expect(day.travel[0]).toMatchObject({ fromJobId: first.id, toJobId: second.id });
    expect(day.travel[0].km).toBeGreaterThan(44);
    expect(day.travel[0].km).toBeLessThan(47);
    expect(day.travel[1]).toEqual({ fromJobId: second.id, toJobId: third.id, km: null });
    expect(day.travelKm).toBe(day.travel[0].km);
    expect(a.days[1]).toMatchObject({ availableMinutes: 0, plannedMinutes: 0, jobIds: [], travel: [] });
    const job = board.jobs.find((j: { id: string }) => j.id === second.id);
    expect(job).not.toHaveProperty('customerPhone');
    expect((await detail(second.id)).customerPhone).toBeNull();
    expect(job).toMatchObject({ customerName: 'Bram Jansen', postcode: '3511 ED', serviceName: 'Reparatie aan huis', estimatedMinutes: 60, requiredSkills: ['witgoed'], technicianId: tech.a.id, date: '2026-12-16' });
    expect(board.unplanned).toContain(open.id);
    expect(board.unplanned).not.toContain(first.id);
    expect(board.jobs.find((j: { id: string }) => j.id === open.id)).toMatchObject({ technicianId: null, window: null });
    expect((await call('GET', '/api/v1/planning/board?from=2026-12-16&to=2026-12-15', planner)).statusCode).toBe(422);
    expect((await call('GET', '/api/v1/planning/board?from=2026-12-16&to=2026-12-17', tech.a.headers)).statusCode).toBe(403);
    const workshop = (await call('GET', '/api/v1/planning/board?from=2026-12-16&to=2026-12-17&view=workshop', planner)).json();
    expect(workshop.jobs.every((j: { kind: string }) => j.kind === 'workshop')).toBe(true);
  });

  it('works with a real order: parts and a charged loaner become order lines, and completing the repair completes the order', async () => {
    const kase = (await call('POST', '/api/v1/cases', agent, { customerId: ids.b, subject: 'Stofzuiger kapot', body: 'Hij zuigt niet meer' })).json();
    const placed = await call('POST', '/api/v1/orders', agent, { caseId: kase.id, lines: [{ serviceId: ids.workshopService }] });
    expect(placed.statusCode, placed.body).toBe(201);
    const order = placed.json();
    const [ro] = (await call('GET', `/api/v1/repair-orders?orderId=${order.id}`, admin)).json().items;
    expect(ro).toMatchObject({ kind: 'workshop', status: 'created', customerId: ids.b, caseId: kase.id, serviceId: ids.workshopService, estimatedMinutes: 90 });
    expect(order.lines.find((l: { repairOrderId: string | null }) => l.repairOrderId === ro.id)).toBeTruthy();

    await call('POST', '/api/v1/catalog/stock-movements', admin, { partId: ids.part, locationId: ids.van, quantity: 2, reason: 'receipt' });
    let v = (await assign(ro.id, tech.a.id, 1, '2026-12-10T13:00:00+01:00', '2026-12-10T15:00:00+01:00')).json();
    v = (await status(ro.id, 'in_progress', v.version, tech.a.headers)).json();
    const used = await call('POST', `/api/v1/repair-orders/${ro.id}/parts`, tech.a.headers, { partId: ids.part, quantity: 1 });
    expect(used.statusCode, used.body).toBe(201);
    await call('POST', '/api/v1/catalog/services', admin, { code: unique('LEEN'), nameNl: 'Leenapparaat', nameEn: 'Loan appliance', kind: 'loaner', priceCents: 1500, vatCode: 'standard' });
    const loaner = (await call('POST', '/api/v1/loaners', agent, { serial: unique('SN'), model: 'Leenstofzuiger' })).json();
    const loan = await call('POST', `/api/v1/loaners/${loaner.id}/issue`, agent, { repairOrderId: ro.id, dueDate: '2026-12-20', charge: true });
    expect(loan.statusCode, loan.body).toBe(201);
    expect(loan.json().charged).toBe(true);
    const lines = (await call('GET', `/api/v1/orders/${order.id}`, admin)).json().lines;
    expect(lines.find((l: { partId: string | null }) => l.partId === ids.part)).toMatchObject({ kind: 'part', quantity: 1, unitPriceCents: 2495, repairOrderId: ro.id });
    expect(lines.find((l: { kind: string }) => l.kind === 'loaner')).toMatchObject({ quantity: 1, unitPriceCents: 1500 });

    v = (await status(ro.id, 'ready', v.version, tech.a.headers)).json();
    expect((await call('GET', `/api/v1/orders/${order.id}`, admin)).json().status).toBe('open');
    const done = await status(ro.id, 'completed', v.version);
    expect(done.statusCode, done.body).toBe(200);
    expect((await call('GET', `/api/v1/orders/${order.id}`, admin)).json().status).toBe('completed');
  });

  it('shows a customer only their own repairs in the portal, with a status label', async () => {
    const email = `${unique('portal')}@repairs.test`;
    const cust = (await call('POST', '/api/v1/customers', agent, { kind: 'person', name: 'Carla Portaal', contacts: [{ name: 'Carla', email }] })).json();
    const mine = await newRepair({ customerId: cust.id, kind: 'workshop', fault: 'Koffiemachine' });
    await call('PATCH', `/api/v1/repair-orders/${mine.id}`, agent, { version: 1, receivedAt: '2026-12-10T10:00:00+01:00' });
    const before = t.mailer.sent.length;
    expect((await call('POST', '/api/portal/v1/magic-link', { origin: BASE_URL }, { email })).statusCode).toBe(202);
    while ((await t.loyaal.bus.dispatch()) > 0) {}
    const token = t.mailer.sent.slice(before).find((m) => m.to === email)?.text.match(/#([\w-]+)/)?.[1];
    const session = await call('POST', '/api/portal/v1/session', { origin: BASE_URL }, { token });
    const cookie = String([session.headers['set-cookie']].flat().find((c) => c?.startsWith('loyaal_portal='))).split(';')[0];
    const res = await call('GET', '/api/v1/portal/repairs', { cookie, origin: BASE_URL });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().items).toEqual([expect.objectContaining({ id: mine.id, number: mine.number, status: 'created', statusLabel: 'in_workshop' })]);
    expect((await call('GET', '/api/v1/portal/repairs', admin)).statusCode).toBe(403);
  });
});
