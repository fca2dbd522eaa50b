import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { del, get, patch, post } from '../../app/api';
import type { Team } from '../../app/types';

export type TeamInput = { name: string; description: string; members: { userId: string; isLead: boolean }[] };

export function useTeams() {
  return useQuery({ queryKey: ['teams'], queryFn: () => get<{ items: Team[] }>('/api/v1/teams') });
}

export function useSaveTeam() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ team, input }: { team: Team | null; input: TeamInput }) =>
      team ? patch<Team>(`/api/v1/teams/${team.id}`, { ...input, version: team.version }) : post<Team>('/api/v1/teams', input),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['teams'] }),
  });
}

export function useDeleteTeam() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (team: Team) => del(`/api/v1/teams/${team.id}?version=${team.version}`),
    onSettled: () => qc.invalidateQueries({ queryKey: ['teams'] }),
  });
}
