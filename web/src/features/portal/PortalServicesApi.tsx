/**
 * The portal's paid-services API: quotes, time slots, bookings, invoices and repairs of the signed-in customer.
 * Keys start with `portal`, so signing in or out resets them with the rest of the portal. Types are the server's
 * schemas, inferred through type-only imports.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import type { z } from 'zod';
import type { InvoiceSummary as InvoiceSummarySchema } from '../../../../src/modules/invoicing/invoice.schema';
import type { PortalQuote as PortalQuoteSchema } from '../../../../src/modules/orders/orders.schema';
import type { Booking as BookingSchema, Slot as SlotSchema } from '../../../../src/modules/planning/planning.schema';
import type { PortalRepair as PortalRepairSchema } from '../../../../src/modules/repairs/repair.schema';
import { isApiError, qs } from '../../app/api';
import { portalApi } from './api';

export type PortalQuote = z.infer<typeof PortalQuoteSchema>;
export type Slot = z.infer<typeof SlotSchema>;
export type Booking = z.infer<typeof BookingSchema>;
export type PortalInvoice = z.infer<typeof InvoiceSummarySchema>;
export type PortalRepair = z.infer<typeof PortalRepairSchema>;

const BASE = '/api/v1/portal';
const key = {
  quotes: ['portal', 'services', 'quotes'] as const,
  bookings: ['portal', 'services', 'bookings'] as const,
  invoices: ['portal', 'services', 'invoices'] as const,
  repairs: ['portal', 'services', 'repairs'] as const,
  slots: (serviceId: string, from: string, to: string) => ['portal', 'services', 'slots', serviceId, from, to] as const,
};

const get = <T,>(url: string) => portalApi<T>('GET', url);
const post = <T,>(url: string, body: unknown) => portalApi<T>('POST', url, body);

export function usePortalQuotes() {
  return useQuery({ queryKey: key.quotes, queryFn: () => get<{ items: PortalQuote[] }>(`${BASE}/quotes`) });
}

/** Free slots of a service between two dates, with their full price (service plus surcharge). */
export function usePortalSlots(serviceId: string | null, from: string, to: string) {
  return useQuery({
    queryKey: key.slots(serviceId ?? '', from, to),
    queryFn: () => get<{ region: string; items: Slot[] }>(`${BASE}/availability${qs({ serviceId, from, to })}`),
    enabled: Boolean(serviceId),
  });
}

export function usePortalBookings() {
  return useQuery({ queryKey: key.bookings, queryFn: () => get<{ items: Booking[] }>(`${BASE}/bookings`) });
}

export function usePortalInvoices() {
  return useQuery({ queryKey: key.invoices, queryFn: () => get<{ items: PortalInvoice[]; total: number }>(`${BASE}/invoices${qs({ pageSize: 200 })}`) });
}

export function usePortalRepairs() {
  return useQuery({ queryKey: key.repairs, queryFn: () => get<{ items: PortalRepair[] }>(`${BASE}/repairs`) });
}

/** After any decision every paid-services list reloads: an accepted quote brings a booking and a repair. */
function useServicesMutation<B>(fn: (body: B) => Promise<unknown>) {
  const qc = useQueryClient();
  return useMutation({ mutationFn: fn, onSettled: () => qc.invalidateQueries({ queryKey: ['portal', 'services'] }) });
}

export const useAcceptQuote = () =>
  useServicesMutation((b: { id: string; version: number; templateId?: string; date?: string }) =>
    post<PortalQuote>(`${BASE}/quotes/${b.id}/accept`, { version: b.version, ...(b.templateId ? { templateId: b.templateId, date: b.date } : {}) }),
  );
export const useDeclineQuote = () => useServicesMutation((b: { id: string; version: number; reason: string }) => post<PortalQuote>(`${BASE}/quotes/${b.id}/decline`, { version: b.version, reason: b.reason }));
export const useRescheduleBooking = () =>
  useServicesMutation((b: { id: string; version: number; templateId: string; date: string }) => post<Booking>(`${BASE}/bookings/${b.id}/reschedule`, { templateId: b.templateId, date: b.date, version: b.version }));

export const quotePdfUrl = (id: string) => `${BASE}/quotes/${id}/pdf`;
export const invoicePdfUrl = (id: string) => `${BASE}/invoices/${id}/pdf`;
export const bookingIcsUrl = (id: string) => `${BASE}/bookings/${id}/ics`;

/** A refusal in the customer's words: known codes (last part, e.g. `booking.slot_full`) get their own text. */
export function servicesProblem(err: unknown, t: TFunction): string {
  if (isApiError(err)) {
    const code = err.problem.code ?? '';
    const last = code.split('.').pop() ?? '';
    const known = last ? t(`problems.${last}`, { defaultValue: '' }) : '';
    if (known) return known;
    if (err.status === 404) return t('problems.not_found');
  }
  return t('common.generic');
}
