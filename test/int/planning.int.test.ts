import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../../src/kernel/context.js';
import type { OutgoingMail } from '../../src/kernel/mailer.js';
import { formatEuro } from '../../src/kernel/money.js';
import { CreateCustomerBody } from '../../src/modules/customers/index.js';
import { BASE_URL, dialects, startTestApp, type TestApp } from '../db-context.js';
import { newUser } from '../http.js';

type Json = Record<string, unknown>;

/** Mail goes through the JSON outbox, which turns a Buffer into `{type, data}`; both read back as bytes. */
const bytes = (c: unknown) => (Buffer.isBuffer(c) ? c : Buffer.from((c as { data: number[] }).data));
const icsOf = (m: OutgoingMail) => {
  const a = m.attachments?.find((x) => x.filename.endsWith('.ics'));
  return a ? bytes(a.content).toString('utf8') : undefined;
};
/** Unfolded iCalendar properties by name (first occurrence). */
const icsProps = (ics: string) =>
  new Map(
    ics
      .replace(/\r\n[ \t]/g, '')
      .split(/\r\n/)
      .map((l) => [l.slice(0, l.search(/[:;]/)), l] as const)
      .reverse(),
  );

describe.each(dialects())('planning and bookings (%s)', (dialect) => {
  let t: TestApp;
  let staff: Record<string, string>;
  const ids: Record<string, string> = {};
  const portal: Record<string, Record<string, string>> = {};

  const call = (method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE', url: string, payload?: unknown, headers = staff) =>
    t.loyaal.app.inject({ method, url, headers, payload: payload as Json });
  const dispatch = async () => {
    while ((await t.loyaal.bus.dispatch()) > 0) {}
  };
  const usage = async (templateId: string, date: string) => {
    const row = await t.loyaal.db.selectFrom('slotUsage').selectAll().where('templateId', '=', templateId).where('date', '=', date).executeTakeFirst();
    return row?.used ?? 0;
  };
  const bookingsOn = async (templateId: string, date: string) =>
    (await t.loyaal.db.selectFrom('bookings').select('id').where('templateId', '=', templateId).where('date', '=', date).where('status', '=', 'confirmed').execute()).length;
  const template = async (body: Json) => {
    const res = await call('POST', '/api/v1/planning/slot-templates', { serviceKinds: ['home_repair'], leadTimeHours: 24, cutoffHours: 24, ...body });
    expect(res.statusCode, res.body).toBe(201);
    return res.json().id as string;
  };
  const book = (customerId: string, templateId: string, date: string) => call('POST', '/api/v1/bookings', { customerId, serviceId: ids.service, templateId, date });

  beforeAll(async () => {
    t = await startTestApp(dialect);
    // Tuesday 20 April 2027, 10:00 summer time; Koningsdag (27 April) falls a week later.
    t.clock.set(new Date('2027-04-20T10:00:00+02:00'));
    const planner = await newUser(t.loyaal, 'planner');
    const plannerActor = { ...SYSTEM_ACTOR, principal: { kind: 'staff' as const, userId: planner.id, name: planner.name, email: planner.email, role: 'planner' as const, locale: 'nl', sessionId: '' } };
    const key = await t.loyaal.services.apiKeys.createKey(plannerActor, { name: 'planning tests', scopes: ['planning:read', 'planning:write'] });
    staff = { authorization: `Bearer ${key.key}`, origin: BASE_URL };
    const service = await t.loyaal.services.catalog.createService(plannerActor, {
      code: `REP-HUIS-${dialect}`,
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
      durationMinutes: 90,
      requiredSkills: ['wasmachine'],
      active: true,
    });
    ids.service = service.id;
    for (const [key, name, email, postcode] of [
      ['anna', 'Anna de Boer', 'anna@planning.test', '1011 AB'],
      ['bert', 'Bert Smit', 'bert@planning.test', '3512 JK'],
    ]) {
      const c = await t.loyaal.services.customers.createCustomer(
        SYSTEM_ACTOR,
        CreateCustomerBody.parse({
          kind: 'person',
          name,
          locale: key === 'bert' ? 'en' : 'nl',
          contacts: [{ name, email, isPrimary: true }],
          addresses: [{ kind: 'service', street: 'Damstraat', houseNumber: 12, houseNumberAddition: 'B', postcode, city: 'Amsterdam' }],
        }),
      );
      ids[key] = c.id;
      const before = t.mailer.sent.length;
      await t.loyaal.app.inject({ method: 'POST', url: '/api/portal/v1/magic-link', headers: { origin: BASE_URL }, payload: { email } });
      await dispatch();
      const token = t.mailer.sent.slice(before).find((m) => m.to === email)?.text.match(/#([\w-]+)/)?.[1];
      const session = await t.loyaal.app.inject({ method: 'POST', url: '/api/portal/v1/session', headers: { origin: BASE_URL }, payload: { token } });
      const cookie = [session.headers['set-cookie']].flat().find((c) => c?.startsWith('loyaal_portal='));
      portal[key] = { cookie: String(cookie).split(';')[0], origin: BASE_URL };
    }
    ids.day = await template({ name: 'Ochtend di', weekday: 2, startTime: '09:00', endTime: '13:00', slotType: 'day', capacity: 2 });
    ids.dayWed = await template({ name: 'Ochtend wo', weekday: 3, startTime: '09:00', endTime: '13:00', slotType: 'day', capacity: 2 });
    ids.dayThu = await template({ name: 'Ochtend do', weekday: 4, startTime: '09:00', endTime: '13:00', slotType: 'day', capacity: 2 });
    ids.evening = await template({
      name: 'Avond do',
      weekday: 4,
      startTime: '18:00',
      endTime: '21:00',
      slotType: 'evening',
      capacity: 1,
      surchargeKind: 'fixed',
      surchargeValue: 2495,
    });
    ids.noord = await template({ name: 'Noord di', weekday: 2, startTime: '13:00', endTime: '17:00', slotType: 'day', capacity: 5, region: 'noord' });
    expect((await call('POST', '/api/v1/planning/closure-days', { date: '2027-04-28', reason: 'Personeelsdag' })).statusCode).toBe(201);
  });
  afterAll(() => t.close());

  it('lists the evening slot with its surcharge and full price, and skips closed, past and too-soon slots', async () => {
    const res = await call('GET', `/api/v1/availability?serviceId=${ids.service}&postcode=1011%20AB&from=2027-04-20&to=2027-04-30`);
    expect(res.statusCode, res.body).toBe(200);
    const { region, items } = res.json() as { region: string; items: Json[] };
    expect(region).toBe('west');
    const keys = items.map((s) => `${s.date} ${s.templateId === ids.evening ? 'evening' : 'day'}`);
    // 20th: already past; 21st: inside the 24-hour lead time; 27th: Koningsdag; 28th: closure day; noord: other region.
    expect(keys).toEqual(['2027-04-22 day', '2027-04-22 evening', '2027-04-29 day', '2027-04-29 evening']);
    const evening = items.find((s) => s.templateId === ids.evening && s.date === '2027-04-22');
    expect(evening).toMatchObject({
      slotType: 'evening',
      startsAt: '2027-04-22T16:00:00.000Z',
      endsAt: '2027-04-22T19:00:00.000Z',
      basePriceCents: 8995,
      surchargeCents: 2495,
      totalPriceCents: 11490,
      vatCode: 'standard',
      free: 1,
      cutoffAt: '2027-04-21T16:00:00.000Z',
    });
  });

  it('refuses a range over 31 days and a postcode outside the regions', async () => {
    expect((await call('GET', `/api/v1/availability?serviceId=${ids.service}&postcode=1011AB&from=2027-05-01&to=2027-06-01`)).statusCode).toBe(400);
    const abroad = await call('GET', `/api/v1/availability?serviceId=${ids.service}&postcode=B-1000&from=2027-05-01&to=2027-05-02`);
    expect(abroad.statusCode).toBe(422);
    expect(abroad.json().code).toBe('booking.outside_region');
  });

  it('refuses past, too-soon, closed and out-of-region slots with 422 and writes nothing', async () => {
    const cases: [string, string, string][] = [
      [ids.day, '2027-04-20', 'booking.past'],
      [ids.dayWed, '2027-04-21', 'booking.too_late'],
      [ids.day, '2027-04-27', 'booking.closed'],
      [ids.dayWed, '2027-04-28', 'booking.closed'],
      [ids.noord, '2027-05-04', 'booking.outside_region'],
      [ids.day, '2027-05-05', 'booking.no_such_slot'],
    ];
    for (const [templateId, date, code] of cases) {
      const res = await book(ids.anna, templateId, date);
      expect(res.statusCode, `${date} ${res.body}`).toBe(422);
      expect(res.json().code).toBe(code);
    }
    expect(await t.loyaal.db.selectFrom('bookings').select('id').execute()).toHaveLength(0);
    expect(await t.loyaal.db.selectFrom('slotUsage').select('date').execute()).toHaveLength(0);
  });

  it('books the last place of a slot, then answers 409 and writes nothing', async () => {
    const first = await book(ids.anna, ids.evening, '2027-04-22');
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json()).toMatchObject({ status: 'confirmed', totalPriceCents: 11490, region: 'west', address: { postcode: '1011 AB', houseNumberAddition: 'B' } });
    ids.first = first.json().id;
    const auditsBefore = (await t.loyaal.db.selectFrom('auditLog').select('id').execute()).length;
    const second = await book(ids.bert, ids.evening, '2027-04-22');
    expect(second.statusCode).toBe(409);
    expect(second.json().code).toBe('booking.slot_full');
    expect(await usage(ids.evening, '2027-04-22')).toBe(1);
    expect(await bookingsOn(ids.evening, '2027-04-22')).toBe(1);
    expect((await t.loyaal.db.selectFrom('auditLog').select('id').execute()).length).toBe(auditsBefore);
    const list = await call('GET', `/api/v1/availability?serviceId=${ids.service}&postcode=1011AB&from=2027-04-22&to=2027-04-22`);
    expect(list.json().items.map((s: Json) => s.templateId)).toEqual([ids.dayThu]);
  });

  it('mails a confirmation in the customer language with an .ics invite that parses', async () => {
    await dispatch();
    const mail = t.mailer.sent.find((m) => m.to === 'anna@planning.test' && m.subject.startsWith('Bevestiging'));
    expect(mail?.text).toContain('Reparatie aan huis');
    expect(mail?.text).toContain('22-04-2027 18:00–21:00');
    expect(mail?.text).toContain(formatEuro(11490));
    const ics = icsOf(mail as OutgoingMail) as string;
    expect(ics.startsWith('BEGIN:VCALENDAR')).toBe(true);
    const p = icsProps(ics);
    expect(p.get('METHOD')).toBe('METHOD:REQUEST');
    expect(p.get('UID')).toBe(`UID:${ids.first}@localhost`);
    expect(p.get('DTSTART')).toBe('DTSTART:20270422T160000Z');
    expect(p.get('DTEND')).toBe('DTEND:20270422T190000Z');
    expect(p.get('SEQUENCE')).toBe('SEQUENCE:0');
    expect(p.get('SUMMARY')).toBe('SUMMARY:Reparatie aan huis');
    expect(p.get('LOCATION')).toContain('Damstraat 12 B\\, 1011 AB Amsterdam');
    expect(p.get('ORGANIZER')).toBeDefined();
    const download = await call('GET', `/api/v1/bookings/${ids.first}/ics`);
    expect(download.headers['content-type']).toContain('text/calendar');
    expect(download.body).toContain('DTSTART:20270422T160000Z');
  });

  it('moves a booking before its cut-off, releasing the old capacity and sending an updated invite', async () => {
    const before = (await call('GET', `/api/v1/bookings/${ids.first}`)).json();
    const stale = await call('POST', `/api/v1/bookings/${ids.first}/reschedule`, { templateId: ids.dayThu, date: '2027-04-29', version: before.version + 1 });
    expect(stale.statusCode).toBe(409);
    const moved = await call('POST', `/api/v1/bookings/${ids.first}/reschedule`, { templateId: ids.dayThu, date: '2027-04-29', version: before.version });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json()).toMatchObject({ date: '2027-04-29', startsAt: '2027-04-29T07:00:00.000Z', surchargeCents: 0, totalPriceCents: 8995 });
    expect(await usage(ids.evening, '2027-04-22')).toBe(0);
    expect(await usage(ids.dayThu, '2027-04-29')).toBe(1);
    await dispatch();
    const mail = t.mailer.sent.find((m) => m.to === 'anna@planning.test' && m.subject.startsWith('Uw afspraak is verplaatst'));
    const p = icsProps(icsOf(mail as OutgoingMail) as string);
    expect(p.get('SEQUENCE')).toBe('SEQUENCE:1');
    expect(p.get('UID')).toBe(`UID:${ids.first}@localhost`);
    expect(p.get('DTSTART')).toBe('DTSTART:20270429T070000Z');
  });

  it('refuses to move a booking after its cut-off', async () => {
    const b = (await call('GET', `/api/v1/bookings/${ids.first}`)).json();
    t.clock.set(new Date('2027-04-28T09:00:01+02:00'));
    try {
      const late = await call('POST', `/api/v1/bookings/${ids.first}/reschedule`, { templateId: ids.evening, date: '2027-05-06', version: b.version });
      expect(late.statusCode).toBe(422);
      expect(late.json().code).toBe('booking.past_cutoff');
      expect(await usage(ids.dayThu, '2027-04-29')).toBe(1);
    } finally {
      t.clock.set(new Date('2027-04-20T10:00:00+02:00'));
    }
  });

  it('sends the day-before reminder once', async () => {
    t.clock.set(new Date('2027-04-28T18:00:00+02:00'));
    try {
      expect(await t.loyaal.services.planning.reminderTick()).toBe(1);
      expect(await t.loyaal.services.planning.reminderTick()).toBe(0);
      await dispatch();
      const reminders = t.mailer.sent.filter((m) => m.to === 'anna@planning.test' && m.subject.startsWith('Herinnering'));
      expect(reminders).toHaveLength(1);
      expect(reminders[0].text).toContain('29-04-2027 09:00–13:00');
    } finally {
      t.clock.set(new Date('2027-04-20T10:00:00+02:00'));
    }
  });

  it('cancels a booking, gives its capacity back and sends a cancelling invite', async () => {
    const made = await book(ids.bert, ids.evening, '2027-04-22');
    expect(made.statusCode, made.body).toBe(201);
    expect(await usage(ids.evening, '2027-04-22')).toBe(1);
    const cancelled = await call('POST', `/api/v1/bookings/${made.json().id}/cancel`, { version: made.json().version });
    expect(cancelled.statusCode, cancelled.body).toBe(200);
    expect(cancelled.json().status).toBe('cancelled');
    expect(await usage(ids.evening, '2027-04-22')).toBe(0);
    expect((await call('POST', `/api/v1/bookings/${made.json().id}/cancel`, { version: cancelled.json().version })).statusCode).toBe(409);
    await dispatch();
    const mail = t.mailer.sent.find((m) => m.to === 'bert@planning.test' && m.subject.startsWith('Your appointment has been cancelled'));
    const p = icsProps(icsOf(mail as OutgoingMail) as string);
    expect(p.get('METHOD')).toBe('METHOD:CANCEL');
    expect(p.get('STATUS')).toBe('STATUS:CANCELLED');
    expect((await book(ids.anna, ids.evening, '2027-04-22')).statusCode).toBe(201);
  });

  it('lists bookings for the board by local dates', async () => {
    const res = await call('GET', '/api/v1/bookings?from=2027-04-22&to=2027-04-29&status=confirmed');
    expect(res.statusCode).toBe(200);
    expect(res.json().items.map((b: Json) => b.date)).toEqual(['2027-04-22', '2027-04-29']);
  });

  it('shows portal customers only their own bookings, at their own address', async () => {
    const mine = await call('GET', '/api/v1/portal/bookings', undefined, portal.anna);
    expect(mine.statusCode).toBe(200);
    expect(mine.json().items.every((b: Json) => b.customerId === ids.anna)).toBe(true);
    expect(mine.json().items.map((b: Json) => b.id)).toContain(ids.first);
    const theirs = await call('GET', '/api/v1/portal/bookings', undefined, portal.bert);
    expect(theirs.json().items.map((b: Json) => b.id)).not.toContain(ids.first);
    expect((await call('GET', `/api/v1/portal/bookings/${ids.first}/ics`, undefined, portal.bert)).statusCode).toBe(404);
    const hijack = await call('POST', `/api/v1/portal/bookings/${ids.first}/reschedule`, { templateId: ids.dayThu, date: '2027-05-06', version: 1 }, portal.bert);
    expect(hijack.statusCode).toBe(404);
    const own = await call('GET', `/api/v1/portal/bookings/${ids.first}/ics`, undefined, portal.anna);
    expect(own.statusCode).toBe(200);
    expect(own.body).toContain(`UID:${ids.first}@localhost`);
    const slots = await call('GET', `/api/v1/portal/availability?serviceId=${ids.service}&from=2027-05-03&to=2027-05-07`, undefined, portal.anna);
    expect(slots.statusCode, slots.body).toBe(200);
    expect(slots.json().region).toBe('west');
    expect(slots.json().items.length).toBeGreaterThan(0);
    expect((await call('GET', '/api/v1/portal/bookings', undefined, staff)).statusCode).toBe(403);
  });

  it('lets a customer move their own booking in the portal', async () => {
    const b = (await call('GET', `/api/v1/bookings/${ids.first}`)).json();
    const moved = await call('POST', `/api/v1/portal/bookings/${ids.first}/reschedule`, { templateId: ids.dayThu, date: '2027-05-13', version: b.version }, portal.anna);
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json().date).toBe('2027-05-13');
    expect(await usage(ids.dayThu, '2027-04-29')).toBe(0);
  });

  it('counts technician minutes in minutes mode, without absences and only with the right skills', async () => {
    const minutes = await template({ name: 'Noord middag', weekday: 1, startTime: '12:00', endTime: '16:00', slotType: 'day', capacityMode: 'minutes', region: 'noord' });
    const piet = await newUser(t.loyaal, 'technician');
    const klaas = await newUser(t.loyaal, 'technician');
    await t.loyaal.db.updateTable('users').set({ skills: JSON.stringify(['wasmachine']) }).where('id', '=', piet.id).execute();
    for (const u of [piet, klaas]) {
      const res = await call('PUT', `/api/v1/planning/technicians/${u.id}/hours`, { hours: [{ weekday: 1, startTime: '08:00', endTime: '17:00' }], regions: ['noord'] });
      expect(res.statusCode, res.body).toBe(200);
    }
    const absent = await call('POST', `/api/v1/planning/technicians/${piet.id}/absences`, { startsAt: '2027-05-03T13:00:00+02:00', endsAt: '2027-05-03T14:00:00+02:00', reason: 'tandarts' });
    expect(absent.statusCode, absent.body).toBe(201);
    const res = await call('GET', `/api/v1/availability?serviceId=${ids.service}&postcode=9711AA&from=2027-05-03&to=2027-05-10`);
    const slots = res.json().items.filter((s: Json) => s.templateId === minutes);
    // Klaas lacks the skill; Piet works 12:00–16:00 minus one hour away: 180 minutes on the 3rd, 240 on the 10th.
    expect(slots.map((s: Json) => [s.date, s.free, s.units])).toEqual([
      ['2027-05-03', 180, 90],
      ['2027-05-10', 240, 90],
    ]);
    const days = await t.loyaal.services.planning.technicianDays([piet.id, klaas.id], '2027-05-03', '2027-05-05');
    expect(days.filter((d) => d.userId === piet.id).map((d) => d.availableMinutes)).toEqual([480, 0, 0]);
    expect(days.filter((d) => d.userId === klaas.id).map((d) => d.availableMinutes)).toEqual([540, 0, 0]);
    const noordCustomer = await t.loyaal.services.customers.createCustomer(
      SYSTEM_ACTOR,
      CreateCustomerBody.parse({ kind: 'person', name: 'Grietje', addresses: [{ kind: 'service', street: 'Vismarkt', houseNumber: 1, postcode: '9711 AA', city: 'Groningen' }] }),
    );
    expect((await book(noordCustomer.id, minutes, '2027-05-03')).statusCode).toBe(201);
    expect((await book(noordCustomer.id, minutes, '2027-05-03')).statusCode).toBe(201);
    const full = await book(noordCustomer.id, minutes, '2027-05-03');
    expect(full.statusCode).toBe(409);
    expect(await usage(minutes, '2027-05-03')).toBe(180);
  });
});
