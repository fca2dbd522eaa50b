import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { get, patch, post } from '../../app/api';
import type { CatalogSettings, Part, PartFields, Service, ServiceFields, StockLocation, VatCode, VatRate, WarrantyRule } from './types';

const base = '/api/v1/catalog';

export const useServices = () => useQuery({ queryKey: ['catalog', 'services', 'all'], queryFn: () => get<{ items: Service[] }>(`${base}/services`) });
export const useParts = () => useQuery({ queryKey: ['catalog', 'parts', 'all'], queryFn: () => get<{ items: Part[] }>(`${base}/parts`) });
export const useVatRates = () => useQuery({ queryKey: ['catalog', 'vat-rates'], queryFn: () => get<{ items: VatRate[] }>(`${base}/vat-rates`) });
export const useLocations = () => useQuery({ queryKey: ['catalog', 'locations'], queryFn: () => get<{ items: StockLocation[] }>(`${base}/stock-locations`) });
export const useSettings = () => useQuery({ queryKey: ['catalog', 'settings'], queryFn: () => get<CatalogSettings>(`${base}/settings`) });

/** Active colleagues, for choosing whose van a stock location is. */
export const useDirectory = (enabled: boolean) =>
  useQuery({ queryKey: ['users', 'directory'], queryFn: () => get<{ items: { id: string; name: string; role: string }[] }>('/api/v1/users/directory'), enabled });

/** Every catalog query is refreshed after a change: margins follow settings, parts show stock. */
function useCatalogMutation<B, R>(fn: (body: B) => Promise<R>) {
  const qc = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => qc.invalidateQueries({ queryKey: ['catalog'] }) });
}

export const useSaveService = () =>
  useCatalogMutation(({ id, version, ...body }: ServiceFields & { id?: string; version?: number }) =>
    id ? patch<Service>(`${base}/services/${id}`, { ...body, version }) : post<Service>(`${base}/services`, body),
  );

export const useSavePart = () =>
  useCatalogMutation(({ id, version, ...body }: PartFields & { id?: string; version?: number }) =>
    id ? patch<Part>(`${base}/parts/${id}`, { ...body, version }) : post<Part>(`${base}/parts`, body),
  );

export const useStockMovement = () =>
  useCatalogMutation((body: { partId: string; locationId: string; quantity: number; reason: 'receipt' | 'correction'; note: string }) =>
    post<unknown>(`${base}/stock-movements`, body),
  );

export const useCreateLocation = () =>
  useCatalogMutation((body: { name: string; kind: StockLocation['kind']; userId: string | null }) => post<StockLocation>(`${base}/stock-locations`, body));

export const useAddVatRate = () =>
  useCatalogMutation((body: { code: VatCode; percentBp: number; validFrom: string; validTo: string | null }) => post<VatRate>(`${base}/vat-rates`, body));

export const useSaveSettings = () =>
  useCatalogMutation(
    (body: {
      version: number;
      labourCostPerHourCents: number;
      travelCostPerKmCents: number;
      travelPricePerKmCents: number;
      loanerCostPerDayCents: number;
      warrantyRule: WarrantyRule;
    }) => patch<CatalogSettings>(`${base}/settings`, body),
  );
