import { describe, expect, it } from 'vitest';
import { formatIban, isDutchVatId, isIban, isKvkNumber, normalisePostcode } from './dutch.js';

describe('Dutch identifiers', () => {
  it.each([
    ['1234ab', '1234 AB'],
    [' 3523 ab ', '3523 AB'],
    ['0123 AB', null],
    ['1234 SS', null],
    ['12345 AB', null],
  ])('normalises postcode %s to %s', (input, out) => expect(normalisePostcode(input)).toBe(out));

  it('checks IBANs with mod 97', () => {
    expect(isIban('NL91 ABNA 0417 1643 00')).toBe(true);
    expect(isIban('NL92 ABNA 0417 1643 00')).toBe(false);
    expect(isIban('DE89370400440532013000')).toBe(true);
    expect(formatIban('nl91abna0417164300')).toBe('NL91 ABNA 0417 1643 00');
  });

  it('checks KvK numbers and VAT ids', () => {
    expect(isKvkNumber('30123456')).toBe(true);
    expect(isKvkNumber('3012345')).toBe(false);
    expect(isDutchVatId('NL812345678B01')).toBe(true);
    expect(isDutchVatId('nl 8123.45678 b01')).toBe(true);
    expect(isDutchVatId('BE0123456789')).toBe(false);
  });
});
