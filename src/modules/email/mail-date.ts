const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** RFC 5322 obsolete zone names plus the European ones that mail software still writes. */
const ZONES: Record<string, number> = {
  ut: 0, utc: 0, gmt: 0, z: 0, wet: 0, est: -300, edt: -240, cst: -360, cdt: -300, mst: -420, mdt: -360, pst: -480,
  pdt: -420, cet: 60, cest: 120, met: 60, mest: 120, bst: 60, west: 60, eet: 120, eest: 180,
};
const RFC5322_DATE = /^(?:[a-z]{2,9},?\s*)?(\d{1,2})[\s-]+([a-z]{3})[a-z]*\.?[\s-]+(\d{2,4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*([+-]\d{4}|[a-z]{1,5})?/i;

/**
 * The Date header as a Date, or null when it is missing, malformed or outside 1970–9999. Parsed by the
 * RFC 5322 grammar (two-digit years as the RFC says, named zones), with ISO 8601 as the only fallback;
 * mailparser itself would put "now" in place of a date it cannot read.
 */
export function parseMailDate(value: string | null | undefined): Date | null {
  const v = (value ?? '').replace(/\([^()]*\)/g, ' ').replace(/\s+/g, ' ').trim();
  if (!v || v.length > 200) return null;
  const m = RFC5322_DATE.exec(v);
  if (!m) return /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/.test(v) ? valid(new Date(v)) : null;
  const [day, hour, minute, second] = [m[1], m[4], m[5], m[6] ?? '0'].map(Number);
  const month = MONTHS.indexOf(m[2].toLowerCase());
  let year = Number(m[3]);
  if (m[3].length === 2) year += year < 50 ? 2000 : 1900;
  else if (m[3].length === 3) year += 1900;
  if (month < 0 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 60 || year < 1970 || year > 9999) return null;
  return valid(new Date(Date.UTC(year, month, day, hour, minute, second) - zoneOffset(m[7]) * 60_000));
}

/** Minutes east of UTC; an unknown zone counts as UTC, as RFC 5322 says for `-0000`. */
function zoneOffset(zone: string | undefined): number {
  if (!zone) return 0;
  const numeric = /^([+-])(\d{2})(\d{2})$/.exec(zone);
  if (numeric) return (numeric[1] === '-' ? -1 : 1) * (Number(numeric[2]) * 60 + Number(numeric[3]));
  return ZONES[zone.toLowerCase()] ?? 0;
}

function valid(d: Date): Date | null {
  const year = d.getUTCFullYear();
  return Number.isNaN(d.getTime()) || year < 1970 || year > 9999 ? null : d;
}
