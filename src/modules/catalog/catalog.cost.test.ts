import { describe, expect, it } from 'vitest';
import { businessDate, dayBefore, divideHalfUp, labourCostCents, marginOf, periodsOverlap, rateOn, serviceMargin } from './catalog.cost.js';

describe('labourCostCents', () => {
  it('charges 45 minutes at € 48,00 an hour as exactly € 36,00', () => {
    expect(labourCostCents(45, 4800)).toBe(3600);
  });
  it('rounds 7 minutes at € 47,99 an hour (559,88 cents) up to € 5,60', () => {
    expect(labourCostCents(7, 4799)).toBe(560);
  });
  it('rounds an exact half cent up and just under a half down', () => {
    expect(labourCostCents(1, 4830)).toBe(81); // 80.5
    expect(labourCostCents(1, 4829)).toBe(80); // 80.48
    expect(labourCostCents(0, 4800)).toBe(0);
  });
  it('stays exact where floating point would drift', () => {
    expect(divideHalfUp(105, 10)).toBe(11);
    expect(divideHalfUp(1_000_000_005, 10)).toBe(100_000_001);
  });
});

describe('serviceMargin', () => {
  it('adds labour, parts and travel into the standard cost and derives the margin', () => {
    expect(serviceMargin({ priceCents: 12900, labourMinutes: 60, partsCostCents: 0, travelCostCents: 1050 }, 4800)).toEqual({
      standardCostCents: 5850,
      marginCents: 7050,
      marginPercent: 54.7,
    });
  });
  it('shows a loss as a negative margin', () => {
    expect(serviceMargin({ priceCents: 1000, labourMinutes: 30, partsCostCents: 0, travelCostCents: 0 }, 4800)).toEqual({
      standardCostCents: 2400,
      marginCents: -1400,
      marginPercent: -140,
    });
  });
  it('has no percentage for a free service', () => {
    expect(marginOf(0, 500)).toEqual({ marginCents: -500, marginPercent: null });
  });
  it('rounds the percentage to one decimal, half away from zero', () => {
    expect(marginOf(8000, 7999).marginPercent).toBe(0); // 0.0125 %
    expect(marginOf(2000, 1999).marginPercent).toBe(0.1); // 0.05 % rounds up
    expect(marginOf(2000, 2001).marginPercent).toBe(-0.1);
    expect(marginOf(300, 200).marginPercent).toBe(33.3);
  });
});

describe('rateOn', () => {
  const rates = [
    { code: 'standard', percentBp: 1900, validFrom: '2001-01-01', validTo: '2012-09-30' },
    { code: 'standard', percentBp: 2100, validFrom: '2012-10-01', validTo: null },
    { code: 'reduced', percentBp: 600, validFrom: '2001-01-01', validTo: '2018-12-31' },
    { code: 'reduced', percentBp: 900, validFrom: '2019-01-01', validTo: null },
  ];
  it('picks the rate whose period holds the date, both ends inclusive', () => {
    expect(rateOn(rates, 'standard', '2012-09-30')?.percentBp).toBe(1900);
    expect(rateOn(rates, 'standard', '2012-10-01')?.percentBp).toBe(2100);
    expect(rateOn(rates, 'reduced', '2018-12-31')?.percentBp).toBe(600);
    expect(rateOn(rates, 'reduced', '2030-06-01')?.percentBp).toBe(900);
  });
  it('finds nothing before the first period or for an unknown code', () => {
    expect(rateOn(rates, 'standard', '2000-12-31')).toBeUndefined();
    expect(rateOn(rates, 'zero', '2020-01-01')).toBeUndefined();
  });
});

describe('periods', () => {
  it('tells touching periods from overlapping ones', () => {
    expect(periodsOverlap({ validFrom: '2020-01-01', validTo: '2020-12-31' }, { validFrom: '2021-01-01', validTo: null })).toBe(false);
    expect(periodsOverlap({ validFrom: '2020-01-01', validTo: '2020-12-31' }, { validFrom: '2020-12-31', validTo: null })).toBe(true);
    expect(periodsOverlap({ validFrom: '2020-01-01', validTo: null }, { validFrom: '2030-01-01', validTo: '2030-02-01' })).toBe(true);
  });
  it('knows the day before a month, year and leap day boundary', () => {
    expect(dayBefore('2019-01-01')).toBe('2018-12-31');
    expect(dayBefore('2024-03-01')).toBe('2024-02-29');
  });
  it('uses the Dutch calendar day, not the UTC one', () => {
    expect(businessDate(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
    expect(businessDate(new Date('2026-07-01T21:59:00Z'))).toBe('2026-07-01');
    expect(businessDate(new Date('2026-07-01T22:00:00Z'))).toBe('2026-07-02');
  });
});
