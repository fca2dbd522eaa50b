import { describe, expect, test } from 'vitest';
import { closedHolidays, isSupportedRegion } from './holidays.js';

describe('closed holidays', () => {
  test('NL 2026: the public holidays close, Good Friday and observances do not', () => {
    expect([...closedHolidays('NL', 2026, 'every-five-years').keys()]).toEqual([
      '2026-01-01', // Nieuwjaarsdag
      '2026-04-05', // Pasen
      '2026-04-06', // Tweede paasdag
      '2026-04-27', // Koningsdag (Monday)
      '2026-05-14', // Hemelvaartsdag
      '2026-05-24', // Pinksteren
      '2026-05-25', // Tweede pinksterdag
      '2026-12-25', // Kerstmis
      '2026-12-26', // Tweede kerstdag
    ]);
  });

  test('Koningsdag 2025 falls on Sunday 27 April and moves to Saturday 26 April', () => {
    const closed = closedHolidays('NL', 2025, 'never');
    expect(closed.get('2025-04-26')).toBe('Koningsdag');
    expect(closed.has('2025-04-27')).toBe(false);
  });

  test.each([
    ['every-five-years', 2025, true],
    ['every-five-years', 2026, false],
    ['every-five-years', 2030, true],
    ['every-year', 2026, true],
    ['never', 2025, false],
  ] as const)('Liberation Day with policy %s in %i closed: %s', (policy, year, closed) => {
    expect(closedHolidays('NL', year, policy).has(`${year}-05-05`)).toBe(closed);
  });

  test('no region means no holidays; other countries use their own public holidays', () => {
    expect(closedHolidays(null, 2026, 'every-year').size).toBe(0);
    const bavaria = closedHolidays('DE-BY', 2026, 'every-year');
    expect(bavaria.has('2026-04-03')).toBe(true); // Karfreitag is public in Germany
    expect(bavaria.has('2026-05-05')).toBe(false); // the Dutch Liberation Day policy does not apply
  });

  test('knows supported regions', () => {
    expect(isSupportedRegion('NL')).toBe(true);
    expect(isSupportedRegion('DE-BY')).toBe(true);
    expect(isSupportedRegion('XX')).toBe(false);
    expect(isSupportedRegion('NL-ZZ')).toBe(false);
  });
});
