import type { Cents } from '../../kernel/money.js';

/** The fields of a line that decide the totals. */
export interface PricedLine {
  quantity: number;
  unitPriceCents: Cents;
  vatCode: string;
  vatPercentBp: number;
}

export interface RateTotal {
  vatCode: string;
  vatPercentBp: number;
  netCents: Cents;
  vatCents: Cents;
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

/** `net × bp / 10000`, rounded half away from zero, in integers only (no binary fractions). */
export function vatAtBp(net: Cents, bp: number): Cents {
  const scaled = Math.abs(net) * bp;
  const rounded = Math.floor((scaled + 5000) / 10000);
  return net < 0 ? -rounded : rounded;
}

/**
 * Totals of an invoice or credit note. VAT is computed once per rate on the sum of that rate's line nets
 * (EN 16931 BR-CO-17), not per line and summed: per-line rounding can drift by a cent per line, and the
 * per-rate figure is the one the UBL TaxSubtotal must carry.
 */
export function documentTotals(lines: readonly PricedLine[]): DocumentTotals {
  const byRate = new Map<string, RateTotal>();
  for (const l of lines) {
    const key = `${l.vatPercentBp}:${l.vatCode}`;
    const t = byRate.get(key) ?? { vatCode: l.vatCode, vatPercentBp: l.vatPercentBp, netCents: 0, vatCents: 0 };
    t.netCents += lineNet(l);
    byRate.set(key, t);
  }
  const vatBreakdown = [...byRate.values()]
    .map((t) => ({ ...t, vatCents: vatAtBp(t.netCents, t.vatPercentBp) }))
    .sort((a, b) => b.vatPercentBp - a.vatPercentBp || a.vatCode.localeCompare(b.vatCode));
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
