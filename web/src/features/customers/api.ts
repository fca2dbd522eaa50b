import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { del, get, patch, post, qs } from '../../app/api';
import type { AuditEntry, Page } from '../../app/types';
import type { Customer, CustomerFields, CustomerKind, CustomerListItem, InstalledProduct, NewInstalledProduct, Product, PurchasePage } from './types';

export type CustomerSort = 'name' | '-name' | 'created' | '-created';

export interface CustomerFilter {
  q?: string;
  segment?: string;
  kind?: CustomerKind | null;
  sort: CustomerSort;
  page: number;
  pageSize: number;
}

/** Query of the list and the CSV export (which ignores paging and sorting). */
export const customerQuery = (f: Omit<CustomerFilter, 'sort' | 'page' | 'pageSize'>) => ({ q: f.q?.trim(), segment: f.segment?.trim(), kind: f.kind });

export function useCustomers(f: CustomerFilter) {
  return useQuery({
    queryKey: ['customers', f],
    queryFn: () => get<Page<CustomerListItem>>(`/api/v1/customers${qs({ ...customerQuery(f), sort: f.sort, page: f.page, pageSize: f.pageSize })}`),
    placeholderData: keepPreviousData,
  });
}

export function useCustomer(id: string) {
  return useQuery({ queryKey: ['customer', id], queryFn: () => get<Customer>(`/api/v1/customers/${id}`) });
}

export function useInstalledProducts(id: string) {
  return useQuery({ queryKey: ['customer', id, 'products'], queryFn: () => get<{ items: InstalledProduct[] }>(`/api/v1/customers/${id}/products`) });
}

export function usePurchases(id: string, page: number, pageSize: number) {
  return useQuery({
    queryKey: ['customer', id, 'purchases', page],
    queryFn: () => get<PurchasePage>(`/api/v1/customers/${id}/purchases${qs({ page, pageSize })}`),
    placeholderData: keepPreviousData,
  });
}

export function useTimeline(id: string) {
  return useQuery({ queryKey: ['customer', id, 'timeline'], queryFn: () => get<Page<AuditEntry>>(`/api/v1/customers/${id}/timeline`) });
}

/** The product catalogue (first 500) for the SKU picker, which filters it locally. */
export function useProducts(enabled: boolean) {
  return useQuery({ queryKey: ['products', 'all'], queryFn: () => get<Page<Product>>('/api/v1/products?pageSize=500'), staleTime: 60_000, enabled });
}

export function useCreateCustomer() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: CustomerFields) => post<Customer>('/api/v1/customers', body),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['customers'] }),
  });
}

export function useUpdateCustomer(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: Partial<CustomerFields> & { version: number }) => patch<Customer>(`/api/v1/customers/${id}`, body),
    onSuccess: (c) => {
      qc.setQueryData(['customer', id], c);
      void qc.invalidateQueries({ queryKey: ['customers'] });
      void qc.invalidateQueries({ queryKey: ['customer', id, 'timeline'] });
    },
  });
}

export function useDeleteCustomer(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (version: number) => del(`/api/v1/customers/${id}${qs({ version })}`),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['customers'] }),
  });
}

export function useAddInstalledProduct(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: NewInstalledProduct) => post<InstalledProduct>(`/api/v1/customers/${id}/products`, body),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: ['customer', id, 'products'] });
      void qc.invalidateQueries({ queryKey: ['customer', id, 'timeline'] });
    },
  });
}
