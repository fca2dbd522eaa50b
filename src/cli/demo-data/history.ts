import { newId } from '../../kernel/ids.js';
import type { ProductsTables } from '../../modules/products/index.js';
import type { PurchasesTables } from '../../modules/purchases/index.js';
import { type Accessory, CATEGORIES, type Category, DEMO_ACCESSORIES, type ProductRow, SERVICES } from './catalog.js';
import { Rng, seedFor, weightedPicker } from './random.js';

/** A row of the `salesLines` table. */
export type SalesLineRow = PurchasesTables['salesLines'];
/** A row of the `installedProducts` table. */
export type InstalledProductRow = ProductsTables['installedProducts'];
/** What the history needs of a customer; a full customer row fits. */
export interface HistoryCustomer {
  id: string;
  /** ISO date; `null` counts as the start of the sales window. */
  acquisitionDate: string | null;
  segment: string | null;
  /** The instant of the first purchase when given (else a shop hour on the acquisition date). */
  createdAt?: string;
  acquisitionChannel?: string | null;
}
/** The sales window: `years` (default 3) ending just before `end`; `intensity` scales every purchase rate. */
export interface HistoryOptions {
  end: Date;
  years?: number;
  intensity?: number;
}
/** One sales line, with the installed product it created when it sold an appliance. */
export interface HistoryLine {
  salesLine: SalesLineRow;
  installed: InstalledProductRow | null;
}

const DAY = 86_400_000;
const YEAR = 365.25 * DAY;
const BIG: readonly Category[] = ['washing_machine', 'dryer', 'dishwasher', 'fridge', 'freezer', 'oven', 'hob', 'cooker_hood'];
const BUSINESS_TASTE: Partial<Record<Category, number>> = { washing_machine: 2.5, dryer: 2.5, dishwasher: 2, coffee_machine: 2, tv: 0.5, soundbar: 0.2, e_bike: 0.4 };
const NOTES = ['', '', '', '', '', '', 'Geplaatst door monteur', 'Oude apparaat meegenomen', 'Trapopgang smal, met twee man bezorgd', 'Aangesloten op bestaande afvoer'];
const SERIAL = '0123456789ABCDEFGHJKLMNPRSTVWXYZ';
const pad = (n: number, w: number) => String(n).padStart(w, '0');
const shopHour = (t: number) => Math.floor(t / DAY) * DAY + Math.floor((8 + (13 * (t % DAY)) / DAY) * 3_600_000);

/** Seasonal multiplier of the purchase rate (at most `PEAK`): Black Friday week, December, a quiet February. */
const PEAK = 3;
function season(ms: number): number {
  const d = new Date(ms);
  const [m, day] = [d.getUTCMonth(), d.getUTCDate()];
  if (m === 10) {
    const blackFriday = 1 + ((11 - new Date(Date.UTC(d.getUTCFullYear(), 10, 1)).getUTCDay()) % 7) + 22;
    return Math.abs(day - blackFriday) <= 3 ? PEAK : 1.3;
  }
  if (m === 11) return day <= 24 ? 1.8 : 1.1;
  return [1.15, 0.8, 1, 1, 1, 0.95, 0.9, 0.9, 1, 1][m];
}
/** Which appliance is bought in which month: e-bikes in spring, cooling in summer, TVs and gifts at year end. */
function monthTaste(c: Category, m: number): number {
  if (c === 'e_bike') return [0.5, 0.8, 2.5, 3, 2.5, 1.5, 1, 0.8, 0.8, 0.6, 0.5, 0.6][m];
  if (c === 'fridge' || c === 'freezer') return m >= 5 && m <= 7 ? 2 : 1;
  if (c === 'tv' || c === 'soundbar') return m >= 10 ? 2 : 1;
  if (c === 'coffee_machine' || c === 'vacuum') return m >= 10 ? 1.6 : 1;
  return 1;
}

interface State { c: HistoryCustomer; rng: Rng; key: number; raw: number; rate: number; drop: number; premium: boolean; owned: Category[] }

