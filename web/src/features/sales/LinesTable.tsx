import { Badge, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '../../app/format';
import { percentOf } from './money';
import type { Line } from './types';

const right = { textAlign: 'right' } as const;

/** Lines of a quote or order: catalog price against what the customer pays, warranty, VAT; cost only for managers. */
export function LinesTable({ lines, showCost }: { lines: Line[]; showCost: boolean }) {
  const { t } = useTranslation('sales');
  if (lines.length === 0) return <Text c="dimmed">{t('orders.noLines')}</Text>;
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped data-testid="sales-lines">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('common.description')}</Table.Th>
            <Table.Th style={right}>{t('common.quantity')}</Table.Th>
            <Table.Th style={right}>{t('orders.listPrice')}</Table.Th>
            <Table.Th style={right}>{t('orders.unitPrice')}</Table.Th>
            <Table.Th style={right}>{t('orders.vatRate')}</Table.Th>
            <Table.Th style={right}>{t('orders.lineNet')}</Table.Th>
            {showCost && <Table.Th style={right}>{t('orders.unitCost')}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {lines.map((l) => (
            <Table.Tr key={l.id} data-testid="sales-line" data-kind={l.kind} data-warranty={l.warrantyCovered ? 'covered' : 'none'}>
              <Table.Td>
                <Text size="sm">{l.description}</Text>
                <Text size="xs" c="dimmed">
                  {t(`lineKinds.${l.kind}`)}
                  {l.serviceKind && l.kind === 'service' ? ` · ${t(`kinds.${l.serviceKind}`, { defaultValue: l.serviceKind })}` : ''}
                </Text>
                {l.warrantyCovered && (
                  <Badge size="xs" color="green" variant="light" data-testid="line-warranty">
                    {t('orders.warranty')}
                  </Badge>
                )}
              </Table.Td>
              <Table.Td style={right}>{l.quantity}</Table.Td>
              <Table.Td style={right}>
                <Text size="sm" td={l.listPriceCents !== l.unitPriceCents ? 'line-through' : undefined} c={l.listPriceCents !== l.unitPriceCents ? 'dimmed' : undefined}>
                  {formatMoney(l.listPriceCents)}
                </Text>
              </Table.Td>
              <Table.Td style={right}>{formatMoney(l.unitPriceCents)}</Table.Td>
              <Table.Td style={right}>{percentOf(l.vatPercentBp)}</Table.Td>
              <Table.Td style={right}>{formatMoney(l.netCents)}</Table.Td>
              {showCost && <Table.Td style={right}>{formatMoney(l.unitCostCents)}</Table.Td>}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
