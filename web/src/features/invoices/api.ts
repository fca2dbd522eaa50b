import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, get, patch, post, type Problem, qs } from '../../app/api';
import type { Page } from '../../app/types';
import type { BankImportResult, BankLine, CreditNoteBody, DraftLine, Invoice, InvoiceSummary, PaymentBody } from './types';

export interface InvoiceFilter {
  status?: string | null;
  kind?: string | null;
  paymentStatus?: string | null;
  q?: string;
  page: number;
}

export function useInvoices(f: InvoiceFilter) {
  return useQuery({
    queryKey: ['invoices', 'list', f],
    queryFn: () => get<Page<InvoiceSummary>>(`/api/v1/invoices${qs({ ...f, pageSize: 25 })}`),
    placeholderData: keepPreviousData,
  });
}

export const useInvoice = (id: string) => useQuery({ queryKey: ['invoices', 'detail', id], queryFn: () => get<Invoice>(`/api/v1/invoices/${id}`) });

/** Issued invoices whose number contains `q`, for linking a bank payment to one. */
export function useInvoiceSearch(q: string) {
  return useQuery({
    queryKey: ['invoices', 'search', q],
    queryFn: () => get<Page<InvoiceSummary>>(`/api/v1/invoices${qs({ q, status: 'issued', kind: 'invoice', pageSize: 10 })}`),
    enabled: q.length >= 2,
  });
}

export function useUnmatchedLines() {
  return useQuery({
    queryKey: ['invoices', 'bank-lines', 'unmatched'],
    queryFn: () => get<Page<BankLine>>('/api/v1/bank-statement-lines?status=unmatched&pageSize=200'),
  });
}

/** Mutations on invoices refresh every invoice query and the orders that point at them. */
function useInvoiceMutation<B, R>(fn: (body: B) => Promise<R>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSettled: () => {
      void qc.invalidateQueries({ queryKey: ['invoices'] });
      void qc.invalidateQueries({ queryKey: ['sales'] });
    },
  });
}

type Versioned = { id: string; version: number };

export const useIssueInvoice = () => useInvoiceMutation((i: Versioned) => post<Invoice>(`/api/v1/invoices/${i.id}/issue`, { version: i.version }));
export const useUpdateLines = () =>
  useInvoiceMutation(({ id, version, lines }: Versioned & { lines: DraftLine[] }) => patch<Invoice>(`/api/v1/invoices/${id}`, { version, lines }));
export const useAddPayment = () => useInvoiceMutation(({ id, ...body }: PaymentBody & { id: string }) => post<unknown>(`/api/v1/invoices/${id}/payments`, body));
export const useCreditNote = () => useInvoiceMutation(({ id, body }: { id: string; body: CreditNoteBody }) => post<Invoice>(`/api/v1/invoices/${id}/credit-notes`, body));
export const useResolveLine = () =>
  useInvoiceMutation(({ id, ...body }: { id: string; invoiceId?: string; ignore?: true; note: string }) => post<BankLine>(`/api/v1/bank-statement-lines/${id}/resolve`, body));

async function uploadStatement(file: File): Promise<BankImportResult> {
  const form = new FormData();
  form.append('file', file, file.name);
  const res = await fetch('/api/v1/bank-statements', { method: 'POST', credentials: 'same-origin', headers: { accept: 'application/json' }, body: form });
  const data: unknown = await res.json().catch(() => null);
  if (!res.ok) {
    const p = (data && typeof data === 'object' ? data : {}) as Partial<Problem>;
    throw new ApiError({ ...p, status: res.status });
  }
  return data as BankImportResult;
}

export const useUploadStatement = () => useInvoiceMutation(uploadStatement);
