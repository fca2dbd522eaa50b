import { Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime, formatMoney, formatNumber } from '../../app/format';
import { currentLang } from '../../i18n';
import { namesOf, usePeople } from '../cases/people';
import { partName } from '../technician/PartsSection';
import { useCatalogParts } from './api';
import type { RepairOrderDetail } from './types';

/** Time entries, parts used and travel, as recorded on the order; money columns only for those who see costs. */
export function WorkRecords({ repair, showCosts }: { repair: RepairOrderDetail; showCosts: boolean }) {
  const { t } = useTranslation('field');
  const lang = currentLang();
  const names = namesOf(usePeople());
  const parts = new Map((useCatalogParts().data?.items ?? []).map((p) => [p.id, p]));
  return (
    <Paper withBorder p="md" component="section">
      <Stack gap="md">
        <Title order={2} size="h4">
          {t('repairs.time')}
        </Title>
        {repair.timeEntries.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('repairs.nothing')}
          </Text>
        ) : (
          <Table data-testid="repair-time-entries">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('repairs.when')}</Table.Th>
                <Table.Th>{t('repairs.who')}</Table.Th>
                <Table.Th ta="right">{t('repairs.minutes')}</Table.Th>
                {showCosts && <Table.Th ta="right">{t('repairs.cost')}</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {repair.timeEntries.map((e) => (
                <Table.Tr key={e.id}>
                  <Table.Td>{formatDateTime(e.createdAt, lang)}</Table.Td>
                  <Table.Td>
                    {names.get(e.userId) ?? ''}
                    {e.note ? <Text size="xs" c="dimmed">{e.note}</Text> : null}
                  </Table.Td>
                  <Table.Td ta="right">{e.minutes}</Table.Td>
                  {showCosts && <Table.Td ta="right">{formatMoney(e.costCents)}</Table.Td>}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        <Title order={2} size="h4">
          {t('repairs.parts')}
        </Title>
        {repair.parts.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('repairs.nothing')}
          </Text>
        ) : (
          <Table data-testid="repair-parts">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('repairs.part')}</Table.Th>
                <Table.Th ta="right">{t('repairs.quantity')}</Table.Th>
                {showCosts && <Table.Th ta="right">{t('repairs.unitCost')}</Table.Th>}
                <Table.Th ta="right">{t('repairs.unitPrice')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {repair.parts.map((p) => {
                const part = parts.get(p.partId);
                return (
                  <Table.Tr key={p.id}>
                    <Table.Td>{part ? `${partName(part, lang)} (${part.sku})` : p.partId}</Table.Td>
                    <Table.Td ta="right">{p.quantity}</Table.Td>
                    {showCosts && <Table.Td ta="right">{formatMoney(p.unitCostCents)}</Table.Td>}
                    <Table.Td ta="right">{formatMoney(p.unitPriceCents)}</Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        )}
        <Title order={2} size="h4">
          {t('repairs.travel')}
        </Title>
        <Text size="sm" data-testid="repair-travel">
          {repair.travelKm === null ? t('repairs.nothing') : t('common.km', { km: formatNumber(repair.travelKm) })}
          {showCosts && repair.travelKm !== null ? ` · ${formatMoney(repair.travelCostCents)}` : ''}
        </Text>
      </Stack>
    </Paper>
  );
}
