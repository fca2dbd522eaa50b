import { describe, expect, it } from 'vitest';
import { EPC_MAX_BYTES, epcPayload } from './epc.js';
import { invoiceNumbersIn } from './invoice-number.js';

const base = { name: 'Servicebedrijf Jansen B.V.', iban: 'NL91 ABNA 0417 1643 00', amountCents: 12345, remittance: '2026-000045' };

describe('epcPayload', () => {
  it('writes the EPC069-12 version 002 fields in order', () => {
    expect(epcPayload(base)).toBe('BCD\n002\n1\nSCT\n\nServicebedrijf Jansen B.V.\nNL91ABNA0417164300\nEUR123.45\n\n\n2026-000045');
  });

  it('formats amounts with a dot and two decimals', () => {
    expect(epcPayload({ ...base, amountCents: 5 })).toContain('\nEUR0.05\n');
    expect(epcPayload({ ...base, amountCents: 100000 })).toContain('\nEUR1000.00\n');
    expect(() => epcPayload({ ...base, amountCents: 0 })).toThrow(RangeError);
    expect(() => epcPayload({ ...base, amountCents: 100_000_000_000 })).toThrow(RangeError);
  });

  it('keeps line breaks out of fields so they cannot shift the others', () => {
    const text = epcPayload({ ...base, name: 'Jansen\nEUR999.99\r\nB.V.', remittance: 'a\nb' });
    expect(text.split('\n')).toHaveLength(11);
    expect(text.split('\n')[5]).toBe('Jansen EUR999.99 B.V.');
    expect(text.split('\n')[10]).toBe('a b');
  });

  it('cuts the name to 70 characters and the whole payload to 331 bytes', () => {
    const long = epcPayload({ ...base, name: 'x'.repeat(100) });
    expect(long.split('\n')[5]).toHaveLength(70);
    const wide = epcPayload({ ...base, name: '😀'.repeat(70), remittance: 'é'.repeat(140) });
    expect(Buffer.byteLength(wide, 'utf8')).toBeLessThanOrEqual(EPC_MAX_BYTES);
    expect(wide.split('\n')[5].length).toBeGreaterThan(0);
  });

  it('refuses a missing IBAN', () => {
    expect(() => epcPayload({ ...base, iban: '' })).toThrow(RangeError);
  });
});

describe('invoiceNumbersIn', () => {
  it.each([
    ['2026-000045', ['2026-000045']],
    ['Factuur 2026-000045', ['2026-000045']],
    ['factuur 2026 - 000045 dank', ['2026-000045']],
    ['2026000045', ['2026-000045']],
    ['F2026/000045 en 2026-000046', ['2026-000045', '2026-000046']],
    ['12026-0000451', []],
    ['betaling order OR-2026-00001', []],
  ])('finds the numbers in %j', (text, expected) => {
    expect(invoiceNumbersIn(text)).toEqual(expected);
  });
});
