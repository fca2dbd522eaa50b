import { ActionIcon, Anchor, Badge, Group, NativeSelect, Paper, SimpleGrid, Stack, Text, TextInput, Title, Tooltip } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../app/format';
import { currentLang } from '../../i18n';
import { SlaTargetBadge, StatusBadge } from './badges';
import { CaseActions } from './CaseActions';
import { usePeople, useTeams } from './people';
import { type Case, type CaseChanges, type CasePriority, type CaseStatus, PRIORITIES, STATUSES } from './types';

interface Props {
  c: Case;
  save: (changes: CaseChanges) => void;
  saving: boolean;
  readOnly?: boolean;
}

function Subject({ c, save, saving, readOnly }: Props) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<string | null>(null);
  const commit = () => {
    const v = draft?.trim();
    if (v && v !== c.subject) save({ subject: v });
    setDraft(null);
  };
  if (draft !== null)
    return (
      <TextInput
        value={draft}
        onChange={(e) => setDraft(e.currentTarget.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit();
          if (e.key === 'Escape') setDraft(null);
        }}
        aria-label={t('cases.columns.subject')}
        maxLength={300}
        size="md"
        autoFocus
        data-testid="case-subject-input"
      />
    );
  return (
    <Group gap="xs" wrap="nowrap" align="flex-start">
      <Title order={1} size="h2" data-testid="case-subject">
        {c.subject}
      </Title>
      {!readOnly && (
        <Tooltip label={t('cases.case.editSubject')}>
          <ActionIcon variant="subtle" aria-label={t('cases.case.editSubject')} onClick={() => setDraft(c.subject)} disabled={saving} data-testid="case-subject-edit">
            ✎
          </ActionIcon>
        </Tooltip>
      )}
    </Group>
  );
}

/** Number, subject, the editable fields (each saved with the case's version) and the SLA targets. */
export function CaseHeader({ c, save, saving, readOnly = false }: Props) {
  const { t } = useTranslation();
  const people = usePeople();
  const teams = useTeams();
  const [category, setCategory] = useState<string | null>(null);
  const commitCategory = () => {
    if (category === null) return;
    const v = category.trim() || null;
    if (v !== c.category) save({ category: v });
    setCategory(null);
  };
  const assignees = people.some((p) => p.id === c.assigneeId) || !c.assigneeId ? people : [...people, { id: c.assigneeId, name: t('cases.colleague') }];

  return (
    <Paper withBorder p="lg">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start">
          <Group gap="sm">
            <Text ff="monospace" fw={700} c="dimmed" data-testid="case-number">
              {c.number}
            </Text>
            <StatusBadge status={c.status} />
            <Badge variant="outline" color="gray">
              {t(`cases.channels.${c.channel}`)}
            </Badge>
            {c.reopenCount > 0 && (
              <Badge variant="light" color="orange">
                {t('cases.case.reopened', { count: c.reopenCount })}
              </Badge>
            )}
          </Group>
          {!readOnly && <CaseActions c={c} />}
        </Group>
        <Subject c={c} save={save} saving={saving} readOnly={readOnly} />
        <Text size="sm" c="dimmed">
          {t('cases.case.created', { at: formatDateTime(c.createdAt, currentLang()) })}
        </Text>
        <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="sm">
          <NativeSelect
            label={t('cases.columns.status')}
            value={c.status}
            onChange={(e) => save({ status: e.currentTarget.value as CaseStatus })}
            data={STATUSES.map((s) => ({ value: s, label: t(`cases.statuses.${s}`) }))}
            disabled={saving || readOnly}
            data-testid="case-status"
          />
          <NativeSelect
            label={t('cases.columns.priority')}
            value={c.priority}
            onChange={(e) => save({ priority: e.currentTarget.value as CasePriority })}
            data={PRIORITIES.map((p) => ({ value: p, label: t(`cases.priorities.${p}`) }))}
            disabled={saving || readOnly}
            data-testid="case-priority"
          />
          <TextInput
            label={t('cases.case.category')}
            value={category ?? c.category ?? ''}
            onChange={(e) => setCategory(e.currentTarget.value)}
            onBlur={commitCategory}
            onKeyDown={(e) => e.key === 'Enter' && commitCategory()}
            maxLength={60}
            disabled={saving || readOnly}
            data-testid="case-category"
          />
          <NativeSelect
            label={t('cases.columns.team')}
            value={c.teamId ?? ''}
            onChange={(e) => save({ teamId: e.currentTarget.value || null })}
            data={[{ value: '', label: t('cases.noTeam') }, ...(teams.data?.items ?? []).map((tm) => ({ value: tm.id, label: tm.name }))]}
            disabled={saving || readOnly}
            data-testid="case-team"
          />
          <NativeSelect
            label={t('cases.columns.assignee')}
            value={c.assigneeId ?? ''}
            onChange={(e) => save({ assigneeId: e.currentTarget.value || null })}
            data={[{ value: '', label: t('cases.unassigned') }, ...assignees.map((p) => ({ value: p.id, label: p.name }))]}
            disabled={saving || readOnly}
            data-testid="case-assignee"
          />
        </SimpleGrid>
        <Group gap="xs" data-testid="case-sla">
          {c.sla.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('cases.case.noSla')}
            </Text>
          ) : (
            c.sla.map((s) => <SlaTargetBadge key={s.target} target={s} />)
          )}
        </Group>
        {c.links.length > 0 && (
          <Group gap="xs" data-testid="case-links">
            <Text size="sm" c="dimmed">
              {t('cases.case.links')}:
            </Text>
            {c.links.map((l) => (
              <Anchor key={l.id} component={Link} to={`/cases/${l.id}`} size="sm">
                {l.number} · {l.subject} <StatusBadge status={l.status} />
              </Anchor>
            ))}
          </Group>
        )}
        {c.tags.length > 0 && (
          <Group gap={4}>
            {c.tags.map((tag) => (
              <Badge key={tag} variant="outline" size="sm">
                {tag}
              </Badge>
            ))}
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
