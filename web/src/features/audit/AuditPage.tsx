import { Anchor, Button, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { get, qs } from '../../app/api';
import { amsterdamDayStart } from '../../app/format';
import type { AuditEntry, Page } from '../../app/types';
import { ErrorAlert, Loading, Pager } from '../../app/ui';
import { AuditTable } from './AuditTable';

const PAGE_SIZE = 25;
const EMPTY = { action: '', entityType: '', from: '', to: '' };

function toQuery(f: typeof EMPTY) {
  return {
    action: f.action.trim() || undefined,
    entityType: f.entityType.trim() || undefined,
    from: f.from ? amsterdamDayStart(f.from) : undefined,
    // "to" is inclusive in the form; the API wants the exclusive end, so use the start of the next day.
    to: f.to ? amsterdamDayStart(f.to, 1) : undefined,
  };
}

export function AuditPage() {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(EMPTY);
  const [filter, setFilter] = useState(EMPTY);
  const [page, setPage] = useState(1);
  const query = toQuery(filter);
  const audit = useQuery({
    queryKey: ['audit', query, page],
    queryFn: () => get<Page<AuditEntry>>(`/api/v1/audit${qs({ ...query, page, pageSize: PAGE_SIZE })}`),
    placeholderData: keepPreviousData,
  });
  const set = (k: keyof typeof EMPTY) => (e: { currentTarget: HTMLInputElement }) => {
    const v = e.currentTarget.value;
    setDraft((d) => ({ ...d, [k]: v }));
  };
  const apply = (e: FormEvent) => {
    e.preventDefault();
    setFilter(draft);
    setPage(1);
  };
  const pages = audit.data ? Math.max(1, Math.ceil(audit.data.total / audit.data.pageSize)) : 1;

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>{t('audit.title')}</Title>
        <Anchor href={`/api/v1/audit/export.csv${qs(query)}`} download data-testid="audit-export">
          {t('audit.export')}
        </Anchor>
      </Group>
      <form onSubmit={apply}>
        <Group align="flex-end">
          <TextInput label={t('audit.action')} value={draft.action} onChange={set('action')} data-testid="audit-filter-action" />
          <TextInput label={t('audit.entityType')} value={draft.entityType} onChange={set('entityType')} data-testid="audit-filter-entity" />
          <TextInput label={t('audit.from')} type="date" value={draft.from} onChange={set('from')} data-testid="audit-filter-from" />
          <TextInput label={t('audit.to')} type="date" value={draft.to} onChange={set('to')} data-testid="audit-filter-to" />
          <Button type="submit">{t('audit.filter')}</Button>
          <Button
            variant="default"
            onClick={() => {
              setDraft(EMPTY);
              setFilter(EMPTY);
              setPage(1);
            }}
          >
            {t('audit.clear')}
          </Button>
        </Group>
      </form>
      {audit.isPending ? (
        <Loading />
      ) : audit.isError ? (
        <ErrorAlert error={audit.error} onRetry={() => void audit.refetch()} />
      ) : (
        <>
          <AuditTable items={audit.data.items} />
          {audit.data.items.length === 0 && <Text c="dimmed">{t('audit.empty')}</Text>}
          <Group justify="space-between">
            <Text size="sm" c="dimmed">
              {t('common.total', { count: audit.data.total })}
            </Text>
            <Pager total={pages} value={page} onChange={setPage} />
          </Group>
        </>
      )}
    </Stack>
  );
}
