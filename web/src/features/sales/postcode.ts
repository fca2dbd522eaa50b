import { useCustomer } from '../customers/api';

/** The postcode of the customer's service address (or any address), to look up slots with; null while loading. */
export function useServicePostcode(customerId: string): string | null {
  const customer = useCustomer(customerId);
  if (customer.isPending) return null;
  const addresses = customer.data?.addresses ?? [];
  return (addresses.find((a) => a.kind === 'service') ?? addresses.find((a) => a.kind === 'both') ?? addresses[0])?.postcode ?? '';
}
