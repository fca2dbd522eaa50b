import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { currentLang, type Lang, setLanguage } from '../i18n';
import { get, patch, post } from './api';
import type { Me, Role } from './types';

export const meKey = ['me'] as const;

/** The signed-in user; applies their remembered language once it arrives. */
export function useMe() {
  const q = useQuery({ queryKey: meKey, queryFn: () => get<Me>('/api/v1/me'), staleTime: 60_000, retry: false });
  const locale = q.data?.locale;
  useEffect(() => {
    if (locale && locale !== currentLang()) void setLanguage(locale);
  }, [locale]);
  return q;
}

/** Changes the UI language immediately and remembers it on the server for this user. */
export function useChangeLanguage() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async (lang: Lang) => {
      await setLanguage(lang);
      qc.setQueryData<Me>(meKey, (me) => (me ? { ...me, locale: lang } : me));
      await patch<void>('/api/v1/me', { locale: lang });
    },
  });
}

export function useSignOut() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => post<unknown>('/api/auth/sign-out', {}),
    onSettled: () => qc.clear(),
  });
}

export interface NavItem {
  to: string;
  key:
    | 'cases' | 'home' | 'customers' | 'import' | 'users' | 'teams' | 'organisation' | 'audit' | 'apiKeys'
    | 'catalog' | 'orders' | 'repairs' | 'planning' | 'myJobs' | 'loaners' | 'invoices';
  testId?: string;
  roles: readonly Role[];
}

const MANAGE: readonly Role[] = ['admin', 'manager'];
export const NAV: NavItem[] = [
  { to: '/cases', key: 'cases', testId: 'nav-cases', roles: ['admin', 'manager', 'agent', 'planner', 'technician'] },
  { to: '/', key: 'home', roles: ['admin', 'manager', 'agent', 'planner', 'technician'] },
  { to: '/customers', key: 'customers', testId: 'nav-customers', roles: ['admin', 'manager', 'agent', 'planner', 'technician'] },
  { to: '/orders', key: 'orders', testId: 'nav-orders', roles: ['admin', 'manager', 'agent', 'planner'] },
  { to: '/repairs', key: 'repairs', testId: 'nav-repairs', roles: ['admin', 'manager', 'agent', 'planner'] },
  { to: '/planning', key: 'planning', testId: 'nav-planning', roles: ['admin', 'manager', 'planner'] },
  { to: '/my-jobs', key: 'myJobs', testId: 'nav-my-jobs', roles: ['technician'] },
  { to: '/loaners', key: 'loaners', testId: 'nav-loaners', roles: ['admin', 'manager', 'agent', 'planner'] },
  { to: '/invoices', key: 'invoices', testId: 'nav-invoices', roles: ['admin', 'manager', 'agent'] },
  { to: '/catalog', key: 'catalog', testId: 'nav-catalog', roles: MANAGE },
  { to: '/import', key: 'import', testId: 'nav-import', roles: MANAGE },
  { to: '/users', key: 'users', testId: 'nav-users', roles: MANAGE },
  { to: '/teams', key: 'teams', testId: 'nav-teams', roles: MANAGE },
  { to: '/organisation', key: 'organisation', testId: 'nav-organisation', roles: MANAGE },
  { to: '/audit', key: 'audit', testId: 'nav-audit', roles: MANAGE },
  { to: '/api-keys', key: 'apiKeys', testId: 'nav-api-keys', roles: ['admin'] },
];

export function canManage(role: Role | undefined): boolean {
  return role === 'admin' || role === 'manager';
}
