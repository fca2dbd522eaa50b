import { vatAtBp, vatPerRate } from '../../kernel/money.js';
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

/** VAT at a rate in basis points, rounded half away from zero (the one rule in the kernel). */
export const vatForRate = vatAtBp;

/**
 * The totals of a document. VAT is computed once per rate on the sum of the line nets at that rate (the Peppol
 * BR-CO-17 rule), never per line, so the document's VAT equals what an invoice built from it will show.
 */
export function totals(lines: readonly PricedLine[]): Totals {
  const vatByRate = vatPerRate(lines).map((r) => ({ vatCode: r.vatCode, percentBp: r.vatPercentBp, netCents: r.netCents, vatCents: r.vatCents }));
  const netCents = vatByRate.reduce((s, r) => s + r.netCents, 0);
  const vatCents = vatByRate.reduce((s, r) => s + r.vatCents, 0);
  const costCents = lines.reduce((s, l) => s + l.quantity * l.unitCostCents, 0);
  return { netCents, vatCents, grossCents: netCents + vatCents, vatByRate, costCents, marginCents: netCents - costCents };
}
