import type { Totals } from './orders.schema.js';

/** What the totals need of a line. */
export interface PricedLine {
  quantity: number;
  unitPriceCents: number;
  unitCostCents: number;
  vatCode: string;
  vatPercentBp: number;
}

/** A line's net amount: quantity × unit price, in whole cents. */
export const lineNet = (l: Pick<PricedLine, 'quantity' | 'unitPriceCents'>): number => l.quantity * l.unitPriceCents;

/** `net × bp / 10 000`, rounded half away from zero, in integers only so that no float ever decides a cent. */
export function vatForRate(netCents: number, percentBp: number): number {
  const product = Math.abs(netCents) * percentBp;
  const whole = Math.floor(product / 10_000);
  const rounded = product % 10_000 >= 5_000 ? whole + 1 : whole;
  return netCents < 0 ? -rounded : rounded;
}

/**
 * The totals of a document. VAT is computed once per rate on the sum of the line nets at that rate (the Peppol
 * BR-CO-17 rule), never per line, so the document's VAT equals what an invoice built from it will show.
 */
export function totals(lines: readonly PricedLine[]): Totals {
  const byRate = new Map<string, { vatCode: string; percentBp: number; netCents: number }>();
  let netCents = 0;
  let costCents = 0;
  for (const l of lines) {
    const net = lineNet(l);
    netCents += net;
    costCents += l.quantity * l.unitCostCents;
    const key = `${l.vatCode}:${l.vatPercentBp}`;
    const group = byRate.get(key) ?? { vatCode: l.vatCode, percentBp: l.vatPercentBp, netCents: 0 };
    group.netCents += net;
    byRate.set(key, group);
  }
  const vatByRate = [...byRate.values()]
    .sort((a, b) => b.percentBp - a.percentBp || a.vatCode.localeCompare(b.vatCode))
    .map((g) => ({ ...g, vatCents: vatForRate(g.netCents, g.percentBp) }));
  const vatCents = vatByRate.reduce((s, g) => s + g.vatCents, 0);
  return { netCents, vatCents, grossCents: netCents + vatCents, vatByRate, costCents, marginCents: netCents - costCents };
}
