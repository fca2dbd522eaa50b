import { Group, Select, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { usePeople, useTeams } from './people';
import { type CaseStatus, STATUSES } from './types';

/** The inbox filters besides the view. */
export interface Filters {
  status: CaseStatus | null;
  teamId: string | null;
  assigneeId: string | null;
  search: string;
}

/** Status, team, assignee and text filters of the inbox. */
export function CaseFilters({ value, onChange }: { value: Filters; onChange: (f: Filters) => void }) {
  const { t } = useTranslation();
  const people = usePeople();
  const teams = useTeams();
  const set = <K extends keyof Filters>(k: K, v: Filters[K]) => onChange({ ...value, [k]: v });
  return (
    <Group align="flex-end">
      <TextInput
        label={t('cases.filters.search')}
        placeholder={t('cases.filters.searchPlaceholder')}
        type="search"
        value={value.search}
        onChange={(e) => set('search', e.currentTarget.value)}
        data-testid="cases-search"
        w={280}
      />
      <Select
        label={t('cases.filters.status')}
        placeholder={t('cases.filters.allStatuses')}
        data={STATUSES.map((s) => ({ value: s, label: t(`cases.statuses.${s}`) }))}
        value={value.status}
        onChange={(v) => set('status', v as CaseStatus | null)}
        clearable
        data-testid="cases-filter-status"
        w={180}
      />
      <Select
        label={t('cases.filters.team')}
        placeholder={t('cases.filters.allTeams')}
        data={(teams.data?.items ?? []).map((tm) => ({ value: tm.id, label: tm.name }))}
        value={value.teamId}
        onChange={(v) => set('teamId', v)}
        clearable
        searchable
        data-testid="cases-filter-team"
        w={200}
      />
      <Select
        label={t('cases.filters.assignee')}
        placeholder={t('cases.filters.allAssignees')}
        data={people.map((p) => ({ value: p.id, label: p.name }))}
        value={value.assigneeId}
        onChange={(v) => set('assigneeId', v)}
        clearable
        searchable
        data-testid="cases-filter-assignee"
        w={200}
      />
    </Group>
  );
}
