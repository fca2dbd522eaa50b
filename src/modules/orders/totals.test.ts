import { describe, expect, it } from 'vitest';
import { applyWarranty, coveredOn, type DraftLine, surchargeDescription } from './pricing.js';
import { totals, vatForRate } from './totals.js';

const line = (quantity: number, unitPriceCents: number, vatPercentBp = 2100, vatCode = 'standard', unitCostCents = 0) => ({
  quantity,
  unitPriceCents,
  unitCostCents,
  vatCode,
  vatPercentBp,
});

describe('totals', () => {
  it('rounds VAT once on the sum per rate: 3 × € 33,33 at 21% is € 99,99 + € 21,00', () => {
    expect(totals([line(3, 3333)])).toEqual({
      netCents: 9999,
      vatCents: 2100,
      grossCents: 12099,
      vatByRate: [{ vatCode: 'standard', percentBp: 2100, netCents: 9999, vatCents: 2100 }],
      costCents: 0,
      marginCents: 9999,
    });
  });

  it('does not add up per-line rounding: three lines of € 0,05 at 21% carry € 0,03 VAT, not 3 × € 0,01', () => {
    expect(totals([line(1, 5), line(1, 5), line(1, 5)]).vatCents).toBe(3);
  });

  it('keeps 21%, 9% and 0% apart, highest rate first, and derives cost and margin', () => {
    const t = totals([line(2, 12_345, 2100, 'standard', 5000), line(1, 999, 900, 'reduced', 400), line(4, 250, 0, 'zero'), line(1, 1, 2100)]);
    expect(t.vatByRate).toEqual([
      { vatCode: 'standard', percentBp: 2100, netCents: 24_691, vatCents: 5185 },
      { vatCode: 'reduced', percentBp: 900, netCents: 999, vatCents: 90 },
      { vatCode: 'zero', percentBp: 0, netCents: 1000, vatCents: 0 },
    ]);
    expect(t).toMatchObject({ netCents: 26_690, vatCents: 5275, grossCents: 31_965, costCents: 10_400, marginCents: 16_290 });
  });

  it('counts free warranty lines at nothing for the customer while their cost still lowers the margin', () => {
    const t = totals([line(1, 0, 2100, 'standard', 4500), line(2, 0, 2100, 'standard', 1200), line(1, 2495)]);
    expect(t).toMatchObject({ netCents: 2495, vatCents: 524, grossCents: 3019, costCents: 6900, marginCents: -4405 });
  });

  it('rounds half away from zero, also for negative amounts', () => {
    expect(vatForRate(50, 2100)).toBe(11);
    expect(vatForRate(-50, 2100)).toBe(-11);
    expect(vatForRate(2, 2100)).toBe(0);
    expect(vatForRate(100_000_000_003, 2100)).toBe(21_000_000_001);
  });

  it('has nothing to say about an empty document', () => {
    expect(totals([])).toEqual({ netCents: 0, vatCents: 0, grossCents: 0, vatByRate: [], costCents: 0, marginCents: 0 });
  });
});

describe('warranty rule', () => {
  const rule = { labour: 'free', parts: 'free', surcharge: 'charged', travel: 'free' } as const;
  const draft = (kind: DraftLine['kind'], serviceKind: string | null = null): DraftLine => ({
    kind,
    serviceKind,
    serviceId: null,
    partId: null,
    description: kind,
    quantity: 1,
    listPriceCents: 8900,
    unitPriceCents: 8900,
    unitCostCents: 3000,
    vatCode: 'standard',
    vatPercentBp: 2100,
    warrantyCovered: false,
  });

  it('makes repair labour, parts and travel free, keeps list price and cost, and charges the rest', () => {
    expect(applyWarranty(draft('service', 'home_repair'), rule)).toMatchObject({ unitPriceCents: 0, listPriceCents: 8900, unitCostCents: 3000, warrantyCovered: true });
    expect(applyWarranty(draft('part'), rule)).toMatchObject({ unitPriceCents: 0, warrantyCovered: true });
    expect(applyWarranty(draft('travel'), rule)).toMatchObject({ unitPriceCents: 0, warrantyCovered: true });
    expect(applyWarranty(draft('surcharge'), rule)).toMatchObject({ unitPriceCents: 8900, warrantyCovered: false });
    expect(applyWarranty(draft('service', 'delivery'), rule)).toMatchObject({ unitPriceCents: 8900, warrantyCovered: false });
    expect(applyWarranty(draft('part'), null)).toMatchObject({ unitPriceCents: 8900, warrantyCovered: false });
  });

  it('covers up to the last day of the manufacturer’s or the extended warranty', () => {
    const p = { warrantyEnd: '2026-03-14', extendedWarrantyEnd: null };
    expect(coveredOn(p, '2026-03-14')).toBe(true);
    expect(coveredOn(p, '2026-03-15')).toBe(false);
    expect(coveredOn({ ...p, extendedWarrantyEnd: '2027-03-14' }, '2027-03-14')).toBe(true);
    expect(coveredOn(undefined, '2026-01-01')).toBe(false);
  });

  it('names a slot surcharge by its local window, across daylight saving time', () => {
    expect(surchargeDescription({ slotType: 'evening', startsAt: '2026-12-10T17:00:00.000Z', endsAt: '2026-12-10T21:00:00.000Z' }, 'nl')).toBe(
      'Toeslag avondafspraak 18:00–22:00',
    );
    expect(surchargeDescription({ slotType: 'evening', startsAt: '2026-06-10T16:00:00.000Z', endsAt: '2026-06-10T20:00:00.000Z' }, 'en')).toBe(
      'Evening appointment surcharge 18:00–22:00',
    );
  });
});
