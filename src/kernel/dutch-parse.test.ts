import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldForSearch, normaliseEmail, normaliseHouseNumber, normalisePhone, parseDate, parseDecimal } from './dutch-parse.js';

describe('parseDate', () => {
  it.each([
    ['31-12-2025', '2025-12-31'],
    ['31/12/2025', '2025-12-31'],
    ['31.12.2025', '2025-12-31'],
    ['1-2-2025', '2025-02-01'],
    [' 01-02-2025 ', '2025-02-01'],
    ['2025-12-31', '2025-12-31'],
    ['2025-12-31T10:00:00Z', '2025-12-31'],
    ['2025-12-31T23:59:59.123+01:00', '2025-12-31'],
    ['29-02-2024', '2024-02-29'],
    ['29-02-2000', '2000-02-29'],
  ])('parses %j as %s', (text, iso) => expect(parseDate(text)).toBe(iso));

  it.each([
    '31-02-2025', '29-02-2025', '29-02-1900', '31-04-2025', '0-1-2025', '1-13-2025', '1-0-2025', '31-12-25', '12/31/2025',
    '31-12/2025', '2025-13-01', '2025-02-30', '2025-12-31T', '31-12-2025 10:00', '', 'gisteren', '00-00-0000',
  ])('rejects %j', (text) => expect(() => parseDate(text)).toThrow(RangeError));

  it('round-trips every calendar date written the Dutch way (property)', () => {
    const dates = fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2199-12-31T00:00:00Z'), noInvalidDate: true });
    fc.assert(
      fc.property(dates, fc.constantFrom('-', '/', '.'), (date, sep) => {
        const [y, m, d] = date.toISOString().slice(0, 10).split('-');
        expect(parseDate([d, m, y].join(sep))).toBe(`${y}-${m}-${d}`);
        expect(parseDate([Number(d), Number(m), y].join(sep))).toBe(`${y}-${m}-${d}`);
      }),
    );
  });
});

describe('parseDecimal', () => {
  it.each([
    ['1.234,5', 1234.5],
    ['1234,5', 1234.5],
    ['1234.5', 1234.5],
    ['1234.50', 1234.5],
    ['1.234', 1234],
    ['1.234.567,891', 1234567.891],
    ['-3', -3],
    ['+3', 3],
    ['-1.234,50', -1234.5],
    ['2', 2],
    [' 0,5 ', 0.5],
    ['-0', 0],
  ])('parses %j as %d', (text, value) => expect(parseDecimal(text)).toBe(value));

  it.each(['', '-', 'abc', '1,2,3', '1.2.3', '12,', ',5', '1234.567', '12.34.56', '1,234.5', '1e5', '€ 5', '--3', '1 234'])(
    'rejects %j',
    (text) => expect(() => parseDecimal(text)).toThrow(RangeError),
  );

  it('reads back amounts formatted with nl-NL thousands separators (property)', () => {
    const format = new Intl.NumberFormat('nl-NL', { minimumFractionDigits: 0, maximumFractionDigits: 3, useGrouping: true });
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 999 }), (whole, milli) => {
        const value = whole + Math.sign(whole || 1) * (milli / 1000);
        const text = format.format(value).replace('\u2212', '-');
        expect(parseDecimal(text)).toBeCloseTo(value, 6);
      }),
    );
  });
});

describe('normalisePhone', () => {
  it.each([
    ['06-12345678', '+31612345678'],
    ['06 1234 5678', '+31612345678'],
    ['0031 6 12345678', '+31612345678'],
    ['+31 (0)6 12345678', '+31612345678'],
    ['+31 6 12345678', '+31612345678'],
    ['+31 06 12345678', '+31612345678'],
    ['020-1234567', '+31201234567'],
    ['(020) 123 45 67', '+31201234567'],
    ['+44 20 7946 0958', '+442079460958'],
    ['0049 30 1234567', '+49301234567'],
    ['+1 (555) 123-4567', '+15551234567'],
  ])('normalises %j to %s', (text, e164) => expect(normalisePhone(text)).toBe(e164));

  it.each([
    '', '12345', '0612345', '061234567890', '612345678', '+31 6 1234567', '+31 6 123456789', '+1234567', '+1234567890123456',
    '+0612345678', 'bel 06-12345678', '06-1234567x', '06+12345678', '+',
  ])('rejects %j', (text) => expect(normalisePhone(text)).toBeNull());
});

describe('normaliseEmail', () => {
  it.each([
    [' Jan.Jansen@Example.NL ', 'jan.jansen@example.nl'],
    ['info+shop@sub.winkel.nl', 'info+shop@sub.winkel.nl'],
  ])('normalises %j to %s', (text, email) => expect(normaliseEmail(text)).toBe(email));

  it.each(['', 'jan', 'jan@example', 'jan@@example.nl', 'jan@ex@ample.nl', 'jan jansen@example.nl', 'jan@example..nl', 'jan@.nl', 'jan@example.', '@example.nl'])(
    'rejects %j',
    (text) => expect(normaliseEmail(text)).toBeNull(),
  );
});

describe('normaliseHouseNumber', () => {
  it.each([
    ['12', 12, ''],
    ['12a', 12, 'A'],
    ['12 A', 12, 'A'],
    ['12-2', 12, '2'],
    ['12 bis', 12, 'BIS'],
    ['12-II', 12, 'II'],
    [' 99999 hs ', 99999, 'HS'],
    ['7 - 3 hoog', 7, '3HOOG'],
    ['1/A', 1, 'A'],
  ])('splits %j into %d and %j', (text, number, addition) => expect(normaliseHouseNumber(text)).toEqual({ number, addition }));

  it.each(['', 'a12', '0', '0a', '100000', '123456', 'twaalf', '-12', '12 !', '12--'])('rejects %j', (text) =>
    expect(normaliseHouseNumber(text)).toBeNull(),
  );
});

describe('foldForSearch', () => {
  it.each([
    ['Café Ĳssel', 'cafe ijssel'],
    ['  Zoë   de\tRuÿter \n', 'zoe de ruyter'],
    ['ĲMUIDEN', 'ijmuiden'],
    ['Çà Ñö Å', 'ca no a'],
    ['plain', 'plain'],
  ])('folds %j to %j', (text, folded) => expect(foldForSearch(text)).toBe(folded));

  it('is idempotent and never leaves combining marks or double spaces (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        const folded = foldForSearch(text);
        expect(foldForSearch(folded)).toBe(folded);
        expect(folded).not.toMatch(/\p{M}|\s\s|^\s|\s$/u);
      }),
    );
  });
});
