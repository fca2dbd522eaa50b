/**
 * Repair orders, the planning board and the technician's jobs. Every key starts with `repairs`, so one
 * invalidation after a change refreshes the list, the detail, the board and the job list together.
 */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, get, type Problem, patch, post, qs } from '../../app/api';
import type { Page } from '../../app/types';
import type { AssignBody, Board, CatalogPart, CompleteBody, RepairChanges, RepairKind, RepairOrder, RepairOrderDetail, RepairStatus, TechnicianJobs } from './types';

const BASE = '/api/v1/repair-orders';
export const repairsKey = ['repairs'] as const;

export interface RepairFilter {
  status?: RepairStatus | null;
  kind?: RepairKind | null;
  page: number;
  pageSize: number;
}

export function useRepairs(f: RepairFilter) {
  return useQuery({
    queryKey: [...repairsKey, 'list', f],
    queryFn: () => get<Page<RepairOrder>>(`${BASE}${qs({ status: f.status, kind: f.kind, page: f.page, pageSize: f.pageSize })}`),
    placeholderData: keepPreviousData,
  });
}

export function useRepair(id: string) {
  return useQuery({ queryKey: [...repairsKey, 'detail', id], queryFn: () => get<RepairOrderDetail>(`${BASE}/${id}`) });
}

export function useBoard(from: string, to: string, view: 'technician' | 'workshop') {
  return useQuery({
    queryKey: [...repairsKey, 'board', from, to, view],
    queryFn: () => get<Board>(`/api/v1/planning/board${qs({ from, to, view })}`),
    placeholderData: keepPreviousData,
  });
}

export function useTechnicianJobs(date: string) {
  return useQuery({ queryKey: [...repairsKey, 'jobs', date], queryFn: () => get<TechnicianJobs>(`/api/v1/technician/jobs${qs({ date })}`) });
}

/** Active catalogue parts, for the part picker (filtered locally). */
export function useCatalogParts(enabled = true) {
  return useQuery({ queryKey: ['catalog', 'parts', 'active'], queryFn: () => get<{ items: CatalogPart[] }>('/api/v1/catalog/parts?active=true'), staleTime: 60_000, enabled, retry: false });
}

/** A mutation on one repair order; on success (and on a version conflict) everything repair-related reloads. */
function useRepairMutation<B, R = RepairOrderDetail>(fn: (body: B) => Promise<R>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSettled: () => qc.invalidateQueries({ queryKey: repairsKey }),
  });
}

export const useAssign = () => useRepairMutation(({ id, ...body }: AssignBody & { id: string }) => post<RepairOrderDetail>(`${BASE}/${id}/assign`, body));
export const useSetStatus = (id: string) => useRepairMutation((body: { status: RepairStatus; version: number }) => post<RepairOrderDetail>(`${BASE}/${id}/status`, body));
export const useUpdateRepair = (id: string) => useRepairMutation((body: RepairChanges & { version: number }) => patch<RepairOrderDetail>(`${BASE}/${id}`, body));
export const useAddTime = (id: string) => useRepairMutation((body: { minutes: number; note: string | null }) => post<unknown>(`${BASE}/${id}/time-entries`, body));
export const useAddPart = (id: string) => useRepairMutation((body: { partId: string; quantity: number }) => post<unknown>(`${BASE}/${id}/parts`, body));
export const useSetTravel = (id: string) => useRepairMutation((body: { km: number }) => post<unknown>(`${BASE}/${id}/travel`, body));
export const useComplete = (id: string) => useRepairMutation((body: CompleteBody) => post<RepairOrderDetail>(`${BASE}/${id}/complete`, body));

/** Uploads one photo (multipart, field `file`). */
export const useUploadPhoto = (id: string) =>
  useRepairMutation(async (file: File) => {
    const form = new FormData();
    form.append('file', file, file.name);
    const res = await fetch(`${BASE}/${id}/photos`, { method: 'POST', credentials: 'same-origin', headers: { accept: 'application/json' }, body: form });
    const data: unknown = await res.json().catch(() => null);
    if (!res.ok) throw new ApiError({ ...((data && typeof data === 'object' ? data : {}) as Partial<Problem>), status: res.status });
    return data;
  });

export const photoUrl = (repairId: string, photoId: string) => `${BASE}/${repairId}/photos/${photoId}`;
