// Parsers for the values Dutch users put in spreadsheets and exports: dates, amounts, phone numbers, e-mail
// addresses and house numbers. They are strict on purpose: an import should reject a value, not guess.

const DMY = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{4})$/; // 31-12-2025, 1/2/2025, 31.12.2025 (same separator twice)
const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * Parses a Dutch (day-month-year with `-`, `/` or `.`) or ISO date, or the date part of an ISO date-time,
 * into `YYYY-MM-DD`. Two-digit years are refused because they are ambiguous.
 * @throws RangeError when the text is not a real calendar date.
 */
export function parseDate(text: string): string {
  const t = text.trim();
  const dmy = DMY.exec(t);
  const iso = dmy ? null : ISO.exec(t);
  const [year, month, day] = dmy ? [dmy[4], dmy[3], dmy[1]] : iso ? [iso[1], iso[2], iso[3]] : ['0', '0', '0'];
  const y = Number(year);
  const m = Number(month);
  const d = Number(day);
  if (y < 1 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) throw new RangeError(`Not a valid date: "${text}"`);
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}

const GROUPED = /^\d{1,3}(?:\.\d{3})+$/; // 1.234.567
const PLAIN = /^\d+$/;
const DOT_DECIMAL = /^\d+\.\d{1,2}$/; // 1234.5 from software that ignores the locale

/**
 * Parses a quantity as written in the Netherlands. A comma is always the decimal mark; without a comma a single
 * dot followed by 1–2 digits is a decimal point and other dots must be correct thousands separators.
 * @throws RangeError on anything else, e.g. `1.2.3`, `12,` or `abc`.
 */
export function parseDecimal(text: string): number {
  const t = text.trim();
  const sign = t.startsWith('-') ? -1 : 1;
  const body = /^[-+]/.test(t) ? t.slice(1) : t;
  const comma = body.indexOf(',');
  const intPart = comma < 0 ? body : body.slice(0, comma);
  const fraction = comma < 0 ? '' : body.slice(comma + 1);
  let value: number;
  if (comma >= 0 && PLAIN.test(fraction) && (PLAIN.test(intPart) || GROUPED.test(intPart))) {
    value = Number(`${intPart.replaceAll('.', '')}.${fraction}`);
  } else if (comma < 0 && (PLAIN.test(body) || DOT_DECIMAL.test(body))) {
    value = Number(body);
  } else if (comma < 0 && GROUPED.test(body)) {
    value = Number(body.replaceAll('.', ''));
  } else {
    throw new RangeError(`Not a valid number: "${text}"`);
  }
  return value === 0 ? 0 : sign * value; // no -0
}

const PHONE_CHARS = /^\+?[\d\s\-./()]+$/;

/**
 * Normalises a phone number to E.164. Dutch national numbers (10 digits starting with 0) and `+31`/`0031`
 * numbers, also with the customary `(0)`, become `+31…`; other `+`/`00` numbers become `+<8–15 digits>`.
 * @returns null when the text cannot be a phone number.
 */
export function normalisePhone(text: string): string | null {
  const t = text.trim().replace(/\(0\)/g, ''); // "+31 (0)6 …": the trunk zero must be dropped
  if (!PHONE_CHARS.test(t)) return null;
  const digits = t.replace(/\D/g, '');
  const international = t.startsWith('+') ? digits : digits.startsWith('00') ? digits.slice(2) : null;
  if (international === null) return /^0\d{9}$/.test(digits) ? `+31${digits.slice(1)}` : null;
  if (international.startsWith('31')) {
    const national = international.slice(2).replace(/^0/, ''); // "+31 06…" is a common mistake
    return /^[1-9]\d{8}$/.test(national) ? `+31${national}` : null;
  }
  return /^[1-9]\d{7,14}$/.test(international) ? `+${international}` : null;
}

const EMAIL = /^[^\s@]+@(?:[^\s@.]+\.)+[^\s@.]+$/;

/** Trims and lower-cases a plausible e-mail address (one @, a dot in the domain, no spaces); otherwise null. */
export function normaliseEmail(text: string): string | null {
  const t = text.trim().toLowerCase();
  return EMAIL.test(t) ? t : null;
}

const HOUSE_NUMBER = /^(\d{1,5})(?!\d)(?:[\s\-/.]*([a-z0-9]+(?:[\s\-/.]+[a-z0-9]+)*))?$/i;

/**
 * Splits a house number with its addition: `12`, `12a`, `12 A`, `12-2`, `12 bis`, `12-II` → 12 with `A`, `2`,
 * `BIS`, `II`. The addition is upper case without separators. Null unless it starts with a number 1–99999.
 */
export function normaliseHouseNumber(text: string): { number: number; addition: string } | null {
  const match = HOUSE_NUMBER.exec(text.trim());
  if (!match) return null;
  const number = Number(match[1]);
  if (number < 1) return null;
  return { number, addition: (match[2] ?? '').replace(/[\s\-/.]/g, '').toUpperCase() };
}

/** Folds text for search: lower case, no diacritics (café → cafe), ĳ → ij, whitespace collapsed and trimmed. */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '') // combining marks left after NFD splits é into e + ◌́
    .toLowerCase()
    .replace(/ĳ/g, 'ij') // the Dutch ij ligature has no canonical decomposition
    .replace(/ı/g, 'i') // Turkish dotless i (Yılmaz), ß and ø have no decomposition either
    .replace(/ß/g, 'ss')
    .replace(/ø/g, 'o')
    .replace(/\s+/g, ' ')
    .trim();
}
