/**
 * Invoice numbers named in free text, as payers type them: `2026-000045`, `2026 000045`, `2026000045`,
 * `Factuur 2026 - 000045`, `F2026/000045`. Returned in the canonical `YYYY-NNNNNN` form, in order, without repeats.
 */
export function invoiceNumbersIn(text: string): string[] {
  const found: string[] = [];
  const re = /(?<!\d)(20\d{2})\s*[-/.]?\s*(\d{6})(?!\d)/g;
  for (const m of text.matchAll(re)) {
    const n = `${m[1]}-${m[2]}`;
    if (!found.includes(n)) found.push(n);
  }
  return found;
}

/** The invoice number for a counter value: `2026-000045`. */
export const formatInvoiceNumber = (year: number, value: number): string => `${year}-${String(value).padStart(6, '0')}`;