/** A binary min-heap of customer states on `key` (the instant of their next candidate purchase). */
class Queue {
  readonly items: State[] = [];
  push(s: State): void {
    const h = this.items;
    let i = h.push(s) - 1;
    for (; i > 0 && h[(i - 1) >> 1].key > s.key; i = (i - 1) >> 1) h[i] = h[(i - 1) >> 1];
    h[i] = s;
  }
  pop(): State {
    const h = this.items;
    const top = h[0];
    const last = h.pop()!;
    if (h.length === 0) return top;
    let i = 0;
    for (let k = 1; k < h.length; i = k, k = 2 * k + 1) {
      if (k + 1 < h.length && h[k + 1].key < h[k].key) k++;
      if (h[k].key >= last.key) break;
      h[i] = h[k];
    }
    h[i] = last;
    return top;
  }
}

/**
 * The purchase history of `customers`, lazily and in sale order; memory grows with the customers, not the lines.
 * Each customer has a latent purchase rate (gamma) and a drop-out chance after each purchase (beta), the BG/NBD
 * story, thinned by the season; the first purchase is at acquisition and mostly an appliance. Appliances become
 * installed products (12% with five years' extended warranty); later orders are mostly consumables. Only lines
 * inside the window are yielded, except appliance lines before it, which back their installed products.
 */
