import { Anchor, Badge, Group, Table, Text } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatMoney } from '../../app/format';
import type { Page } from '../../app/types';
import { ErrorAlert, Loading, Pager } from '../../app/ui';
import { formatPlainDate } from '../sales/dates';
import { StatusBadge } from '../sales/StatusBadge';
import type { InvoiceSummary } from './types';

const right = { textAlign: 'right' } as const;

export function InvoicesTable({ query, page, onPage }: { query: UseQueryResult<Page<InvoiceSummary>>; page: number; onPage: (p: number) => void }) {
  const { t } = useTranslation('sales');
  if (query.isPending) return <Loading />;
  if (query.isError) return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  const pages = Math.max(1, Math.ceil(query.data.total / query.data.pageSize));
  return (
    <>
      <Table.ScrollContainer minWidth={900}>
        <Table striped highlightOnHover data-testid="invoices-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('invoices.number')}</Table.Th>
              <Table.Th>{t('invoices.date')}</Table.Th>
              <Table.Th>{t('invoices.customer')}</Table.Th>
              <Table.Th>{t('invoices.kind')}</Table.Th>
              <Table.Th>{t('common.status')}</Table.Th>
              <Table.Th style={right}>{t('invoices.gross')}</Table.Th>
              <Table.Th style={right}>{t('invoices.open')}</Table.Th>
              <Table.Th>{t('invoices.paymentStatus')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {query.data.items.map((i) => (
              <Table.Tr key={i.id} data-testid="invoice-row" data-number={i.number ?? ''} data-status={i.status}>
                <Table.Td>
                  <Anchor component={Link} to={`/invoices/${i.id}`} fw={600}>
                    {i.number ?? t('invoices.concept')}
                  </Anchor>
                </Table.Td>
                <Table.Td>{formatPlainDate(i.issueDate)}</Table.Td>
                <Table.Td>{i.customerName}</Table.Td>
                <Table.Td>
                  <StatusBadge kind="kind" status={i.kind} />
                </Table.Td>
                <Table.Td>
                  <StatusBadge kind="invoice" status={i.status} />
                </Table.Td>
                <Table.Td style={right}>{formatMoney(i.grossCents)}</Table.Td>
                <Table.Td style={right}>{formatMoney(i.openCents)}</Table.Td>
                <Table.Td>
                  {i.status === 'issued' && i.kind === 'invoice' && (
                    <Group gap={4} wrap="nowrap">
                      <StatusBadge kind="payment" status={i.paymentStatus} />
                      {i.overdue && (
                        <Badge color="red" variant="filled" size="sm" data-testid="invoice-overdue">
                          {t('invoices.overdue')}
                        </Badge>
                      )}
                    </Group>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {query.data.items.length === 0 && <Text c="dimmed">{t('invoices.empty')}</Text>}
      {pages > 1 && <Pager total={pages} value={page} onChange={onPage} />}
    </>
  );
}
