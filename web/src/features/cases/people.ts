/** Names of staff and teams for pickers and labels, from the colleague directory every staff member may read. */
import { useQuery } from '@tanstack/react-query';
import { get } from '../../app/api';
import { useMe } from '../../app/session';
import type { Team } from '../../app/types';

/** A staff member or team, for pickers. */
export interface Person {
  id: string;
  name: string;
}

/** Active colleagues, for assignee pickers and names on cases. */
export function usePeople(): Person[] {
  const me = useMe().data;
  const list = useQuery({
    queryKey: ['users', 'directory'],
    queryFn: () => get<{ items: Person[] }>('/api/v1/users/directory'),
    staleTime: 60_000,
    retry: false,
    enabled: Boolean(me),
  });
  const people: Person[] = (list.data?.items ?? []).map((u) => ({ id: u.id, name: u.name }));
  if (me && !people.some((p) => p.id === me.id)) people.unshift({ id: me.id, name: me.name });
  return people;
}

/** All teams (readable by all staff). */
export function useTeams() {
  return useQuery({ queryKey: ['teams'], queryFn: () => get<{ items: Team[] }>('/api/v1/teams'), staleTime: 60_000 });
}

/** Admins, managers and agents work cases; planners and technicians may only read them. */
export function useCanWorkCases(): boolean {
  const role = useMe().data?.role;
  return role === 'admin' || role === 'manager' || role === 'agent';
}

/** `id → name` lookup for a list of people or teams. */
export const namesOf = (xs: readonly Person[]) => new Map(xs.map((x) => [x.id, x.name]));
