import { Alert, Button, Group, NativeSelect, Paper, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemMessage } from '../../app/problem-messages';
import { useBulkUpdate } from './api';
import { usePeople, useTeams } from './people';
import { type BulkResult, type BulkSet, type CasePriority, type CaseStatus, PRIORITIES, STATUSES } from './types';

const NONE = '__none__';

/** Changes status, priority, assignee or team of the selected cases, or adds a tag to them. */
export function BulkBar({ ids, onDone }: { ids: string[]; onDone: (result: BulkResult | null) => void }) {
  const { t } = useTranslation();
  const bulk = useBulkUpdate();
  const people = usePeople();
  const teams = useTeams();
  const [tag, setTag] = useState('');
  const apply = (set: BulkSet) => bulk.mutate({ ids, set }, { onSuccess: onDone });
  const choose = { value: '', label: t('cases.bulk.choose') };
  const idOrNull = (v: string) => (v === NONE ? null : v);

  return (
    <Paper withBorder p="sm" bg="var(--mantine-color-teal-light)" data-testid="bulk-bar">
      <Group align="flex-end" gap="sm">
        <Text fw={600} size="sm" data-testid="bulk-count">
          {t('cases.bulk.selected', { count: ids.length })}
        </Text>
        <NativeSelect
          label={t('cases.bulk.status')}
          value=""
          data={[choose, ...STATUSES.map((s) => ({ value: s, label: t(`cases.statuses.${s}`) }))]}
          onChange={(e) => e.currentTarget.value && apply({ status: e.currentTarget.value as CaseStatus })}
          disabled={bulk.isPending}
          data-testid="bulk-status"
        />
        <NativeSelect
          label={t('cases.bulk.priority')}
          value=""
          data={[choose, ...PRIORITIES.map((p) => ({ value: p, label: t(`cases.priorities.${p}`) }))]}
          onChange={(e) => e.currentTarget.value && apply({ priority: e.currentTarget.value as CasePriority })}
          disabled={bulk.isPending}
          data-testid="bulk-priority"
        />
        <NativeSelect
          label={t('cases.bulk.assignee')}
          value=""
          data={[choose, { value: NONE, label: t('cases.unassigned') }, ...people.map((p) => ({ value: p.id, label: p.name }))]}
          onChange={(e) => e.currentTarget.value && apply({ assigneeId: idOrNull(e.currentTarget.value) })}
          disabled={bulk.isPending}
          data-testid="bulk-assignee"
        />
        <NativeSelect
          label={t('cases.bulk.team')}
          value=""
          data={[choose, { value: NONE, label: t('cases.noTeam') }, ...(teams.data?.items ?? []).map((tm) => ({ value: tm.id, label: tm.name }))]}
          onChange={(e) => e.currentTarget.value && apply({ teamId: idOrNull(e.currentTarget.value) })}
          disabled={bulk.isPending}
          data-testid="bulk-team"
        />
        <TextInput label={t('cases.bulk.tag')} value={tag} onChange={(e) => setTag(e.currentTarget.value)} maxLength={40} data-testid="bulk-tag" w={160} />
        <Button
          variant="light"
          disabled={!tag.trim()}
          loading={bulk.isPending}
          onClick={() => {
            apply({ addTags: [tag.trim()] });
            setTag('');
          }}
          data-testid="bulk-tag-add"
        >
          {t('cases.bulk.addTag')}
        </Button>
        <Button variant="subtle" onClick={() => onDone(null)} data-testid="bulk-clear">
          {t('cases.bulk.clear')}
        </Button>
      </Group>
      {bulk.isError && (
        <Alert color="red" mt="xs" role="alert">
          {problemMessage(bulk.error, t)}
        </Alert>
      )}
    </Paper>
  );
}
