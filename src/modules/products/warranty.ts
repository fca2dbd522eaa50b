/** Adds whole months to an ISO date, clamping to the month's last day (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(isoDate: string, months: number): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

function addDays(isoDate: string, days: number): string {
  const t = Date.parse(`${isoDate}T00:00:00Z`) + days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

export type WarrantyStatus = 'in_warranty' | 'extended' | 'expired';

/**
 * The warranty on an installed product: the manufacturer's months from the purchase date (the last covered
 * day is the day before the anniversary), then an optional extended warranty up to and including its end date.
 */
export function warrantyOf(purchaseDate: string, warrantyMonths: number, extendedEnd: string | null, today: string) {
  const warrantyEnd = addDays(addMonths(purchaseDate, warrantyMonths), -1);
  let status: WarrantyStatus = 'expired';
  if (today <= warrantyEnd) status = 'in_warranty';
  else if (extendedEnd && today <= extendedEnd) status = 'extended';
  return { warrantyEnd, extendedWarrantyEnd: extendedEnd, status, covered: status !== 'expired' };
}
