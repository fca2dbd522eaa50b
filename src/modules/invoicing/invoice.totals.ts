import { type Cents, type RateTotal, vatPerRate } from '../../kernel/money.js';

export { type RateTotal, vatAtBp } from '../../kernel/money.js';

/** The fields of a line that decide the totals. */
export interface PricedLine {
  quantity: number;
  unitPriceCents: Cents;
  vatCode: string;
  vatPercentBp: number;
}

export interface DocumentTotals {
  netCents: Cents;
  vatCents: Cents;
  grossCents: Cents;
  /** One entry per VAT rate, highest rate first. */
  vatBreakdown: RateTotal[];
}

/** quantity × unit price, in whole cents. */
export const lineNet = (l: Pick<PricedLine, 'quantity' | 'unitPriceCents'>): Cents => l.quantity * l.unitPriceCents;

/**
 * Totals of an invoice or credit note. VAT is computed once per rate on the sum of that rate's line nets
 * (EN 16931 BR-CO-17), not per line and summed: per-line rounding can drift by a cent per line, and the
 * per-rate figure is the one the UBL TaxSubtotal must carry.
 */
export function documentTotals(lines: readonly PricedLine[]): DocumentTotals {
  const vatBreakdown = vatPerRate(lines);
  const netCents = vatBreakdown.reduce((s, t) => s + t.netCents, 0);
  const vatCents = vatBreakdown.reduce((s, t) => s + t.vatCents, 0);
  return { netCents, vatCents, grossCents: netCents + vatCents, vatBreakdown };
}

/** What is still to be paid: gross minus credit notes minus payments, never below zero. */
export function openAmount(inv: { grossCents: Cents; creditedCents: Cents; paidCents: Cents }): Cents {
  return Math.max(0, inv.grossCents - inv.creditedCents - inv.paidCents);
}

/** `paid` once nothing is open, `partial` after any payment, otherwise `open`. */
export function paymentStatusOf(inv: { grossCents: Cents; creditedCents: Cents; paidCents: Cents }): 'open' | 'partial' | 'paid' {
  if (openAmount(inv) === 0) return 'paid';
  return inv.paidCents > 0 ? 'partial' : 'open';
}
