import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { get, patch, post, qs } from '../../app/api';
import type { Page, Reports, Role, User } from '../../app/types';

export interface UserFilter {
  q?: string;
  role?: Role | null;
  active?: 'true' | 'false' | null;
  page: number;
  pageSize: number;
}

export function useUsers(f: UserFilter) {
  return useQuery({
    queryKey: ['users', f],
    queryFn: () => get<Page<User>>(`/api/v1/users${qs({ q: f.q?.trim(), role: f.role, active: f.active, page: f.page, pageSize: f.pageSize })}`),
    placeholderData: keepPreviousData,
  });
}

/** Everybody (up to 200), for pickers such as manager and team members. */
export function useAllUsers() {
  return useQuery({ queryKey: ['users', 'all'], queryFn: () => get<Page<User>>('/api/v1/users?pageSize=200'), staleTime: 30_000 });
}

export function useUser(id: string) {
  return useQuery({ queryKey: ['user', id], queryFn: () => get<User>(`/api/v1/users/${id}`) });
}

export function useReports(id: string) {
  return useQuery({ queryKey: ['user', id, 'reports'], queryFn: () => get<Reports>(`/api/v1/users/${id}/reports`) });
}

export interface NewUser {
  name: string;
  email: string;
  role: Role;
  locale: 'nl' | 'en';
  password?: string;
  hourlyCostCents: number;
  contractHoursPerWeek: number;
}

export function useCreateUser() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: NewUser) => post<User>('/api/v1/users', body),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['users'] }),
  });
}

export type UserChanges = Partial<Pick<User, 'name' | 'role' | 'active' | 'locale' | 'managerId' | 'skills' | 'hourlyCostCents' | 'contractHoursPerWeek'>> & {
  version: number;
};

export function useUpdateUser(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: UserChanges) => patch<User>(`/api/v1/users/${id}`, body),
    onSuccess: (user) => {
      qc.setQueryData(['user', id], user);
      void qc.invalidateQueries({ queryKey: ['users'] });
      void qc.invalidateQueries({ queryKey: ['user', id, 'reports'] });
    },
  });
}
