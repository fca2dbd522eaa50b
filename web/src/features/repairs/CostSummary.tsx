import { Paper, Table, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '../../app/format';
import { currentLang } from '../../i18n';
import { hoursMinutes } from './dates';
import type { RepairOrderDetail } from './types';

/** What the repair cost us: labour at the recorded rates, parts at cost, travel. */
export function CostSummary({ repair }: { repair: RepairOrderDetail }) {
  const { t } = useTranslation('field');
  const c = repair.costs;
  const rows: [string, string, number][] = [
    ['labour', `${t('repairs.labourCost')} (${hoursMinutes(c.labourMinutes, currentLang())})`, c.labourCostCents],
    ['parts', t('repairs.partsCost'), c.partsCostCents],
    ['travel', t('repairs.travelCost'), c.travelCostCents],
  ];
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="repair-costs-title" data-testid="repair-costs">
      <Title order={2} size="h4" id="repair-costs-title" mb="xs">
        {t('repairs.costs')}
      </Title>
      <Table>
        <Table.Tbody>
          {rows.map(([key, label, cents]) => (
            <Table.Tr key={key}>
              <Table.Td>{label}</Table.Td>
              <Table.Td ta="right">{formatMoney(cents)}</Table.Td>
            </Table.Tr>
          ))}
          <Table.Tr fw={700}>
            <Table.Td>{t('repairs.totalCost')}</Table.Td>
            <Table.Td ta="right" data-testid="repair-total-cost" data-cents={c.totalCostCents}>
              {formatMoney(c.totalCostCents)}
            </Table.Td>
          </Table.Tr>
        </Table.Tbody>
      </Table>
    </Paper>
  );
}
