/** Links a technician taps on the road: the customer's phone and the address on a map. */
import type { RepairOrder } from '../repairs/types';

type Address = NonNullable<RepairOrder['address']>;

export function addressLine(a: Address | null | undefined): string {
  if (!a) return '';
  return [`${a.street} ${a.houseNumber}`.trim(), `${a.postcode} ${a.city}`.trim()].filter(Boolean).join(', ');
}

/** OpenStreetMap at the coordinates when known, otherwise a search for the address. */
export function mapUrl(a: Address | null | undefined): string | null {
  if (!a) return null;
  if (a.lat !== null && a.lng !== null) return `https://www.openstreetmap.org/?mlat=${a.lat}&mlon=${a.lng}#map=17/${a.lat}/${a.lng}`;
  const q = addressLine(a);
  return q ? `https://www.openstreetmap.org/search?query=${encodeURIComponent(q)}` : null;
}

/** `tel:` link with only the characters a dialler understands. */
export const telUrl = (phone: string) => `tel:${phone.replace(/[^\d+]/g, '')}`;
