/** An amount of money in euro cents. Always an integer; never a float of euros. */
export type Cents = number;

/** Asserts that a value is a safe integer number of cents. */
export function cents(value: number): Cents {
  if (!Number.isSafeInteger(value)) throw new RangeError(`not a whole number of cents: ${value}`);
  return value;
}

/** Sums amounts in cents without ever leaving integers. */
export function sumCents(values: Iterable<Cents>): Cents {
  let total = 0;
  for (const v of values) total += cents(v);
  return cents(total);
}

/**
 * VAT on a net amount, rounded half away from zero to the cent (the Dutch tax authority's rule for
 * per-line rounding). `ratePercent` is 21, 9 or 0, or any rate from the VAT table.
 */
export function vatOf(net: Cents, ratePercent: number): Cents {
  const exact = (cents(net) * ratePercent) / 100;
  return Math.sign(exact) * Math.round(Math.abs(exact));
}

/**
 * Parses a euro amount as Dutch users write it: `1.234,56`, `1234,56`, `€ 12`, and also `1234.56`.
 * A comma is always the decimal mark; without a comma, a single dot followed by one or two digits is.
 */
export function parseEuro(text: string): Cents {
  const t = text.replace(/[€\s]/g, '');
  const m = /^(-?)([\d.]+)(?:,(\d{1,2}))?$/.exec(t);
  if (!m) throw new RangeError(`not an amount: ${text}`);
  let [, sign, whole, frac = ''] = m;
  if (!t.includes(',')) {
    const dec = /^(\d+)\.(\d{1,2})$/.exec(whole);
    if (dec) [, whole, frac] = dec;
  }
  if (!/^\d{1,3}(\.\d{3})*$|^\d+$/.test(whole)) throw new RangeError(`not an amount: ${text}`);
  const value = Number(whole.replace(/\./g, '')) * 100 + Number(frac.padEnd(2, '0'));
  return cents(sign ? -value : value);
}

const eur = new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR' });

/** Formats cents as Dutch euros: `€ 1.234,56`. */
export function formatEuro(value: Cents): string {
  return eur.format(value / 100);
}
