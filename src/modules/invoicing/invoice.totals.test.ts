import { describe, expect, it } from 'vitest';
import { documentTotals, openAmount, paymentStatusOf, vatAtBp } from './invoice.totals.js';

const line = (quantity: number, unitPriceCents: number, vatPercentBp = 2100, vatCode = 'standard') => ({ quantity, unitPriceCents, vatCode, vatPercentBp });

describe('documentTotals', () => {
  it('rounds VAT once per rate on the sum of the nets, not per line', () => {
    // Three lines of € 0,12 at 21%: per line 2,52 → 3 cents each (9), per rate 36 × 21% = 7,56 → 8 cents.
    const lines = [line(1, 12), line(1, 12), line(1, 12)];
    const perLine = lines.reduce((s, l) => s + vatAtBp(l.quantity * l.unitPriceCents, l.vatPercentBp), 0);
    expect(perLine).toBe(9);
    const t = documentTotals(lines);
    expect(t.vatCents).toBe(8);
    expect(t).toMatchObject({ netCents: 36, grossCents: 44 });
  });

  it('keeps one subtotal per rate, highest rate first', () => {
    const t = documentTotals([line(2, 4995), line(1, 1250, 900, 'reduced'), line(3, 100, 0, 'zero'), line(1, 2495)]);
    expect(t.vatBreakdown).toEqual([
      { vatCode: 'standard', vatPercentBp: 2100, netCents: 12485, vatCents: 2622 },
      { vatCode: 'reduced', vatPercentBp: 900, netCents: 1250, vatCents: 113 },
      { vatCode: 'zero', vatPercentBp: 0, netCents: 300, vatCents: 0 },
    ]);
    expect(t.netCents).toBe(14035);
    expect(t.vatCents).toBe(2735);
    expect(t.grossCents).toBe(16770);
  });

  it('rounds half away from zero, also for credit notes', () => {
    expect(vatAtBp(50, 900)).toBe(5); // 4,5 → 5
    expect(vatAtBp(-50, 900)).toBe(-5);
    expect(vatAtBp(-36, 2100)).toBe(-8);
    expect(vatAtBp(10, 2100)).toBe(2); // 2,1 → 2
  });

  it('derives the open amount and payment status from gross, credits and payments', () => {
    expect(openAmount({ grossCents: 1000, creditedCents: 200, paidCents: 300 })).toBe(500);
    expect(paymentStatusOf({ grossCents: 1000, creditedCents: 0, paidCents: 0 })).toBe('open');
    expect(paymentStatusOf({ grossCents: 1000, creditedCents: 0, paidCents: 1 })).toBe('partial');
    expect(paymentStatusOf({ grossCents: 1000, creditedCents: 1000, paidCents: 0 })).toBe('paid');
    expect(openAmount({ grossCents: 1000, creditedCents: 600, paidCents: 1000 })).toBe(0);
  });
});
