import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '../../app/format';
import { percentOf } from './money';

export interface VatRow {
  vatCode: string;
  percentBp: number;
  netCents: number;
  vatCents: number;
}

interface Props {
  netCents: number;
  vatCents: number;
  grossCents: number;
  vat: VatRow[];
  /** Cost and margin: only for roles that may see them. */
  economics?: { costCents: number; marginCents: number } | null;
  testId?: string;
}

const right = { textAlign: 'right' } as const;

/** Totals with the VAT per rate as the server computed them (never recomputed here). */
export function TotalsTable({ netCents, vatCents, grossCents, vat, economics, testId }: Props) {
  const { t } = useTranslation('sales');
  const marginPct = economics && netCents !== 0 ? Math.round((economics.marginCents / netCents) * 1000) / 10 : null;
  return (
    <Table withRowBorders={false} w="auto" maw={480} ml="auto" data-testid={testId} aria-label={t('totals.vatSummary')}>
      <Table.Tbody>
        <Table.Tr>
          <Table.Td>{t('totals.net')}</Table.Td>
          <Table.Td style={right} data-testid="totals-net">
            {formatMoney(netCents)}
          </Table.Td>
        </Table.Tr>
        {vat.map((r) => (
          <Table.Tr key={`${r.vatCode}-${r.percentBp}`} data-testid="totals-vat-row" data-rate={r.percentBp}>
            <Table.Td>
              <Text size="sm" c="dimmed">
                {t('totals.vatLine', { percent: percentOf(r.percentBp), net: formatMoney(r.netCents) })}
              </Text>
            </Table.Td>
            <Table.Td style={right}>{formatMoney(r.vatCents)}</Table.Td>
          </Table.Tr>
        ))}
        <Table.Tr>
          <Table.Td>{t('totals.vat')}</Table.Td>
          <Table.Td style={right} data-testid="totals-vat">
            {formatMoney(vatCents)}
          </Table.Td>
        </Table.Tr>
        <Table.Tr style={{ borderTop: '1px solid var(--mantine-color-gray-4)' }}>
          <Table.Td fw={700}>{t('totals.gross')}</Table.Td>
          <Table.Td style={right} fw={700} data-testid="totals-gross">
            {formatMoney(grossCents)}
          </Table.Td>
        </Table.Tr>
        {economics && (
          <>
            <Table.Tr>
              <Table.Td c="dimmed">{t('orders.cost')}</Table.Td>
              <Table.Td style={right} c="dimmed" data-testid="totals-cost">
                {formatMoney(economics.costCents)}
              </Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Td c="dimmed">{t('orders.margin')}</Table.Td>
              <Table.Td style={right} c={economics.marginCents < 0 ? 'red' : 'dimmed'} data-testid="totals-margin">
                {formatMoney(economics.marginCents)}
                {marginPct !== null && ` (${marginPct.toLocaleString('nl-NL')}%)`}
              </Table.Td>
            </Table.Tr>
          </>
        )}
      </Table.Tbody>
    </Table>
  );
}
