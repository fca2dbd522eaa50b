import { Anchor, Group, NativeSelect, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { formatDate, formatDateTime } from '../../app/format';
import { ErrorAlert, Loading, Pager } from '../../app/ui';
import { currentLang } from '../../i18n';
import { namesOf, usePeople } from '../cases/people';
import { useRepairs } from './api';
import { REPAIR_KINDS, REPAIR_STATUSES, type RepairKind, type RepairStatus } from './types';
import { RepairKindBadge, RepairStatusBadge } from './ui';

const PAGE_SIZE = 50;

/** `/repairs`: every repair order, filtered by status and kind, newest first. */
export function RepairsPage() {
  const { t } = useTranslation('field');
  const lang = currentLang();
  const [params, setParams] = useSearchParams();
  const status = REPAIR_STATUSES.find((s) => s === params.get('status')) ?? null;
  const kind = REPAIR_KINDS.find((k) => k === params.get('kind')) ?? null;
  const page = Math.max(1, Number(params.get('page')) || 1);
  const list = useRepairs({ status, kind, page, pageSize: PAGE_SIZE });
  const names = namesOf(usePeople());
  const set = (next: { status?: RepairStatus | null; kind?: RepairKind | null; page?: number }) => {
    const merged = { status, kind, page: 1, ...next };
    const out: Record<string, string> = {};
    if (merged.status) out.status = merged.status;
    if (merged.kind) out.kind = merged.kind;
    if (merged.page > 1) out.page = String(merged.page);
    setParams(out, { replace: true });
  };
  const pages = list.data ? Math.max(1, Math.ceil(list.data.total / PAGE_SIZE)) : 1;

  return (
    <Stack>
      <Title order={1}>{t('repairs.title')}</Title>
      <Group gap="sm" align="flex-end">
        <NativeSelect
          label={t('common.status')}
          value={status ?? ''}
          onChange={(e) => set({ status: (e.currentTarget.value || null) as RepairStatus | null })}
          data={[{ value: '', label: t('repairs.allStatuses') }, ...REPAIR_STATUSES.map((s) => ({ value: s, label: t(`statuses.${s}`) }))]}
          data-testid="repairs-filter-status"
        />
        <NativeSelect
          label={t('repairs.kind')}
          value={kind ?? ''}
          onChange={(e) => set({ kind: (e.currentTarget.value || null) as RepairKind | null })}
          data={[{ value: '', label: t('repairs.allKinds') }, ...REPAIR_KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) }))]}
          data-testid="repairs-filter-kind"
        />
      </Group>
      {list.isPending && <Loading />}
      {list.isError && <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />}
      {list.data && list.data.items.length === 0 && (
        <Text c="dimmed" data-testid="repairs-table">
          {t('repairs.empty')}
        </Text>
      )}
      {list.data && list.data.items.length > 0 && (
        <Table.ScrollContainer minWidth={760}>
          <Table highlightOnHover data-testid="repairs-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('repairs.number')}</Table.Th>
                <Table.Th>{t('common.customer')}</Table.Th>
                <Table.Th>{t('repairs.kind')}</Table.Th>
                <Table.Th>{t('common.status')}</Table.Th>
                <Table.Th>{t('repairs.scheduled')}</Table.Th>
                <Table.Th>{t('repairs.technician')}</Table.Th>
                <Table.Th>{t('repairs.created')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.data.items.map((r) => (
                <Table.Tr key={r.id} data-testid="repair-row" data-repair-id={r.id} data-number={r.number}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    <Anchor component={Link} to={`/repairs/${r.id}`}>
                      {r.number}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{r.customerName}</Table.Td>
                  <Table.Td>
                    <RepairKindBadge kind={r.kind} />
                  </Table.Td>
                  <Table.Td>
                    <RepairStatusBadge status={r.status} />
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(r.scheduledStart, lang)}</Table.Td>
                  <Table.Td>{r.technicianId ? (names.get(r.technicianId) ?? '') : ''}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(r.createdAt, lang)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {pages > 1 && <Pager total={pages} value={page} onChange={(p) => set({ page: p })} />}
    </Stack>
  );
}
