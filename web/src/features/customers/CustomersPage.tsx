import { Anchor, Badge, Button, Group, Select, Stack, Table, Text, TextInput, Title, UnstyledButton } from '@mantine/core';
import { useDebouncedValue, useDisclosure } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { qs } from '../../app/api';
import { formatNumber } from '../../app/format';
import { canManage, useMe } from '../../app/session';
import { ErrorAlert, Loading, Pager } from '../../app/ui';
import { type CustomerSort, customerQuery, useCustomers } from './api';
import { CustomerFormModal } from './CustomerFormModal';
import type { CustomerKind } from './types';

const PAGE_SIZE = 25;
const SORTS: { value: CustomerSort; key: string }[] = [
  { value: 'name', key: 'sortName' },
  { value: '-name', key: 'sortNameDesc' },
  { value: '-created', key: 'sortCreatedDesc' },
  { value: 'created', key: 'sortCreated' },
];

export function CustomersPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const me = useMe();
  const [search, setSearch] = useState('');
  const [segmentText, setSegmentText] = useState('');
  const [q] = useDebouncedValue(search, 300);
  const [segment] = useDebouncedValue(segmentText, 300);
  const [kind, setKind] = useState<CustomerKind | null>(null);
  const [sort, setSort] = useState<CustomerSort>('name');
  const [page, setPage] = useState(1);
  const [opened, { open, close }] = useDisclosure(false);
  const customers = useCustomers({ q, segment, kind, sort, page, pageSize: PAGE_SIZE });
  const pages = customers.data ? Math.max(1, Math.ceil(customers.data.total / customers.data.pageSize)) : 1;
  const reset = <T,>(fn: (v: T) => void) => (v: T) => {
    fn(v);
    setPage(1);
  };
  const nameSort = sort === 'name' ? '▲' : sort === '-name' ? '▼' : '';

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>{t('customers.title')}</Title>
        <Group>
          {canManage(me.data?.role) && (
            <Anchor href={`/api/v1/customers/export.csv${qs(customerQuery({ q, segment, kind }))}`} download data-testid="customers-export">
              {t('customers.export')}
            </Anchor>
          )}
          <Button onClick={open} data-testid="customers-new">
            {t('customers.new')}
          </Button>
        </Group>
      </Group>
      <Group align="flex-end">
        <TextInput
          label={t('customers.search')}
          placeholder={t('customers.searchPlaceholder')}
          type="search"
          value={search}
          onChange={(e) => reset(setSearch)(e.currentTarget.value)}
          data-testid="customers-search"
          w={360}
        />
        <Select
          label={t('customers.kind')}
          placeholder={t('customers.allKinds')}
          data={(['person', 'business'] as const).map((k) => ({ value: k, label: t(`customers.kinds.${k}`) }))}
          value={kind}
          onChange={(v) => reset(setKind)(v as CustomerKind | null)}
          clearable
          data-testid="customers-kind-filter"
          w={180}
        />
        <TextInput
          label={t('customers.segment')}
          value={segmentText}
          onChange={(e) => reset(setSegmentText)(e.currentTarget.value)}
          data-testid="customers-segment-filter"
          w={180}
        />
        <Select
          label={t('customers.sort')}
          data={SORTS.map((s) => ({ value: s.value, label: t(`customers.${s.key}`) }))}
          value={sort}
          onChange={(v) => v && reset(setSort)(v as CustomerSort)}
          allowDeselect={false}
          w={180}
        />
      </Group>
      {customers.isPending ? (
        <Loading />
      ) : customers.isError ? (
        <ErrorAlert error={customers.error} onRetry={() => void customers.refetch()} />
      ) : (
        <>
          <Table.ScrollContainer minWidth={800}>
            <Table striped highlightOnHover data-testid="customers-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th aria-sort={sort === 'name' ? 'ascending' : sort === '-name' ? 'descending' : 'none'}>
                    <UnstyledButton fw={700} fz="sm" onClick={() => reset(setSort)(sort === 'name' ? '-name' : 'name')} data-testid="customers-sort-name">
                      {t('common.name')} {nameSort}
                    </UnstyledButton>
                  </Table.Th>
                  <Table.Th>{t('customers.city')}</Table.Th>
                  <Table.Th>{t('customers.address')}</Table.Th>
                  <Table.Th>{t('customers.email')}</Table.Th>
                  <Table.Th>{t('customers.phone')}</Table.Th>
                  <Table.Th>{t('customers.segment')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {customers.data.items.map((c) => (
                  <Table.Tr key={c.id} onClick={() => navigate(`/customers/${c.id}`)} style={{ cursor: 'pointer' }}>
                    <Table.Td>
                      <Anchor component={Link} to={`/customers/${c.id}`} onClick={(e) => e.stopPropagation()}>
                        {c.name}
                      </Anchor>{' '}
                      {c.kind === 'business' && (
                        <Badge size="xs" variant="light" color="grape">
                          {t('customers.kinds.business')}
                        </Badge>
                      )}
                    </Table.Td>
                    <Table.Td>{c.city}</Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{[c.postcode, c.houseNumber].filter((v) => v !== null).join(' ')}</Table.Td>
                    <Table.Td>{c.email}</Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{c.phone}</Table.Td>
                    <Table.Td>{c.segment}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {customers.data.items.length === 0 && <Text c="dimmed">{t('customers.empty')}</Text>}
          <Group justify="space-between">
            <Text size="sm" c="dimmed" data-testid="customers-total">
              {t('customers.total', { total: formatNumber(customers.data.total) })}
            </Text>
            <Pager total={pages} value={page} onChange={setPage} />
          </Group>
        </>
      )}
      <CustomerFormModal opened={opened} onClose={close} onSaved={(c) => navigate(`/customers/${c.id}`)} />
    </Stack>
  );
}
