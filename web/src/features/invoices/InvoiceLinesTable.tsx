import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '../../app/format';
import { percentOf } from '../sales/money';
import type { InvoiceLine } from './types';

const right = { textAlign: 'right' } as const;

export function InvoiceLinesTable({ lines }: { lines: InvoiceLine[] }) {
  const { t } = useTranslation('sales');
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped data-testid="invoice-lines">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('common.description')}</Table.Th>
            <Table.Th style={right}>{t('common.quantity')}</Table.Th>
            <Table.Th style={right}>{t('invoices.unitPrice')}</Table.Th>
            <Table.Th style={right}>{t('orders.vatRate')}</Table.Th>
            <Table.Th style={right}>{t('invoices.lineNet')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {lines.map((l) => (
            <Table.Tr key={l.id} data-testid="invoice-line">
              <Table.Td>
                <Text size="sm">{l.description}</Text>
                <Text size="xs" c="dimmed">
                  {t(`lineKinds.${l.kind}`, { defaultValue: l.kind })}
                </Text>
              </Table.Td>
              <Table.Td style={right}>{l.quantity}</Table.Td>
              <Table.Td style={right}>{formatMoney(l.unitPriceCents)}</Table.Td>
              <Table.Td style={right}>{percentOf(l.vatPercentBp)}</Table.Td>
              <Table.Td style={right}>{formatMoney(l.netCents)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
