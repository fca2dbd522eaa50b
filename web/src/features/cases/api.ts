import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { get, patch, post, qs } from '../../app/api';
import type { Customer, PurchasePage } from '../customers/types';
import type {
  BulkResult,
  BulkSet,
  Case,
  CaseChanges,
  CaseList,
  CaseStatus,
  CaseView,
  CaseMessage,
  Macro,
  NewCase,
  NewMessage,
  RenderedMacro,
  Timeline,
} from './types';

/** Inbox filters; empty values are left out of the query. */
export interface CaseFilter {
  view: CaseView;
  status?: CaseStatus | null;
  teamId?: string | null;
  assigneeId?: string | null;
  customerId?: string | null;
  q?: string;
}

const PAGE_SIZE = 50;
const listUrl = (f: CaseFilter, cursor?: string, pageSize = PAGE_SIZE) =>
  `/api/v1/cases${qs({ view: f.view, status: f.status, teamId: f.teamId, assigneeId: f.assigneeId, customerId: f.customerId, q: f.q?.trim(), cursor, pageSize })}`;

/** The inbox with keyset paging: each page carries the cursor of the next one. */
export function useCaseList(f: CaseFilter) {
  return useInfiniteQuery({
    queryKey: ['cases', 'list', f],
    queryFn: ({ pageParam }) => get<CaseList>(listUrl(f, pageParam)),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
}

/** A short list of cases (search pickers, previous cases of a customer). */
export function useCaseSearch(f: CaseFilter, pageSize: number, enabled = true) {
  return useQuery({
    queryKey: ['cases', 'search', f, pageSize],
    queryFn: () => get<CaseList>(listUrl(f, undefined, pageSize)),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** Number of cases in each inbox view. */
export function useViewCounts() {
  return useQuery({ queryKey: ['cases', 'counts'], queryFn: () => get<Record<string, number>>('/api/v1/cases/counts') });
}

/** One case with its SLA targets and links. */
export function useCase(id: string) {
  return useQuery({ queryKey: ['case', id], queryFn: () => get<Case>(`/api/v1/cases/${id}`) });
}

/** Messages and events of a case. */
export function useTimeline(id: string) {
  return useQuery({ queryKey: ['case', id, 'timeline'], queryFn: () => get<Timeline>(`/api/v1/cases/${id}/timeline`) });
}

/** The case's customer; shares its cache entry with the customer page. */
export function useCaseCustomer(id: string | null | undefined) {
  return useQuery({ queryKey: ['customer', id], queryFn: () => get<Customer>(`/api/v1/customers/${id}`), enabled: !!id });
}

/** Purchase totals per year of a customer (one line is fetched; only the totals are used). */
export function usePurchaseTotals(customerId: string) {
  return useQuery({
    queryKey: ['customer', customerId, 'purchase-totals'],
    queryFn: () => get<PurchasePage>(`/api/v1/customers/${customerId}/purchases?page=1&pageSize=1`),
    select: (p) => p.totalsByYear,
  });
}

/** Canned answers agents can insert. */
export function useMacros() {
  return useQuery({ queryKey: ['macros'], queryFn: () => get<{ items: Macro[] }>('/api/v1/macros'), staleTime: 60_000 });
}

/** Opens a case by hand (phone, counter, web form). */
export function useCreateCase() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: NewCase) => post<Case>('/api/v1/cases', body),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['cases'] }),
  });
}

/** Saves fields of a case with its version; the server answers 409 `version_conflict` when it is stale. */
export function useUpdateCase(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: CaseChanges & { version: number }) => patch<Case>(`/api/v1/cases/${id}`, body),
    onSuccess: (c) => {
      qc.setQueryData(['case', id], c);
      void qc.invalidateQueries({ queryKey: ['case', id, 'timeline'] });
      void qc.invalidateQueries({ queryKey: ['cases'] });
    },
  });
}

/** Refreshes one case, its timeline and every list after a change. */
function useRefreshCase(id: string) {
  const qc = useQueryClient();
  return () => {
    void qc.invalidateQueries({ queryKey: ['case', id] });
    void qc.invalidateQueries({ queryKey: ['cases'] });
  };
}

/** Sends a reply to the customer or saves an internal note. */
export function useSendMessage(id: string) {
  const refresh = useRefreshCase(id);
  return useMutation({ mutationFn: (body: NewMessage) => post<CaseMessage>(`/api/v1/cases/${id}/messages`, body), onSuccess: refresh });
}

/** Merges another case (`sourceId`) into this one. */
export function useMergeCase(id: string) {
  const refresh = useRefreshCase(id);
  return useMutation({ mutationFn: (body: { sourceId: string; version: number }) => post<Case>(`/api/v1/cases/${id}/merge`, body), onSuccess: refresh });
}

/** Links a related case. */
export function useLinkCase(id: string) {
  const refresh = useRefreshCase(id);
  return useMutation({ mutationFn: (relatedId: string) => post<Case>(`/api/v1/cases/${id}/links`, { relatedId }), onSuccess: refresh });
}

/** Moves one message into a new case. */
export function useSplitMessage(id: string) {
  const refresh = useRefreshCase(id);
  return useMutation({ mutationFn: (body: { messageId: string; subject?: string }) => post<Case>(`/api/v1/cases/${id}/split`, body), onSuccess: refresh });
}

/** A macro's text for this case, placeholders filled by the server. */
export function useRenderMacro(id: string) {
  return useMutation({ mutationFn: (macroId: string) => post<RenderedMacro>(`/api/v1/cases/${id}/macros/${macroId}/render`, {}) });
}

/** Changes many cases at once; each one succeeds or fails by itself. */
export function useBulkUpdate() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: { ids: string[]; set: BulkSet }) => post<BulkResult>('/api/v1/cases/bulk', body),
    onSettled: () => qc.invalidateQueries({ queryKey: ['cases'] }),
  });
}
