import { Anchor, Group, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatMoney, formatNumber } from '../../app/format';
import { ErrorAlert, Loading, Pager } from '../../app/ui';
import { currentLang } from '../../i18n';
import { usePurchases } from './api';
import { Card } from './CustomerCards';

const PAGE_SIZE = 20;
const right = { textAlign: 'right' } as const;

export function Purchases({ customerId, canDownload }: { customerId: string; canDownload: boolean }) {
  const { t } = useTranslation();
  const lang = currentLang();
  const [page, setPage] = useState(1);
  const purchases = usePurchases(customerId, page, PAGE_SIZE);
  const pages = purchases.data ? Math.max(1, Math.ceil(purchases.data.total / purchases.data.pageSize)) : 1;
  const download = canDownload && (
    <Anchor href={`/api/v1/customers/${customerId}/purchases.csv`} download size="sm" data-testid="customer-purchases-csv">
      {t('purchases.download')}
    </Anchor>
  );
  return (
    <Card title={t('purchases.title')} action={download}>
      {purchases.isPending ? (
        <Loading />
      ) : purchases.isError ? (
        <ErrorAlert error={purchases.error} onRetry={() => void purchases.refetch()} />
      ) : (
        <div data-testid="customer-purchases">
          {purchases.data.totalsByYear.length > 0 && (
            <>
              <Title order={3} size="h5">
                {t('purchases.totals')}
              </Title>
              <Table withTableBorder mb="md" data-testid="customer-purchase-totals">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('purchases.year')}</Table.Th>
                    <Table.Th style={right}>{t('purchases.lines')}</Table.Th>
                    <Table.Th style={right}>{t('purchases.excl')}</Table.Th>
                    <Table.Th style={right}>{t('purchases.incl')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {purchases.data.totalsByYear.map((y) => (
                    <Table.Tr key={y.year}>
                      <Table.Td>{y.year}</Table.Td>
                      <Table.Td style={right}>{formatNumber(y.lines)}</Table.Td>
                      <Table.Td style={right}>{formatMoney(y.amountExclCents)}</Table.Td>
                      <Table.Td style={right}>{formatMoney(y.amountInclCents)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </>
          )}
          <Table.ScrollContainer minWidth={700}>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('purchases.date')}</Table.Th>
                  <Table.Th>{t('purchases.sku')}</Table.Th>
                  <Table.Th style={right}>{t('purchases.quantity')}</Table.Th>
                  <Table.Th style={right}>{t('purchases.excl')}</Table.Th>
                  <Table.Th style={right}>{t('purchases.incl')}</Table.Th>
                  <Table.Th>{t('purchases.channel')}</Table.Th>
                  <Table.Th>{t('purchases.orderRef')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {purchases.data.items.map((l) => (
                  <Table.Tr key={l.id}>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(l.saleDate, lang)}</Table.Td>
                    <Table.Td>{l.sku}</Table.Td>
                    <Table.Td style={right}>{formatNumber(l.quantity)}</Table.Td>
                    <Table.Td style={right}>{formatMoney(l.amountExclCents)}</Table.Td>
                    <Table.Td style={right}>{formatMoney(l.amountInclCents)}</Table.Td>
                    <Table.Td>{l.channel}</Table.Td>
                    <Table.Td>{l.orderRef}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {purchases.data.items.length === 0 && <Text c="dimmed">{t('purchases.empty')}</Text>}
          {pages > 1 && (
            <Group justify="space-between" mt="sm">
              <Text size="sm" c="dimmed">
                {t('common.total', { count: purchases.data.total })}
              </Text>
              <Pager total={pages} value={page} onChange={setPage} />
            </Group>
          )}
        </div>
      )}
    </Card>
  );
}
