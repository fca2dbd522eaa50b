import { beforeAll, describe, expect, it } from 'vitest';
import { normalisePostcode } from '../../kernel/dutch.js';
import { demoProducts, type ProductRow } from './catalog.js';
import { type DemoCustomer, demoCustomers, fold } from './customers.js';
import { demoHistory, type HistoryCustomer, type HistoryLine } from './history.js';
import { PLACES } from './places.js';
import { Rng } from './random.js';

const start = new Date('2023-01-01T00:00:00Z');
const end = new Date('2026-01-01T00:00:00Z');
const take = <T>(it: Iterable<T>, n: number): T[] => {
  const out: T[] = [];
  for (const x of it) {
    if (out.length >= n) break;
    out.push(x);
  }
  return out;
};
/** Ids come from the kernel's newId (time prefix + random bits), so compare rows without them. */
const withoutIds = (v: unknown): unknown =>
  JSON.parse(JSON.stringify(v, (k, x) => (['id', 'customerId', 'productId'].includes(k) ? undefined : x)));
const slim = ({ customer: c }: DemoCustomer): HistoryCustomer => ({ id: c.id, acquisitionDate: c.acquisitionDate, segment: c.segment, createdAt: c.createdAt, acquisitionChannel: c.acquisitionChannel });

describe('Rng', () => {
  it('is deterministic and has the right moments', () => {
    const [a, b] = [new Rng(1), new Rng(1)];
    expect(Array.from({ length: 50 }, () => a.next())).toEqual(Array.from({ length: 50 }, () => b.next()));
    const r = new Rng(9);
    const n = 50_000;
    const mean = (f: () => number) => Array.from({ length: n }, f).reduce((s, x) => s + x, 0) / n;
    expect(mean(() => r.gamma(2, 3))).toBeCloseTo(6, 0);
    expect(mean(() => r.gamma(0.5, 2))).toBeCloseTo(1, 0);
    expect(mean(() => r.poisson(3.5))).toBeCloseTo(3.5, 1);
    expect(mean(() => r.normal(10, 2))).toBeCloseTo(10, 1);
    for (let i = 0; i < 1000; i++) expect(r.int(3, 5)).toBeGreaterThanOrEqual(3);
  });
});

describe('demo catalogue', () => {
  const products = demoProducts(new Rng(1));
  it('has 150–250 unique, priced products', () => {
    expect(products.length).toBeGreaterThanOrEqual(150);
    expect(products.length).toBeLessThanOrEqual(250);
    expect(new Set(products.map((p) => p.sku)).size).toBe(products.length);
    for (const p of products) {
      expect(Number.isInteger(p.listPriceCents) && p.listPriceCents > 0).toBe(true);
      expect([24, 36, 60]).toContain(p.warrantyMonths);
      expect(p.sku).toMatch(/^[A-Z]{2}-[A-Z]{3}-[A-Z0-9]+$/);
    }
    const jura = products.filter((p) => p.brand === 'Jura').map((p) => p.listPriceCents);
    expect(Math.min(...jura)).toBeGreaterThanOrEqual(89_900);
    expect(Math.max(...jura)).toBeLessThanOrEqual(249_900);
  });
  it('is deterministic', () => {
    expect(withoutIds(demoProducts(new Rng(1)))).toEqual(withoutIds(products));
  });
});

describe('demo customers', () => {
  let customers: DemoCustomer[];
  beforeAll(() => {
    customers = [...demoCustomers(new Rng(2), 20_000, { start, end })];
  });
  it('is deterministic', () => {
    const again = take(demoCustomers(new Rng(2), 20_000, { start, end }), 100);
    expect(withoutIds(again)).toEqual(withoutIds(customers.slice(0, 100)));
  });
  it('has valid postcodes inside the town’s range', () => {
    for (const { addresses } of customers)
      for (const a of addresses) {
        expect(normalisePostcode(a.postcode)).toBe(a.postcode);
        const digits = Number(a.postcode.slice(0, 4));
        const place = PLACES.find((p) => p.city === a.city)!;
        expect(place.postcodes.some(([lo, hi]) => digits >= lo && digits <= hi)).toBe(true);
        expect(Math.abs(a.lat! - place.lat)).toBeLessThan(0.02);
      }
  });
  it('has unique e-mail addresses, external ids and KvK numbers', () => {
    const emails = customers.flatMap((c) => c.contacts.map((k) => k.email)).filter((e) => e !== null);
    expect(new Set(emails).size).toBe(emails.length);
    for (const e of emails) expect(e).toMatch(/^[a-z0-9._-]+@[a-z0-9.-]+\.[a-z]{2,}$/);
    expect(new Set(customers.map((c) => c.customer.externalId)).size).toBe(customers.length);
    const kvk = customers.map((c) => c.customer.kvkNumber).filter((k) => k !== null);
    expect(new Set(kvk).size).toBe(kvk.length);
  });
  it('mixes persons and businesses and sorts by acquisition', () => {
    const business = customers.filter((c) => c.customer.kind === 'business').length / customers.length;
    expect(business).toBeGreaterThan(0.08);
    expect(business).toBeLessThan(0.12);
    const dates = customers.map((c) => c.customer.createdAt);
    expect([...dates].sort()).toEqual(dates);
    for (const c of customers.slice(0, 500)) {
      expect(c.contacts.filter((k) => k.isPrimary)).toHaveLength(1);
      expect(c.customer.searchName).toBe(fold(c.customer.name));
      const tokens = c.tokens.map((t) => t.token);
      expect(tokens).toContain(c.addresses[0].postcode.replace(' ', '').toLowerCase());
      expect(tokens).toContain(fold(c.addresses[0].city).split(/[^a-z0-9]+/).filter(Boolean)[0]);
      expect(new Set(tokens).size).toBe(tokens.length);
    }
  });
});

