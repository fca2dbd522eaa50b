/** Pure money rules of the catalog: standard cost, margin and the VAT rate that applies on a day. */

/** `numerator / denominator` rounded half up, in integers only (both non-negative). */
export function divideHalfUp(numerator: number, denominator: number): number {
  return Math.floor((2 * numerator + denominator) / (2 * denominator));
}

/** Labour cost of `minutes` at `perHourCents`, rounded half up to the cent: 7 min at € 47,99/h is € 5,60. */
export function labourCostCents(minutes: number, perHourCents: number): number {
  return divideHalfUp(minutes * perHourCents, 60);
}

export interface CostInput {
  priceCents: number;
  labourMinutes: number;
  partsCostCents: number;
  travelCostCents: number;
}

export interface Margin {
  standardCostCents: number;
  marginCents: number;
  /** Of the price, one decimal, rounded half away from zero; null when the price is zero. */
  marginPercent: number | null;
}

/** Margin of a price over a cost. */
export function marginOf(priceCents: number, costCents: number): Omit<Margin, 'standardCostCents'> {
  const marginCents = priceCents - costCents;
  if (priceCents === 0) return { marginCents, marginPercent: null };
  const tenths = divideHalfUp(Math.abs(marginCents) * 1000, priceCents);
  return { marginCents, marginPercent: (Math.sign(marginCents) * tenths) / 10 || 0 };
}

/** Standard cost (labour at the hourly cost rate + parts + travel) and the margin of a service. */
export function serviceMargin(s: CostInput, labourCostPerHourCents: number): Margin {
  const standardCostCents = labourCostCents(s.labourMinutes, labourCostPerHourCents) + s.partsCostCents + s.travelCostCents;
  return { standardCostCents, ...marginOf(s.priceCents, standardCostCents) };
}

export interface DatedRate {
  code: string;
  validFrom: string;
  validTo: string | null;
}

/** The rate of `code` whose period holds `date` (YYYY-MM-DD, both ends inclusive), if any. */
export function rateOn<R extends DatedRate>(rates: readonly R[], code: string, date: string): R | undefined {
  return rates.find((r) => r.code === code && r.validFrom <= date && (r.validTo === null || date <= r.validTo));
}

/** Whether two inclusive date periods share a day; an open end runs forever. */
export function periodsOverlap(a: { validFrom: string; validTo: string | null }, b: { validFrom: string; validTo: string | null }): boolean {
  return (a.validTo === null || b.validFrom <= a.validTo) && (b.validTo === null || a.validFrom <= b.validTo);
}

/** The day before a YYYY-MM-DD date. */
export function dayBefore(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

const amsterdamDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The calendar date in the Netherlands at an instant (YYYY-MM-DD). */
export function businessDate(instant: Date): string {
  return amsterdamDay.format(instant);
}
