import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../src/kernel/ids.js';
import { BASE_URL, dialects, startTestApp, type TestApp } from '../db-context.js';
import { asRole } from '../http.js';

type Headers = Record<string, string>;
type Line = { kind: string; description: string; unitPriceCents: number; listPriceCents: number; warrantyCovered: boolean; bookingId: string | null; repairOrderId: string | null };

/** Quotes and orders end to end: pricing, warranty, PDF mail, portal acceptance with a slot, and all-or-nothing writes. */
describe.each(dialects())('quotes and orders (%s)', (dialect) => {
  let t: TestApp;
  let agent: { headers: Headers };
  let manager: { headers: Headers };
  const ids: Record<string, string> = {};
  let serviceCostCents = 0;

  const call = (method: 'GET' | 'POST' | 'PATCH', url: string, headers: Headers, payload?: unknown) =>
    t.loyaal.app.inject({ method, url, headers, payload: payload as object });
  const ok = async (method: 'GET' | 'POST' | 'PATCH', url: string, headers: Headers, payload?: unknown, status = 200) => {
    const res = await call(method, url, headers, payload);
    expect(res.statusCode, `${method} ${url}: ${res.body}`).toBe(status);
    return res.json();
  };
  const dispatch = async () => {
    while ((await t.loyaal.bus.dispatch()) > 0) {}
  };
  const sessions = new Map<string, Headers>();
  const portalSignIn = async (email: string): Promise<Headers> => {
    const known = sessions.get(email);
    if (known) return known;
    const before = t.mailer.sent.length;
    expect((await call('POST', '/api/portal/v1/magic-link', { origin: BASE_URL }, { email })).statusCode).toBe(202);
    await dispatch();
    const token = t.mailer.sent
      .slice(before)
      .filter((m) => m.to === email)
      .map((m) => m.text.match(/#([\w-]+)/)?.[1])
      .find(Boolean);
    const res = await call('POST', '/api/portal/v1/session', { origin: BASE_URL }, { token });
    expect(res.statusCode).toBe(204);
    const cookie = [res.headers['set-cookie']].flat().find((c) => c?.startsWith('loyaal_portal='));
    const headers = { cookie: String(cookie).split(';')[0], origin: BASE_URL };
    sessions.set(email, headers);
    return headers;
  };
  /** What the database holds for a case, to prove a refused request wrote nothing. */
  const snapshot = async (caseId: string) => {
    const sales = await ok('GET', `/api/v1/cases/${caseId}/sales`, agent.headers);
    const bookings = await ok('GET', '/api/v1/bookings?from=2026-12-01&to=2026-12-31', agent.headers);
    return { sales, bookings: bookings.items.length };
  };

  beforeAll(async () => {
    t = await startTestApp(dialect);
    t.clock.set(new Date('2026-12-07T10:00:00+01:00'));
    agent = await asRole(t.loyaal, 'agent');
    manager = await asRole(t.loyaal, 'manager');
    const address = (postcode: string) => ({ kind: 'both', street: 'Oudegracht', houseNumber: 12, postcode, city: 'Utrecht' });
    for (const [key, name, email, postcode] of [
      ['a', 'Anneke de Vries', 'anneke@orders.test', '3511 AB'],
      ['b', 'Bram Jansen', 'bram@orders.test', '3512 CD'],
    ]) {
      ids[key] = (await ok('POST', '/api/v1/customers', agent.headers, { kind: 'person', name, contacts: [{ name, email }], addresses: [address(postcode)] }, 201)).id;
      ids[`${key}Case`] = (await ok('POST', '/api/v1/cases', agent.headers, { customerId: ids[key], subject: 'Wasmachine lekt', body: 'Er staat water onder' }, 201)).id;
    }
    const now = new Date().toISOString();
    ids.product = newId();
    await t.loyaal.services.products.insertProducts(t.loyaal.db, [
      { id: ids.product, sku: 'WM-ORD-1', nameNl: 'Wasmachine', nameEn: 'Washing machine', brand: 'Miele', category: 'washing_machine', listPriceCents: 99900, warrantyMonths: 24, active: true, version: 1, createdAt: now, updatedAt: now },
    ]);
    for (const key of ['a', 'b'])
      ids[`${key}Product`] = (await ok('POST', `/api/v1/customers/${ids[key]}/products`, agent.headers, { sku: 'WM-ORD-1', purchaseDate: '2025-06-01' }, 201)).id;

    const service = await ok(
      'POST',
      '/api/v1/catalog/services',
      manager.headers,
      { code: 'REP-HUIS', nameNl: 'Reparatie aan huis', nameEn: 'Home repair', kind: 'home_repair', priceCents: 8900, vatCode: 'standard', labourMinutes: 60, travelCostCents: 500, durationMinutes: 60 },
      201,
    );
    ids.service = service.id;
    serviceCostCents = service.standardCostCents;
    ids.part = (await ok('POST', '/api/v1/catalog/parts', manager.headers, { sku: 'KB-01', nameNl: 'Koolborstels', nameEn: 'Carbon brushes', costCents: 1200, priceCents: 2950 }, 201)).id;
    const settings = await ok('GET', '/api/v1/catalog/settings', manager.headers);
    await ok('PATCH', '/api/v1/catalog/settings', manager.headers, {
      version: settings.version,
      warrantyRule: { labour: 'free', parts: 'free', surcharge: 'charged', travel: 'charged' },
    });
    ids.evening = (
      await ok(
        'POST',
        '/api/v1/planning/slot-templates',
        manager.headers,
        { name: 'Donderdagavond', weekday: 4, startTime: '18:00', endTime: '22:00', slotType: 'evening', serviceKinds: ['home_repair'], capacity: 1, surchargeKind: 'fixed', surchargeValue: 2495 },
        201,
      )
    ).id;
  });
  afterAll(() => t.close());

  it('quotes, mails the PDF, and lets the customer accept in the portal with an evening slot: order, booking and repair order', async () => {
    const quote = await ok('POST', '/api/v1/quotes', agent.headers, { caseId: ids.aCase, lines: [{ serviceId: ids.service }] }, 201);
    expect(quote).toMatchObject({ number: 'OF-2026-00001', status: 'draft', customerId: ids.a, validUntil: '2027-01-06', underWarranty: false });
    expect(quote.lines[0]).toMatchObject({ kind: 'service', description: 'Reparatie aan huis', unitPriceCents: 8900, unitCostCents: serviceCostCents, vatPercentBp: 2100 });
    expect(quote.totals).toMatchObject({ netCents: 8900, vatCents: 1869, grossCents: 10769 });

    const sent = await ok('POST', `/api/v1/quotes/${quote.id}/send`, agent.headers, {});
    expect(sent.status).toBe('sent');
    await dispatch();
    const mail = t.mailer.sent.find((m) => m.subject.startsWith('Offerte OF-2026-00001'));
    expect(mail?.to).toBe('anneke@orders.test');
    expect(mail?.subject).toMatch(/^Offerte OF-2026-00001 voor zaak Z-/);
    const pdf = mail?.attachments?.[0].content as Buffer;
    expect(mail?.attachments?.[0]).toMatchObject({ filename: 'OF-2026-00001.pdf', contentType: 'application/pdf' });
    expect(pdf.subarray(0, 4).toString()).toBe('%PDF');

    const me = await portalSignIn('anneke@orders.test');
    const mine = await ok('GET', '/api/v1/portal/quotes', me);
    expect(mine.items.map((q: { id: string }) => q.id)).toEqual([quote.id]);
    expect(mine.items[0].bookableServiceId).toBe(ids.service);
    expect(JSON.stringify(mine)).not.toContain('unitCostCents');
    const download = await call('GET', `/api/v1/portal/quotes/${quote.id}/pdf`, me);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.rawPayload.subarray(0, 4).toString()).toBe('%PDF');

    const accepted = await ok('POST', `/api/v1/portal/quotes/${quote.id}/accept`, me, { templateId: ids.evening, date: '2026-12-10' });
    expect(accepted).toMatchObject({ status: 'accepted', decidedBy: 'customer', slotTemplateId: ids.evening, slotDate: '2026-12-10' });
    const order = await ok('GET', `/api/v1/orders/${accepted.orderId}`, agent.headers);
    expect(order).toMatchObject({ number: 'OR-2026-00001', status: 'open', quoteId: quote.id, customerId: ids.a, caseId: ids.aCase });
    const [service, surcharge] = order.lines as Line[];
    expect(surcharge).toMatchObject({ kind: 'surcharge', description: 'Toeslag avondafspraak 18:00–22:00', unitPriceCents: 2495, bookingId: order.bookingId });
    expect(service.bookingId).toBe(order.bookingId);
    expect(order.totals).toMatchObject({ netCents: 11_395, vatCents: 2393, grossCents: 13_788, costCents: serviceCostCents });

    const booking = await ok('GET', `/api/v1/bookings/${order.bookingId}`, agent.headers);
    expect(booking).toMatchObject({ status: 'confirmed', orderId: order.id, date: '2026-12-10', startsAt: '2026-12-10T17:00:00.000Z' });
    expect(service.repairOrderId).toBeTruthy();
    const repair = await ok('GET', `/api/v1/repair-orders/${service.repairOrderId}`, agent.headers);
    expect(repair).toMatchObject({ orderId: order.id, kind: 'home', bookingId: order.bookingId, customerId: ids.a });
    expect(repair.scheduledStart).toBe('2026-12-10T17:00:00.000Z');

    // Moving the appointment moves the visit with it (and back, so the slot stays taken for the tests below).
    let moved = await ok('POST', `/api/v1/bookings/${order.bookingId}/reschedule`, agent.headers, { templateId: ids.evening, date: '2026-12-17', version: booking.version });
    await dispatch();
    expect((await ok('GET', `/api/v1/repair-orders/${service.repairOrderId}`, agent.headers)).scheduledStart).toBe('2026-12-17T17:00:00.000Z');
    moved = await ok('POST', `/api/v1/bookings/${order.bookingId}/reschedule`, agent.headers, { templateId: ids.evening, date: '2026-12-10', version: moved.version });
    await dispatch();
    expect((await ok('GET', `/api/v1/repair-orders/${service.repairOrderId}`, agent.headers)).scheduledEnd).toBe(moved.endsAt);

    const sales = await ok('GET', `/api/v1/cases/${ids.aCase}/sales`, agent.headers);
    expect([sales.quotes.length, sales.orders.length, sales.bookings.length]).toEqual([1, 1, 1]);
    expect((await call('POST', `/api/v1/portal/quotes/${quote.id}/accept`, me, {})).statusCode).toBe(409);
  });

  it('refuses an order on a case of another customer, or with their product, and writes nothing', async () => {
    const before = await snapshot(ids.aCase);
    const lines = [{ serviceId: ids.service }];
    for (const body of [
      { caseId: ids.aCase, customerId: ids.b, lines },
      { caseId: ids.aCase, installedProductId: ids.bProduct, lines },
      { caseId: ids.aCase, lines, slot: { templateId: ids.evening, date: '2026-12-10' } },
    ]) {
      const res = await call('POST', '/api/v1/orders', agent.headers, body);
      expect(res.statusCode, res.body).toBe(body.slot ? 409 : 422);
    }
    expect(await snapshot(ids.aCase)).toEqual(before);
  });

  it('refuses negative prices and quantities below one with 422, and writes nothing', async () => {
    const before = await snapshot(ids.bCase);
    for (const line of [{ description: 'Korting', unitPriceCents: -500 }, { partId: ids.part, quantity: 0 }, { partId: ids.part, quantity: -2 }]) {
      const res = await call('POST', '/api/v1/quotes', agent.headers, { caseId: ids.bCase, lines: [{ serviceId: ids.service }, line] });
      expect(res.statusCode, res.body).toBe(422);
      expect(res.json().errors[0].path).toMatch(/^body\.lines\.1\./);
    }
    expect((await call('POST', '/api/v1/quotes', agent.headers, { caseId: ids.bCase, lines: [{ serviceId: ids.service, unitPriceCents: 1 }] })).statusCode).toBe(400);
    expect(await snapshot(ids.bCase)).toEqual(before);
  });

  it('applies the warranty rule: labour and parts free at list price, the evening surcharge paid, cost kept', async () => {
    const order = await ok(
      'POST',
      '/api/v1/orders',
      agent.headers,
      { caseId: ids.aCase, installedProductId: ids.aProduct, lines: [{ serviceId: ids.service }, { partId: ids.part, quantity: 2 }], slot: { templateId: ids.evening, date: '2026-12-17' } },
      201,
    );
    expect(order).toMatchObject({ number: 'OR-2026-00002', underWarranty: true });
    expect(order.lines.map((l: Line) => [l.kind, l.listPriceCents, l.unitPriceCents, l.warrantyCovered])).toEqual([
      ['service', 8900, 0, true],
      ['part', 2950, 0, true],
      ['surcharge', 2495, 2495, false],
    ]);
    expect(order.totals).toEqual({
      netCents: 2495,
      vatCents: 524,
      grossCents: 3019,
      vatByRate: [{ vatCode: 'standard', percentBp: 2100, netCents: 2495, vatCents: 524 }],
      costCents: serviceCostCents + 2400,
      marginCents: 2495 - serviceCostCents - 2400,
    });

    const added = await ok('POST', `/api/v1/orders/${order.id}/lines`, agent.headers, { lines: [{ partId: ids.part }, { kind: 'travel', description: 'Voorrijkosten', unitPriceCents: 3500 }] });
    expect(added.lines.slice(3).map((l: Line) => [l.kind, l.unitPriceCents, l.warrantyCovered])).toEqual([
      ['part', 0, true],
      ['travel', 3500, false],
    ]);
    expect(added.totals).toMatchObject({ netCents: 5995, vatCents: 1259, grossCents: 7254 });

    const cancelled = await ok('POST', `/api/v1/orders/${order.id}/cancel`, agent.headers, { reason: 'Klant zelf opgelost' });
    expect(cancelled.status).toBe('cancelled');
    expect((await ok('GET', `/api/v1/bookings/${order.bookingId}`, agent.headers)).status).toBe('cancelled');
    const repairs = await ok('GET', `/api/v1/repair-orders?orderId=${order.id}`, agent.headers);
    expect(repairs.items.length).toBeGreaterThan(0);
    expect(repairs.items.map((r: { status: string }) => r.status)).toEqual(repairs.items.map(() => 'cancelled'));
  });

  it('refuses to accept when the slot filled up meanwhile: 409, the quote stays sent and nothing is written', async () => {
    const quote = await ok('POST', '/api/v1/quotes', agent.headers, { caseId: ids.bCase, lines: [{ serviceId: ids.service }], slot: { templateId: ids.evening, date: '2026-12-24' } }, 201);
    expect(quote.lines[1]).toMatchObject({ kind: 'surcharge', unitPriceCents: 2495 });
    await ok('POST', `/api/v1/quotes/${quote.id}/send`, agent.headers, {});
    await ok('POST', '/api/v1/orders', agent.headers, { caseId: ids.aCase, lines: [{ serviceId: ids.service }], slot: { templateId: ids.evening, date: '2026-12-24' } }, 201);

    const before = await snapshot(ids.bCase);
    const res = await call('POST', `/api/v1/quotes/${quote.id}/accept`, agent.headers, {});
    expect(res.statusCode, res.body).toBe(409);
    expect(await snapshot(ids.bCase)).toEqual(before);
    expect((await ok('GET', `/api/v1/quotes/${quote.id}`, agent.headers)).status).toBe('sent');
    const next = await ok('POST', '/api/v1/orders', agent.headers, { caseId: ids.bCase, lines: [{ partId: ids.part }] }, 201);
    expect(next.number).toBe('OR-2026-00004');
  });

  it('shows a customer only their own quotes in the portal; someone else’s is not found', async () => {
    const theirs = await ok('POST', '/api/v1/quotes', agent.headers, { caseId: ids.bCase, lines: [{ partId: ids.part }] }, 201);
    await ok('POST', `/api/v1/quotes/${theirs.id}/send`, agent.headers, {});
    const draft = await ok('POST', '/api/v1/quotes', agent.headers, { caseId: ids.aCase, lines: [{ partId: ids.part }] }, 201);
    const me = await portalSignIn('anneke@orders.test');
    for (const id of [theirs.id, draft.id]) {
      for (const [method, url] of [
        ['GET', `/api/v1/portal/quotes/${id}`],
        ['GET', `/api/v1/portal/quotes/${id}/pdf`],
        ['POST', `/api/v1/portal/quotes/${id}/accept`],
        ['POST', `/api/v1/portal/quotes/${id}/decline`],
      ] as const)
        expect((await call(method, url, me, method === 'POST' ? {} : undefined)).statusCode, `${method} ${url}`).toBe(404);
    }
    expect((await ok('GET', '/api/v1/portal/quotes', me)).items.map((q: { id: string }) => q.id)).not.toContain(theirs.id);
    expect((await call('GET', '/api/v1/portal/quotes', agent.headers)).statusCode).toBe(403);

    const bram = await portalSignIn('bram@orders.test');
    const declined = await ok('POST', `/api/v1/portal/quotes/${theirs.id}/decline`, bram, { reason: 'Te duur' });
    expect(declined).toMatchObject({ status: 'declined', decidedBy: 'customer' });
    expect((await ok('GET', `/api/v1/quotes/${theirs.id}`, agent.headers)).declineReason).toBe('Te duur');
  });

  it('adds parts from a repair, completes when its repair orders are done, and is invoiced once', async () => {
    const sut = t.loyaal.services.orders;
    const order = await ok('POST', '/api/v1/orders', agent.headers, { caseId: ids.bCase, installedProductId: ids.bProduct, lines: [{ serviceId: ids.service }] }, 201);
    const repairOrderId = order.lines[0].repairOrderId as string;
    expect(repairOrderId).toBeTruthy();
    const inTrx = <T>(fn: (trx: never) => Promise<T>) => t.loyaal.db.transaction().execute((trx) => fn(trx as never));

    const added = await inTrx((trx) => sut.addLines(trx, order.id, [{ kind: 'part', partId: ids.part, quantity: 3, repairOrderId }]));
    expect(added[0]).toMatchObject({ kind: 'part', quantity: 3, listPriceCents: 2950, unitPriceCents: 0, unitCostCents: 1200, warrantyCovered: true, repairOrderId });
    expect(await inTrx((trx) => sut.completeIfDone(trx, order.id))).toBe(false);
    expect(await inTrx((trx) => sut.completeIfDone(trx, order.id, repairOrderId))).toBe(true);

    const forInvoice = await sut.orderForInvoice(order.id);
    expect(forInvoice).toMatchObject({ customerId: ids.b, caseId: ids.bCase });
    expect(forInvoice.order.status).toBe('completed');
    expect(forInvoice.lines.map((l) => l.kind)).toEqual(['service', 'part']);
    const invoiceId = newId();
    await inTrx((trx) => sut.markInvoiced(trx, order.id, invoiceId));
    await inTrx((trx) => sut.markInvoiced(trx, order.id, invoiceId));
    await expect(inTrx((trx) => sut.markInvoiced(trx, order.id, newId()))).rejects.toMatchObject({ code: 'conflict' });
    await expect(sut.orderForInvoice(order.id)).rejects.toMatchObject({ code: 'conflict' });
    expect((await call('POST', `/api/v1/orders/${order.id}/cancel`, agent.headers, {})).statusCode).toBe(409);
    expect((await call('POST', `/api/v1/orders/${order.id}/lines`, agent.headers, { lines: [{ partId: ids.part }] })).statusCode).toBe(409);
    expect((await ok('GET', `/api/v1/orders/${order.id}`, agent.headers)).status).toBe('invoiced');
  });

  it('refuses to accept a quote past its validity with 422', async () => {
    const quote = await ok('POST', '/api/v1/quotes', agent.headers, { caseId: ids.bCase, lines: [{ partId: ids.part }], validDays: 2 }, 201);
    await ok('POST', `/api/v1/quotes/${quote.id}/send`, agent.headers, {});
    t.clock.set(new Date('2026-12-10T10:00:00+01:00'));
    expect((await ok('GET', `/api/v1/quotes/${quote.id}`, agent.headers)).status).toBe('expired');
    const listed = async (status: string) => (await ok('GET', `/api/v1/quotes?caseId=${ids.bCase}&status=${status}`, agent.headers)).items.map((q: { id: string }) => q.id);
    expect(await listed('expired')).toEqual([quote.id]);
    expect(await listed('sent')).not.toContain(quote.id);
    const res = await call('POST', `/api/v1/quotes/${quote.id}/accept`, agent.headers, {});
    expect(res.statusCode, res.body).toBe(422);
  });
});
