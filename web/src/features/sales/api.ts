import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { get, post, qs } from '../../app/api';
import type { Page } from '../../app/types';
import type { Booking, CaseSales, Order, Quote, SalesBody, SlotList } from './types';

export const salesKeys = { all: ['sales'] as const, case: (caseId: string) => ['sales', 'case', caseId] as const };

export function useCaseSales(caseId: string) {
  return useQuery({ queryKey: salesKeys.case(caseId), queryFn: () => get<CaseSales>(`/api/v1/cases/${caseId}/sales`) });
}

export interface SlotQuery {
  serviceId: string;
  postcode: string;
  from: string;
  to: string;
}

export function useAvailability(q: SlotQuery | null) {
  return useQuery({
    queryKey: ['availability', q],
    queryFn: () => get<SlotList>(`/api/v1/availability${qs({ ...q })}`),
    enabled: !!q,
    staleTime: 0,
  });
}

export function useQuotes(status: string | null, page: number, enabled = true) {
  return useQuery({
    enabled,
    queryKey: ['sales', 'quotes', status, page],
    queryFn: () => get<Page<Quote>>(`/api/v1/quotes${qs({ status, page, pageSize: 25 })}`),
    placeholderData: keepPreviousData,
  });
}

export function useOrders(status: string | null, page: number, enabled = true) {
  return useQuery({
    enabled,
    queryKey: ['sales', 'orders', status, page],
    queryFn: () => get<Page<Order>>(`/api/v1/orders${qs({ status, page, pageSize: 25 })}`),
    placeholderData: keepPreviousData,
  });
}

export const useQuote = (id: string) => useQuery({ queryKey: ['sales', 'quote', id], queryFn: () => get<Quote>(`/api/v1/quotes/${id}`) });
export const useOrder = (id: string) => useQuery({ queryKey: ['sales', 'order', id], queryFn: () => get<Order>(`/api/v1/orders/${id}`) });

export function useBooking(id: string | null) {
  return useQuery({ queryKey: ['bookings', id], queryFn: () => get<Booking>(`/api/v1/bookings/${id}`), enabled: !!id, retry: false });
}

/** A mutation that refreshes every sales query (lists, details, case panels) and slot availability afterwards. */
function useSalesMutation<B, R>(fn: (body: B) => Promise<R>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSettled: () => {
      void qc.invalidateQueries({ queryKey: salesKeys.all });
      void qc.invalidateQueries({ queryKey: ['availability'] });
      void qc.invalidateQueries({ queryKey: ['invoices'] });
      void qc.invalidateQueries({ queryKey: ['repair-orders'] });
    },
  });
}

export const useCreateQuote = () => useSalesMutation((body: SalesBody) => post<Quote>('/api/v1/quotes', body));
export const useCreateOrder = () => useSalesMutation((body: SalesBody) => post<Order>('/api/v1/orders', body));
export const useSendQuote = () => useSalesMutation((q: Pick<Quote, 'id' | 'version'>) => post<Quote>(`/api/v1/quotes/${q.id}/send`, { version: q.version }));
export const useAcceptQuote = () =>
  useSalesMutation(({ id, ...body }: { id: string; version: number; templateId?: string; date?: string }) => post<Quote>(`/api/v1/quotes/${id}/accept`, body));
export const useDeclineQuote = () =>
  useSalesMutation(({ id, ...body }: { id: string; version: number; reason: string }) => post<Quote>(`/api/v1/quotes/${id}/decline`, body));
export const useCancelOrder = () =>
  useSalesMutation(({ id, ...body }: { id: string; version: number; reason: string }) => post<Order>(`/api/v1/orders/${id}/cancel`, body));
export const useCreateInvoice = () => useSalesMutation((orderId: string) => post<{ id: string }>('/api/v1/invoices', { orderId }));

/** Repair orders made for an order (number and status), for links on the order page. */
export function useOrderRepairs(orderId: string) {
  const q = useQuery({
    queryKey: ['repair-orders', 'by-order', orderId],
    queryFn: () => get<Page<{ id: string; number: string; status: string }>>(`/api/v1/repair-orders${qs({ orderId, pageSize: 50 })}`),
    retry: false,
  });
  return new Map((q.data?.items ?? []).map((r) => [r.id, r]));
}