export function* demoHistory(rng: Rng, customers: readonly HistoryCustomer[], products: readonly ProductRow[], opts: HistoryOptions): Generator<HistoryLine> {
  const base = rng.uint32();
  const endMs = opts.end.getTime();
  const fromMs = endMs - (opts.years ?? 3) * YEAR;
  const cats = Object.keys(CATEGORIES) as Category[];
  const taste = (c: Category, m: number, biz: boolean) => CATEGORIES[c].popularity * monthTaste(c, m) * (biz ? (BUSINESS_TASTE[c] ?? 1) : 1);
  const catPickers = [false, true].map((biz) => Array.from({ length: 12 }, (_, m) => weightedPicker(cats, cats.map((c) => taste(c, m, biz)))));
  const productPickers = new Map<string, (r: Rng) => ProductRow>();
  for (const c of cats) {
    const list = products.filter((p) => p.category === c && p.active);
    for (const premium of [false, true]) {
      if (list.length) productPickers.set(`${c}${premium}`, weightedPicker(list, list.map((p) => (p.listPriceCents / 1e5) ** (premium ? 0.4 : -0.8))));
    }
  }
  const accessories = new Map<string, readonly Accessory[]>(cats.map((c) => [c, DEMO_ACCESSORIES.filter((a) => a.for.includes(c))]));
  const general = DEMO_ACCESSORIES.filter((a) => a.for.length === 0);
  const acq = customers.map((c, i) => (c.createdAt ? Date.parse(c.createdAt) : shopHour((c.acquisitionDate ? Date.parse(c.acquisitionDate) : fromMs) + (seedFor(base, i) / 2 ** 32) * DAY)));
  const order = customers.map((_, i) => i).sort((a, b) => acq[a] - acq[b]);
  const queue = new Queue();
  const orderSeq = new Map<number, number>();
  let [lineSeq, installedSeq] = [0, 0];

  const line = (s: State, ms: number, iso: string, ref: string, channel: string, sku: string, qty: number, unitIncl: number): HistoryLine => {
    const excl = Math.round(unitIncl / 1.21) * qty;
    const amountInclCents = excl + Math.round(excl * 0.21);
    const externalId = `VRK-${pad(++lineSeq, 9)}`;
    return { salesLine: { id: newId(ms), customerId: s.c.id, saleDate: iso.slice(0, 10), sku, quantity: qty, amountInclCents, amountExclCents: excl, channel, orderRef: ref, externalId, createdAt: iso }, installed: null };
  };

  function* purchase(s: State, ms: number, first: boolean): Generator<HistoryLine> {
    const { rng: r, c } = s;
    const biz = c.segment === 'zakelijk';
    const iso = new Date(ms).toISOString();
    const [year, month, inWindow] = [Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, ms >= fromMs];
    orderSeq.set(year, (orderSeq.get(year) ?? 0) + 1);
    const ref = `ORD-${year}-${pad(orderSeq.get(year)!, 7)}`;
    const own = c.acquisitionChannel ?? 'winkel';
    const channel = first || r.chance(0.6) ? own : r.weighted(['webshop', 'winkel', 'telefoon'], [55, 35, 10]);
    const appliances = r.chance(first ? 0.88 : biz ? 0.25 : 0.1) ? 1 + r.poisson(biz ? 0.8 : first ? 0.3 : 0.1) : 0;
    for (let k = 0; k < appliances; k++) {
      const cat = catPickers[biz ? 1 : 0][month](r);
      const p = productPickers.get(`${cat}${s.premium}`)?.(r);
      if (!p) continue;
      s.owned.push(cat);
      const price = Math.round(p.listPriceCents * Math.min(1.04, r.gamma(50, 1 / 50) * (season(ms) === PEAK ? 0.86 : 0.97)));
      const sold = line(s, ms, iso, ref, channel, p.sku, 1, price);
      const date = sold.salesLine.saleDate;
      const warranty = r.chance(0.12);
      const serialNumber = `${p.sku.split('-')[1]}-${year}-${Array.from({ length: 5 }, () => SERIAL[r.int(0, 31)]).join('')}`;
      const extendedWarrantyEnd = warranty ? `${year + 5}${date.slice(4)}`.replace('-02-29', '-02-28') : null;
      const externalId = `IB-${pad(++installedSeq, 8)}`;
      sold.installed = { id: newId(ms), customerId: c.id, productId: p.id, sku: p.sku, serialNumber, purchaseDate: date, purchaseChannel: channel, extendedWarrantyEnd, notes: r.pick(NOTES), externalId, version: 1, createdAt: iso, updatedAt: iso };
      yield sold;
      if (!inWindow) continue;
      if (warranty) yield line(s, ms, iso, ref, channel, SERVICES.warranty.sku, 1, Math.round(price / 1000) * 100 - 1);
      if (BIG.includes(cat) && r.chance(0.4)) yield line(s, ms, iso, ref, channel, SERVICES.installation.sku, 1, SERVICES.installation.priceCents);
    }
    if (!inWindow) return;
    const extras = appliances ? (r.chance(0.45) ? 1 : 0) : 1 + r.poisson(biz ? 2.2 : 1.8);
    for (let k = 0; k < extras; k++) {
      const pool = s.owned.length && r.chance(0.85) ? accessories.get(r.pick(s.owned))! : general;
      const a = r.pick(pool.length ? pool : general);
      const qty = r.chance(biz ? 0.5 : 0.15) ? 2 + r.poisson(biz ? 2 : 0.5) : 1;
      yield line(s, ms, iso, ref, channel, a.sku, qty, Math.round(a.priceCents * Math.min(1.1, r.gamma(30, 1 / 30))));
    }
  }

  let next = 0;
  for (;;) {
    const nextAcq = next < order.length ? acq[order[next]] : Number.POSITIVE_INFINITY;
    const nextKey = queue.items.length ? queue.items[0].key : Number.POSITIVE_INFINITY;
    if (Math.min(nextAcq, nextKey) >= endMs) return;
    let s: State;
    let bought = true;
    if (nextAcq <= nextKey) {
      const i = order[next++];
      const r = new Rng(seedFor(base, i));
      const seg = customers[i].segment === 'zakelijk' ? 2 : customers[i].segment === 'premium' ? 1 : 0;
      const yearly = [4, 5.5, 7][seg] * (opts.intensity ?? 1);
      const drop = r.beta([1.3, 1, 1][seg], [5, 6, 7][seg]);
      s = { c: customers[i], rng: r, key: nextAcq, raw: nextAcq, rate: (r.gamma(1.5, yearly / 1.5) * PEAK) / YEAR, drop, premium: seg === 1, owned: [] };
      yield* purchase(s, nextAcq, true);
    } else {
      s = queue.pop();
      bought = s.rng.chance(season(s.key) / PEAK);
      if (bought) yield* purchase(s, s.key, false);
    }
    if (bought && s.rng.chance(s.drop)) continue;
    s.raw += -Math.log(1 - s.rng.next()) / s.rate;
    s.key = Math.max(s.key, shopHour(s.raw));
    if (s.key < endMs) queue.push(s);
  }
}

/** Just the sales lines of {@link demoHistory}. */
export function* demoSalesLines(rng: Rng, customers: readonly HistoryCustomer[], products: readonly ProductRow[], opts: HistoryOptions): Generator<SalesLineRow> {
  for (const h of demoHistory(rng, customers, products, opts)) yield h.salesLine;
}

/** Just the installed products of {@link demoHistory}. */
export function* demoInstalledProducts(rng: Rng, customers: readonly HistoryCustomer[], products: readonly ProductRow[], opts: HistoryOptions): Generator<InstalledProductRow> {
  for (const h of demoHistory(rng, customers, products, opts)) if (h.installed) yield h.installed;
}
