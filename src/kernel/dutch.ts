/** Dutch postcode `1234 AB`: four digits (not starting with 0), two letters (not SA, SD or SS). */
export function normalisePostcode(input: string): string | null {
  const m = /^\s*([1-9]\d{3})\s*([a-zA-Z]{2})\s*$/.exec(input);
  if (!m) return null;
  const letters = m[2].toUpperCase();
  if (['SA', 'SD', 'SS'].includes(letters)) return null;
  return `${m[1]} ${letters}`;
}

/** KvK number: exactly eight digits. */
export const isKvkNumber = (v: string) => /^\d{8}$/.test(v);

/** Dutch VAT id (btw-id): NL, nine digits, B, two digits. */
export const isDutchVatId = (v: string) => /^NL\d{9}B\d{2}$/.test(v.replace(/[\s.]/g, '').toUpperCase());

/** IBAN with a valid ISO 13616 mod-97 check. */
export function isIban(input: string): boolean {
  const v = input.replace(/\s/g, '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/.test(v)) return false;
  const digits = (v.slice(4) + v.slice(0, 4)).replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  let rest = 0;
  for (const ch of digits) rest = (rest * 10 + Number(ch)) % 97;
  return rest === 1;
}

/** IBAN in groups of four, as printed on Dutch invoices. */
export const formatIban = (v: string) => v.replace(/\s/g, '').toUpperCase().replace(/(.{4})/g, '$1 ').trim();
