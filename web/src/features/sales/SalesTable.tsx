import { Anchor, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate, formatMoney } from '../../app/format';
import { ErrorAlert, Loading, Pager } from '../../app/ui';
import { currentLang } from '../../i18n';
import { useOrders, useQuotes } from './api';
import { formatPlainDate } from './dates';
import { StatusBadge } from './StatusBadge';
import type { Order, Quote } from './types';

interface Props {
  kind: 'quote' | 'order';
  status: string | null;
  page: number;
  onPage: (page: number) => void;
}

const right = { textAlign: 'right' } as const;

/** A page of quotes or orders. */
export function SalesTable({ kind, status, page, onPage }: Props) {
  const { t } = useTranslation('sales');
  const quotes = useQuotes(status, page, kind === 'quote');
  const orders = useOrders(status, page, kind === 'order');
  const q = kind === 'quote' ? quotes : orders;
  if (q.isPending) return <Loading />;
  if (q.isError) return <ErrorAlert error={q.error} onRetry={() => void q.refetch()} />;
  const pages = Math.max(1, Math.ceil(q.data.total / q.data.pageSize));
  const items = q.data.items as (Quote | Order)[];
  return (
    <>
      <Table.ScrollContainer minWidth={720}>
        <Table striped highlightOnHover data-testid={kind === 'quote' ? 'quotes-table' : 'orders-table'}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('common.number')}</Table.Th>
              <Table.Th>{t('common.status')}</Table.Th>
              <Table.Th>{t('orders.created')}</Table.Th>
              <Table.Th>{kind === 'quote' ? t('orders.validUntil') : t('orders.invoices')}</Table.Th>
              <Table.Th>{t('common.case')}</Table.Th>
              <Table.Th style={right}>{t('orders.gross')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((d) => (
              <Table.Tr key={d.id} data-testid="sales-list-row" data-number={d.number} data-status={d.status}>
                <Table.Td>
                  <Anchor component={Link} to={`/${kind === 'quote' ? 'quotes' : 'orders'}/${d.id}`} fw={600}>
                    {d.number}
                  </Anchor>
                </Table.Td>
                <Table.Td>
                  <StatusBadge kind={kind} status={d.status} />
                </Table.Td>
                <Table.Td>{formatDate(d.createdAt, currentLang())}</Table.Td>
                <Table.Td>
                  {'validUntil' in d ? (
                    formatPlainDate(d.validUntil)
                  ) : d.invoiceId ? (
                    <Anchor component={Link} to={`/invoices/${d.invoiceId}`} size="sm">
                      {t('status.kind.invoice')}
                    </Anchor>
                  ) : null}
                </Table.Td>
                <Table.Td>
                  <Anchor component={Link} to={`/cases/${d.caseId}`} size="sm">
                    {t('common.case')}
                  </Anchor>
                </Table.Td>
                <Table.Td style={right}>{formatMoney(d.totals.grossCents)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {items.length === 0 && <Text c="dimmed">{t('orders.empty')}</Text>}
      <Group justify="space-between">
        <Text size="sm" c="dimmed">
          {q.data.total}
        </Text>
        {pages > 1 && <Pager total={pages} value={page} onChange={onPage} />}
      </Group>
    </>
  );
}
