import { beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../kernel/ids.js';
import { DEMO_PARTS, DEMO_SERVICES } from '../../modules/catalog/index.js';
import { demoInvoiceTotals } from '../../modules/invoicing/index.js';
import { closedHolidays } from '../../modules/sla/index.js';
import { demoCustomers } from './customers.js';
import { Rng } from './random.js';
import { createServiceGenerator, type ServiceCase, type ServiceCustomer, type ServiceFinal, type ServicesContext } from './services.js';
import { localDate } from './services-time.js';
import type { DemoTechnician, ServiceRows } from './services-types.js';

const NOW = new Date('2026-12-09T10:30:00Z');
const START = new Date(NOW.getTime() - 730 * 86_400_000);
const CASES = 3_000;

/** A small department: twenty technicians, a thousand customers with appliances, repair cases over two years. */
function world(seed: number): { ctx: ServicesContext; cases: ServiceCase[]; customers: Map<string, ServiceCustomer> } {
  const rng = new Rng(seed);
  const services: ServicesContext['services'] = {};
  for (const s of DEMO_SERVICES)
    services[s.code] = { ...s, id: newId(), standardCostCents: Math.round((s.labourMinutes * 4800) / 60) + s.partsCostCents + s.travelCostCents };
  const parts = DEMO_PARTS.map((p) => ({ ...p, id: newId() }));
  const locations = { warehouse: newId(), workshop: newId() };
  const technicians: DemoTechnician[] = Array.from({ length: 20 }, (_, i) => ({
    id: newId(),
    name: `Monteur ${i + 1}`,
    team: i < 9 ? 'workshop' : 'field',
    hourlyCostCents: 4800 + (i % 4) * 150,
    contractHoursPerWeek: [24, 32, 36, 38, 40][i % 5],
    skills: i < 9 ? ['witgoed', 'koffie'] : ['witgoed', 'koeltechniek', 'inbouw', 'gas'],
    isDemoLogin: i === 0,
  }));
  const holidays = new Set<string>();
  for (let y = 2024; y <= 2027; y++) for (const [d] of closedHolidays('NL', y, 'every-five-years')) holidays.add(d);
  const customers = new Map<string, ServiceCustomer>();
  const categories = ['washing_machine', 'dryer', 'dishwasher', 'fridge', 'oven', 'coffee_machine', 'hob'];
  for (const d of demoCustomers(rng, 1_000, { start: new Date(START.getTime() - 365 * 86_400_000), end: NOW })) {
    const a = d.addresses[0];
    const snap = { street: a.street, houseNumber: a.houseNumber, houseNumberAddition: a.houseNumberAddition, postcode: a.postcode, city: a.city, country: a.country, lat: a.lat, lng: a.lng };
    customers.set(d.customer.id, {
      id: d.customer.id,
      name: d.customer.name,
      kind: d.customer.kind === 'business' ? 'business' : 'person',
      locale: d.customer.locale,
      kvkNumber: d.customer.kvkNumber,
      vatId: d.customer.vatId,
      email: d.contacts[0]?.email ?? null,
      contactName: d.contacts[0]?.name ?? d.customer.name,
      billing: snap,
      service: snap,
      installed: Array.from({ length: rng.int(0, 3) }, () => {
        const bought = localDate(START.getTime() - rng.int(0, 1_000) * 86_400_000);
        return { id: newId(), category: rng.pick(categories), purchaseDate: bought, warrantyEnd: `${Number(bought.slice(0, 4)) + 2}${bought.slice(4)}`, extendedWarrantyEnd: rng.chance(0.1) ? `${Number(bought.slice(0, 4)) + 5}${bought.slice(4)}` : null };
      }),
    });
  }
  const ids = [...customers.keys()];
  const subjects = ['Wasmachine lekt water', 'Koelkast koelt niet meer', 'Droger wordt niet warm', 'Monteur aan huis aanvragen', 'Status van mijn reparatie', 'Oven geeft foutcode F08'];
  const times = Array.from({ length: CASES }, () => START.getTime() + rng.next() * (NOW.getTime() - START.getTime())).sort((a, b) => a - b);
  const cases = times.map((t, i) => ({ id: newId(), number: `Z-${i}`, customerId: rng.pick(ids), createdAt: new Date(t).toISOString(), subject: rng.pick(subjects), category: 'storing', assigneeId: null }));
  const ctx: ServicesContext = {
    seed: 7,
    now: NOW,
    start: START,
    caseCount: Math.round(CASES / 0.44),
    services,
    parts,
    locations,
    openingStock: parts.flatMap((p) => [
      { partId: p.id, locationId: locations.warehouse, quantity: 10 },
      { partId: p.id, locationId: locations.workshop, quantity: 3 },
    ]),
    vatBp: { standard: 2100, reduced: 900, zero: 0 },
    warrantyRule: { labour: 'free', parts: 'free', surcharge: 'charged', travel: 'free' },
    labourCostPerHourCents: 4800,
    travelCostPerKmCents: 35,
    loanerCostPerDayCents: 150,
    technicians,
    planners: [newId()],
    backOffice: [newId(), newId()],
    holidays,
    seller: { name: 'Huishoudservice Nederland B.V.', street: 'Vaartsche Rijn', houseNumber: '12', postcode: '3523 AB', city: 'Utrecht', country: 'NL', kvkNumber: '30123456', vatId: 'NL812345674B01', iban: 'NL91 ABNA 0417 1643 00' },
  };
  return { ctx, cases, customers };
}

/** Runs the generator in batches, as the seeder does, and gathers every row. */
function run(seed: number, batch = 97) {
  const { ctx, cases, customers } = world(seed);
  const gen = createServiceGenerator(ctx);
  const all: ServiceRows = { quotes: [], quoteLines: [], orders: [], orderLines: [], bookings: [], repairOrders: [], history: [], timeEntries: [], repairParts: [], invoices: [], invoiceLines: [], payments: [] };
  const add = (rows: Partial<ServiceRows>) => {
    for (const [k, v] of Object.entries(rows)) if (k in all && Array.isArray(v)) (all[k as keyof ServiceRows] as unknown[]).push(...v);
  };
  let wanted: ServiceCase[] = [];
  for (const c of cases) {
    if (!gen.wants(c)) continue;
    wanted.push(c);
    if (wanted.length === batch) {
      add(gen.take(wanted.map((x) => ({ c: x, customer: customers.get(x.customerId) as ServiceCustomer }))));
      wanted = [];
    }
  }
  add(gen.take(wanted.map((x) => ({ c: x, customer: customers.get(x.customerId) as ServiceCustomer }))));
  const end: ServiceFinal = gen.finish();
  add(end);
  return { ctx, all, end, setup: gen.setup };
}

/** Everything but ids, which are random by design. */
const fingerprint = (rows: ServiceRows) =>
  JSON.stringify([
    rows.quotes.map((q) => [q.number, q.status, q.quoteDate, q.decidedAt]),
    rows.orders.map((o) => [o.number, o.status, o.completedAt, o.updatedAt]),
    rows.orderLines.map((l) => [l.kind, l.description, l.quantity, l.unitPriceCents]),
    rows.bookings.map((b) => [b.date, b.slotType, b.surchargeCents, b.status]),
    rows.repairOrders.map((r) => [r.number, r.status, r.startedAt, r.completedAt, r.travelKm]),
    rows.invoices.map((i) => [i.number, i.issueDate, i.grossCents, i.paidCents, i.paymentStatus]),
    rows.payments.map((p) => [p.amountCents, p.paidOn, p.method]),
  ]);

describe('paid-services demo data', () => {
  let a: ReturnType<typeof run>;
  beforeAll(() => {
    a = run(1);
  });

  it('is deterministic and does not depend on the batch size', () => {
    const b = run(1, 500);
    expect(fingerprint(b.all)).toBe(fingerprint(a.all));
    expect(a.all.orders.length).toBeGreaterThan(400);
  });

  it('numbers invoices without gaps per year, in issue-date order', () => {
    const byYear = new Map<string, { n: number; date: string }[]>();
    for (const i of a.all.invoices) {
      const [year, seq] = (i.number as string).split('-');
      expect(i.issueDate?.slice(0, 4)).toBe(year);
      byYear.set(year, [...(byYear.get(year) ?? []), { n: Number(seq), date: i.issueDate as string }]);
    }
    expect(byYear.size).toBeGreaterThanOrEqual(2);
    for (const list of byYear.values()) {
      list.sort((x, y) => x.n - y.n);
      expect(list.map((x) => x.n)).toEqual(list.map((_, k) => k + 1));
      for (let k = 1; k < list.length; k++) expect(list[k].date >= list[k - 1].date).toBe(true);
    }
    for (const c of a.end.counters.filter((x) => x.name === 'invoice')) expect(c.value).toBe(byYear.get(c.period)?.length);
  });

  it('reconciles every amount to the cent', () => {
    const linesOf = new Map<string, typeof a.all.invoiceLines>();
    for (const l of a.all.invoiceLines) linesOf.set(l.invoiceId, [...(linesOf.get(l.invoiceId) ?? []), l]);
    const paid = new Map<string, number>();
    for (const p of a.all.payments) paid.set(p.invoiceId, (paid.get(p.invoiceId) ?? 0) + p.amountCents);
    const credited = new Map<string, number>();
    for (const i of a.all.invoices) if (i.creditOfId) credited.set(i.creditOfId, (credited.get(i.creditOfId) ?? 0) - i.grossCents);
    const orderLines = new Map(a.all.orderLines.map((l) => [l.id, l]));
    for (const i of a.all.invoices) {
      const lines = linesOf.get(i.id) ?? [];
      const t = demoInvoiceTotals(lines);
      expect([i.netCents, i.vatCents, i.grossCents]).toEqual([t.netCents, t.vatCents, t.grossCents]);
      for (const l of lines) expect(l.netCents).toBe(l.quantity * l.unitPriceCents);
      if (i.kind === 'invoice') {
        const order = a.all.orders.find((o) => o.id === i.orderId);
        expect(order?.invoiceId).toBe(i.id);
        expect(lines.length).toBe(a.all.orderLines.filter((l) => l.orderId === i.orderId).length);
        for (const l of lines) expect(orderLines.get(l.orderLineId as string)?.unitPriceCents).toBe(l.unitPriceCents);
        expect(i.paidCents).toBe(paid.get(i.id) ?? 0);
        expect(i.creditedCents).toBe(credited.get(i.id) ?? 0);
        const open = Math.max(0, i.grossCents - i.creditedCents - i.paidCents);
        expect(i.paymentStatus).toBe(open === 0 ? 'paid' : i.paidCents > 0 ? 'partial' : 'open');
        expect(i.grossCents - i.creditedCents - i.paidCents).toBeGreaterThanOrEqual(0);
      } else expect(i.grossCents).toBeLessThan(0);
    }
    const invoices = a.all.invoices.filter((i) => i.kind === 'invoice' && i.grossCents > 0);
    const share = invoices.filter((i) => i.paymentStatus === 'paid').length / invoices.length;
    expect(share).toBeGreaterThan(0.85);
    expect(share).toBeLessThan(0.97);
    expect(a.all.invoices.some((i) => i.kind === 'credit_note')).toBe(true);
    // Warranty: labour and parts free, the slot surcharge still charged.
    const warranty = a.all.orders.filter((o) => o.underWarranty);
    expect(warranty.length).toBeGreaterThan(0);
    for (const l of a.all.orderLines.filter((x) => warranty.some((o) => o.id === x.orderId))) {
      if (l.kind === 'part' || l.serviceKind === 'home_repair' || l.serviceKind === 'workshop_repair') expect(l.unitPriceCents).toBe(0);
      if (l.kind === 'surcharge') expect(l.unitPriceCents).toBe(l.listPriceCents);
    }
  });

  it('keeps every timeline in order and nothing after now', () => {
    const now = NOW.toISOString();
    const order: (keyof ServiceRows['repairOrders'][number])[] = ['createdAt', 'plannedAt', 'startedAt', 'waitingForPartsAt', 'readyAt', 'completedAt'];
    for (const r of a.all.repairOrders) {
      const stamps = order.map((k) => r[k] as string | null).filter((x): x is string => x !== null);
      expect([...stamps].sort()).toEqual(stamps);
      for (const s of stamps) expect(s <= now).toBe(true);
      if (r.status === 'completed') expect(r.completedAt).not.toBeNull();
      if (r.status === 'planned') expect(r.technicianId).not.toBeNull();
      if (r.receivedAt && r.returnedAt) expect(r.receivedAt <= r.returnedAt).toBe(true);
    }
    const history = new Map<string, string[]>();
    for (const h of a.all.history) history.set(h.repairOrderId, [...(history.get(h.repairOrderId) ?? []), h.at]);
    for (const list of history.values()) expect([...list].sort()).toEqual(list);
    for (const b of a.all.bookings) expect(Date.parse(b.startsAt) - Date.parse(b.createdAt)).toBeGreaterThanOrEqual(24 * 3_600_000);
    for (const q of a.all.quotes) if (q.decidedAt) expect(q.createdAt <= q.decidedAt && q.decidedAt <= now).toBe(true);
    for (const o of a.all.orders) {
      if (o.completedAt) expect(o.createdAt <= o.completedAt).toBe(true);
      if (o.invoicedAt) expect((o.completedAt as string) <= o.invoicedAt && o.invoicedAt <= now).toBe(true);
    }
    const issued = new Map(a.all.invoices.map((i) => [i.id, i.issueDate as string]));
    for (const p of a.all.payments) expect(p.paidOn >= (issued.get(p.invoiceId) as string)).toBe(true);
  });

  it('books about a quarter of visits in the evening and plans work for the days ahead', () => {
    const confirmed = a.all.bookings;
    const evening = confirmed.filter((b) => b.slotType === 'evening').length / confirmed.length;
    expect(evening).toBeGreaterThan(0.22);
    expect(evening).toBeLessThan(0.33);
    expect(confirmed.some((b) => b.slotType === 'saturday')).toBe(true);
    const kinds = { home: 0, workshop: 0, delivery: 0 };
    const firsts = a.all.repairOrders.filter((r) => r.previousRepairOrderId === null);
    for (const r of firsts) kinds[r.kind] += 1;
    expect(kinds.home / firsts.length).toBeGreaterThan(0.5);
    expect(kinds.workshop / firsts.length).toBeGreaterThan(0.27);
    expect(kinds.delivery / firsts.length).toBeLessThan(0.1);
    const known = a.all.repairOrders.filter((r) => r.firstTimeFix !== null && r.kind !== 'workshop');
    const ftf = known.filter((r) => r.firstTimeFix).length / known.length;
    expect(ftf).toBeGreaterThan(0.8);
    expect(ftf).toBeLessThan(0.93);
    const demo = a.ctx.technicians.find((t) => t.isDemoLogin)?.id;
    for (const day of ['2026-12-09', '2026-12-10'])
      expect(a.all.repairOrders.filter((r) => r.technicianId === demo && r.scheduledStart && localDate(Date.parse(r.scheduledStart)) === day).length).toBeGreaterThan(0);
    expect(a.all.repairOrders.some((r) => r.status === 'created' && r.kind === 'home' && r.technicianId === null)).toBe(true);
    expect(a.end.loans.some((l) => l.returnedAt === null && l.dueDate < '2026-12-09')).toBe(true);
    expect(a.end.statementLines.some((l) => l.status === 'matched') && a.end.statementLines.some((l) => l.status === 'unmatched')).toBe(true);
  });

  it('never takes stock below zero', () => {
    const onHand = new Map<string, number>();
    for (const s of a.ctx.openingStock) onHand.set(`${s.partId}|${s.locationId}`, s.quantity);
    for (const m of a.end.stockMovements) {
      const key = `${m.partId}|${m.locationId}`;
      onHand.set(key, (onHand.get(key) ?? 0) + m.quantity);
      expect(onHand.get(key)).toBeGreaterThanOrEqual(0);
    }
    const used = a.all.repairParts.reduce((s, p) => s + p.quantity, 0);
    expect(-a.end.stockMovements.filter((m) => m.reason === 'use').reduce((s, m) => s + m.quantity, 0)).toBe(used);
  });
});
