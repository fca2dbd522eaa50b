import { Alert, Badge, Button, Group, Stack, Tabs, Text, Title } from '@mantine/core';
import { useDebouncedValue, useDisclosure } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { formatNumber } from '../../app/format';
import { ErrorAlert, Loading } from '../../app/ui';
import { useCaseList, useViewCounts } from './api';
import { BulkBar } from './BulkBar';
import { CaseFilters, type Filters } from './CaseFilters';
import { CasesTable } from './CasesTable';
import { useLiveCases } from './live';
import { NewCaseModal } from './NewCaseModal';
import { useCanWorkCases } from './people';
import { type BulkResult, type CaseView, VIEWS } from './types';

const isView = (v: string | null): v is CaseView => VIEWS.includes(v as CaseView);

/** The agent's inbox: views with counts, filters, keyset-paged list, bulk changes and live refresh. */
export function CasesPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const view: CaseView = isView(params.get('view')) ? (params.get('view') as CaseView) : 'open';
  const [filters, setFilters] = useState<Filters>({ status: null, teamId: null, assigneeId: null, search: '' });
  const [q] = useDebouncedValue(filters.search, 300);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [bulkResult, setBulkResult] = useState<BulkResult | null>(null);
  const [creating, { open, close }] = useDisclosure(false);
  const canWork = useCanWorkCases();
  useLiveCases();
  const counts = useViewCounts();
  const list = useCaseList({ view, status: filters.status, teamId: filters.teamId, assigneeId: filters.assigneeId, q });
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];

  const changeView = (v: string | null) => {
    if (!isView(v)) return;
    setSelected(new Set());
    setParams(v === 'open' ? {} : { view: v });
  };
  const changeFilters = (f: Filters) => {
    setSelected(new Set());
    setFilters(f);
  };

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>{t('cases.title')}</Title>
        {canWork && (
          <Button onClick={open} data-testid="cases-new">
            {t('cases.new')}
          </Button>
        )}
      </Group>
      <Tabs value={view} onChange={changeView} keepMounted={false}>
        <Tabs.List>
          {VIEWS.map((v) => (
            <Tabs.Tab
              key={v}
              value={v}
              data-testid={`cases-view-${v}`}
              rightSection={
                counts.data?.[v] !== undefined && (
                  <Badge size="sm" variant={v === 'breached' && counts.data[v] > 0 ? 'filled' : 'light'} color={v === 'breached' ? 'red' : 'gray'} data-testid={`cases-count-${v}`}>
                    {formatNumber(counts.data[v])}
                  </Badge>
                )
              }
            >
              {t(`cases.views.${v}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
      </Tabs>
      <CaseFilters value={filters} onChange={changeFilters} />
      {selected.size > 0 && (
        <BulkBar
          ids={[...selected]}
          onDone={(r) => {
            setBulkResult(r);
            setSelected(new Set(r?.failed.map((f) => f.id) ?? []));
          }}
        />
      )}
      {bulkResult && (
        <Alert color={bulkResult.failed.length ? 'orange' : 'teal'} withCloseButton onClose={() => setBulkResult(null)} data-testid="bulk-result">
          {t('cases.bulk.result', { count: bulkResult.updated })}
          {bulkResult.failed.length > 0 && ` · ${t('cases.bulk.failed', { count: bulkResult.failed.length })}`}
        </Alert>
      )}
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <>
          <CasesTable items={items} selected={selected} onSelect={canWork ? setSelected : undefined} onOpen={(id) => navigate(`/cases/${id}`)} />
          {items.length === 0 && <Text c="dimmed">{t('cases.empty')}</Text>}
          <Group justify="space-between">
            <Text size="sm" c="dimmed" data-testid="cases-shown">
              {t('cases.shown', { count: items.length })}
            </Text>
            {list.hasNextPage && (
              <Button variant="light" onClick={() => void list.fetchNextPage()} loading={list.isFetchingNextPage} data-testid="cases-more">
                {t('cases.more')}
              </Button>
            )}
          </Group>
        </>
      )}
      {canWork && <NewCaseModal opened={creating} onClose={close} onCreated={(c) => navigate(`/cases/${c.id}`)} />}
    </Stack>
  );
}
