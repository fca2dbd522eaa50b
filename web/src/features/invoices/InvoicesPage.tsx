import { Button, Group, Select, Stack, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { canManage, useMe } from '../../app/session';
import { useInvoices } from './api';
import { InvoicesTable } from './InvoicesTable';

const FILTERS = {
  status: ['draft', 'issued'],
  kind: ['invoice', 'credit_note'],
  paymentStatus: ['open', 'partial', 'paid'],
} as const;
const BADGE = { status: 'invoice', kind: 'kind', paymentStatus: 'payment' } as const;
const PLACEHOLDER = { status: 'common.allStatuses', kind: 'invoices.allKinds', paymentStatus: 'invoices.allPayments' } as const;
type Filter = keyof typeof FILTERS;

/** Invoices and credit notes, filtered by status, kind and payment status, or found by number. */
export function InvoicesPage() {
  const { t } = useTranslation('sales');
  const [filter, setFilter] = useState<Record<Filter, string | null>>({ status: null, kind: null, paymentStatus: null });
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 300);
  const [page, setPage] = useState(1);
  const invoices = useInvoices({ ...filter, q, page });
  const role = useMe().data?.role;
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>{t('invoices.title')}</Title>
        {canManage(role) && (
          <Button component={Link} to="/invoices/bank" variant="light" data-testid="invoices-bank">
            {t('invoices.bank')}
          </Button>
        )}
      </Group>
      <Group align="flex-end">
        <TextInput
          label={t('invoices.number')}
          type="search"
          value={search}
          onChange={(e) => {
            setSearch(e.currentTarget.value);
            setPage(1);
          }}
          w={200}
          data-testid="invoices-search"
        />
        {(Object.keys(FILTERS) as Filter[]).map((f) => (
          <Select
            key={f}
            label={t(f === 'status' ? 'common.status' : `invoices.${f}`)}
            placeholder={t(PLACEHOLDER[f])}
            data={FILTERS[f].map((v) => ({ value: v, label: t(`status.${BADGE[f]}.${v}`) }))}
            value={filter[f]}
            onChange={(v) => {
              setFilter((cur) => ({ ...cur, [f]: v }));
              setPage(1);
            }}
            clearable
            w={200}
            data-testid={`invoices-filter-${f}`}
          />
        ))}
      </Group>
      <InvoicesTable query={invoices} page={page} onPage={setPage} />
    </Stack>
  );
}
