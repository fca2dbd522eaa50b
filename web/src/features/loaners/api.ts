import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { get, patch, post, qs } from '../../app/api';
import type { Page } from '../../app/types';
import type { Loaner, LoanerDetail, LoanerFields, LoanerStatus, OverdueLoan, RepairOrder, ReturnCondition } from './types';

export function useLoaners(status: LoanerStatus | null, page: number) {
  return useQuery({
    queryKey: ['loaners', 'list', status, page],
    queryFn: () => get<Page<Loaner>>(`/api/v1/loaners${qs({ status, page, pageSize: 50 })}`),
    placeholderData: keepPreviousData,
  });
}

export function useLoaner(id: string | null) {
  return useQuery({ queryKey: ['loaners', 'detail', id], queryFn: () => get<LoanerDetail>(`/api/v1/loaners/${id}`), enabled: !!id });
}

export function useOverdueLoans() {
  return useQuery({ queryKey: ['loaners', 'overdue'], queryFn: () => get<{ items: OverdueLoan[] }>('/api/v1/loaners/overdue') });
}

/** Open workshop repairs, for picking the one a loaner goes out with. */
export function useWorkshopRepairs(enabled: boolean) {
  return useQuery({
    queryKey: ['repair-orders', 'workshop-open'],
    queryFn: () => get<Page<RepairOrder>>(`/api/v1/repair-orders${qs({ kind: 'workshop', open: 'true', pageSize: 200 })}`),
    enabled,
  });
}

function useLoanerMutation<B>(fn: (body: B) => Promise<unknown>) {
  const qc = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => qc.invalidateQueries({ queryKey: ['loaners'] }) });
}

export const useCreateLoaner = () => useLoanerMutation((body: LoanerFields) => post<Loaner>('/api/v1/loaners', body));

export const useUpdateLoaner = () =>
  useLoanerMutation(({ id, ...body }: Partial<LoanerFields> & { id: string; version: number; status?: LoanerStatus }) => patch<Loaner>(`/api/v1/loaners/${id}`, body));

export const useIssueLoaner = () =>
  useLoanerMutation(({ id, ...body }: { id: string; repairOrderId: string; dueDate: string; depositCents: number; charge: boolean }) =>
    post<unknown>(`/api/v1/loaners/${id}/issue`, body),
  );

/** Ends a loan (by the loan's id, not the loaner's). */
export const useReturnLoan = () =>
  useLoanerMutation(({ loanId, ...body }: { loanId: string; condition: ReturnCondition; notes: string | null }) =>
    post<unknown>(`/api/v1/loaner-loans/${loanId}/return`, body),
  );