describe('demo history', () => {
  const N = 5000;
  let products: ProductRow[];
  let customers: HistoryCustomer[];
  let lines: HistoryLine[];
  beforeAll(() => {
    const rng = new Rng(3);
    products = demoProducts(rng);
    customers = [...demoCustomers(rng, N, { start, end })].map(slim);
    lines = [...demoHistory(new Rng(4), customers, products, { end })];
  });
  it('is deterministic', () => {
    expect(withoutIds(take(demoHistory(new Rng(4), customers, products, { end }), 100))).toEqual(withoutIds(lines.slice(0, 100)));
  });
  it('installs 1.4–1.8 products per customer, each with its sales line', () => {
    const installed = lines.filter((l) => l.installed);
    expect(installed.length / N).toBeGreaterThanOrEqual(1.4);
    expect(installed.length / N).toBeLessThanOrEqual(1.8);
    const acquired = new Map(customers.map((c) => [c.id, c.acquisitionDate!]));
    for (const { salesLine: s, installed: i } of installed) {
      expect([i!.customerId, i!.sku, i!.purchaseDate]).toEqual([s.customerId, s.sku, s.saleDate]);
      expect(i!.purchaseDate >= acquired.get(i!.customerId)!).toBe(true);
      expect(i!.serialNumber).toMatch(/^[A-Z]{3}-\d{4}-[0-9A-Z]{5}$/);
    }
    const warranty = installed.filter((l) => l.installed!.extendedWarrantyEnd).length / installed.length;
    expect(warranty).toBeGreaterThan(0.09);
    expect(warranty).toBeLessThan(0.15);
  });
  it('keeps amounts in integer cents with 21% VAT and unique references', () => {
    for (const { salesLine: s } of lines) {
      expect(Number.isInteger(s.amountExclCents) && s.amountExclCents > 0).toBe(true);
      expect(s.amountInclCents).toBe(s.amountExclCents + Math.round(s.amountExclCents * 0.21));
      expect(s.quantity).toBeGreaterThanOrEqual(1);
      expect(s.orderRef).toMatch(/^ORD-\d{4}-\d{7}$/);
    }
    expect(new Set(lines.map((l) => l.salesLine.externalId)).size).toBe(lines.length);
    const installedIds = lines.flatMap((l) => (l.installed ? [l.installed.externalId] : []));
    expect(new Set(installedIds).size).toBe(installedIds.length);
    const instants = lines.map((l) => l.salesLine.createdAt);
    expect([...instants].sort()).toEqual(instants);
    expect(instants.at(-1)! < end.toISOString()).toBe(true);
  });
  it('peaks in November and December', () => {
    const novDec = lines.filter((l) => /-1[12]-/.test(l.salesLine.saleDate)).length / lines.length;
    expect(novDec / 2).toBeGreaterThan(1 / 12);
  });
  it('loses some customers: 15–60% bought nothing in the last twelve months', () => {
    const recent = new Set(lines.filter((l) => l.salesLine.saleDate >= '2025-01-01').map((l) => l.salesLine.customerId));
    const lapsed = 1 - recent.size / N;
    expect(lapsed).toBeGreaterThanOrEqual(0.15);
    expect(lapsed).toBeLessThanOrEqual(0.6);
  });
});

describe('demo data at full size', () => {
  it('generates 200,000 customers and 2,000,000 sales lines (the time is printed, not asserted)', () => {
    const rng = new Rng(5);
    const t0 = performance.now();
    const products = demoProducts(rng);
    const customers: HistoryCustomer[] = [];
    let rows = 0;
    for (const c of demoCustomers(rng, 200_000, { start, end })) {
      customers.push(slim(c));
      rows += 1 + c.contacts.length + c.addresses.length + c.tokens.length;
    }
    const t1 = performance.now();
    let lines = 0;
    let installed = 0;
    for (const h of demoHistory(rng, customers, products, { end })) {
      if (h.installed) installed++;
      if (++lines >= 2_000_000) break;
    }
    const t2 = performance.now();
    console.log(
      `demo data: ${customers.length} customers (${rows} rows incl. contacts, addresses, tokens) in ${((t1 - t0) / 1000).toFixed(1)} s; ` +
        `${lines} sales lines + ${installed} installed products in ${((t2 - t1) / 1000).toFixed(1)} s`,
    );
    expect(lines).toBe(2_000_000);
  }, 180_000);
});
