/**
 * Euro amounts as Dutch users type them: `24,95`, `1.234,56`, `€ 12`, and `24.95` (a single dot followed by one or
 * two digits is read as the decimal mark). Returns whole cents, or null for anything else, negatives included.
 */
export function parseMoneyInput(text: string): number | null {
  const t = text.replace(/[€\s]/g, '');
  if (!t) return null;
  const m = /^([\d.]+)(?:,(\d{1,2}))?$/.exec(t);
  if (!m) return null;
  let whole = m[1];
  let frac = m[2] ?? '';
  if (!t.includes(',')) {
    const dec = /^(\d+)\.(\d{1,2})$/.exec(whole);
    if (dec) [, whole, frac] = dec;
  }
  if (!/^\d{1,3}(\.\d{3})*$|^\d+$/.test(whole)) return null;
  const value = Number(whole.replace(/\./g, '')) * 100 + Number(frac.padEnd(2, '0'));
  return Number.isSafeInteger(value) ? value : null;
}

/** Cents as the text a Dutch user would type back into a field: `1234,50`. */
export function centsToInput(cents: number): string {
  return (cents / 100).toFixed(2).replace('.', ',');
}

/** Basis points of a VAT rate as a percentage: 2100 → "21%", 950 → "9,5%". */
export function percentOf(bp: number): string {
  return `${new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 2 }).format(bp / 100)}%`;
}
