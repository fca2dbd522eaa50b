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
 * VAT on a net amount at a rate in basis points (2100 = 21 %), rounded half away from zero to the cent, in
 * integers only so that no binary fraction ever decides a cent.
 */
export function vatAtBp(net: Cents, bp: number): Cents {
  const scaled = Math.abs(cents(net)) * bp;
  const rounded = Math.floor((scaled + 5_000) / 10_000);
  return net < 0 ? -rounded : rounded;
}

/** A document's subtotal for one VAT rate. */
export interface RateTotal {
  vatCode: string;
  vatPercentBp: number;
  netCents: Cents;
  vatCents: Cents;
}

/**
 * The VAT of a document (quote, order, invoice, credit note), once per rate on the sum of that rate's line nets
 * (EN 16931 BR-CO-17), highest rate first. A line's net is quantity × unit price. Rounding per line and summing
 * can differ by a cent per line; every document in Loyaal uses this one rule, so an invoice shows exactly the
 * VAT of the order it came from.
 */
export function vatPerRate(lines: readonly { quantity: number; unitPriceCents: Cents; vatCode: string; vatPercentBp: number }[]): RateTotal[] {
  const byRate = new Map<string, RateTotal>();
  for (const l of lines) {
    const key = `${l.vatPercentBp}:${l.vatCode}`;
    const t = byRate.get(key) ?? { vatCode: l.vatCode, vatPercentBp: l.vatPercentBp, netCents: 0, vatCents: 0 };
    t.netCents += cents(l.quantity * l.unitPriceCents);
    byRate.set(key, t);
  }
  return [...byRate.values()]
    .map((t) => ({ ...t, vatCents: vatAtBp(t.netCents, t.vatPercentBp) }))
    .sort((a, b) => b.vatPercentBp - a.vatPercentBp || a.vatCode.localeCompare(b.vatCode));
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
