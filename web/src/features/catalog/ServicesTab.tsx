import { Badge, Button, Group, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '../../app/format';
import { ErrorAlert, Loading } from '../../app/ui';
import { useServices, useSettings, useVatRates } from './api';
import { currentRate, formatPercent, nameOf, percentOf, todayInAmsterdam } from './money';
import { ServiceFormModal } from './ServiceFormModal';
import type { Service } from './types';

/** The services (diensten) with price, VAT, standard cost and margin. */
export function ServicesTab() {
  const { t } = useTranslation('catalog');
  const services = useServices();
  const settings = useSettings();
  const rates = useVatRates();
  const [editing, setEditing] = useState<Service | 'new' | null>(null);
  const today = todayInAmsterdam();

  if (services.isPending || settings.isPending) return <Loading />;
  if (services.isError) return <ErrorAlert error={services.error} onRetry={() => void services.refetch()} />;
  if (settings.isError) return <ErrorAlert error={settings.error} onRetry={() => void settings.refetch()} />;
  const vat = (s: Service) => {
    const rate = currentRate(rates.data?.items ?? [], s.vatCode, today);
    return rate ? percentOf(rate.percentBp) : t(`vatCodes.${s.vatCode}`);
  };

  return (
    <Stack>
      <Group justify="space-between">
        <Text c="dimmed" size="sm">
          {t('services.hint', { rate: formatMoney(settings.data.labourCostPerHourCents) })}
        </Text>
        <Button onClick={() => setEditing('new')} data-testid="service-new">
          {t('services.new')}
        </Button>
      </Group>
      <Table.ScrollContainer minWidth={900}>
        <Table striped highlightOnHover data-testid="services-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('fields.code')}</Table.Th>
              <Table.Th>{t('fields.name')}</Table.Th>
              <Table.Th>{t('fields.kind')}</Table.Th>
              <Table.Th ta="right">{t('fields.price')}</Table.Th>
              <Table.Th>{t('fields.vat')}</Table.Th>
              <Table.Th ta="right">{t('fields.standardCost')}</Table.Th>
              <Table.Th ta="right">{t('fields.margin')}</Table.Th>
              <Table.Th ta="right">{t('fields.marginPercent')}</Table.Th>
              <Table.Th ta="right">{t('fields.duration')}</Table.Th>
              <Table.Th>{t('fields.active')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {services.data.items.map((s) => (
              <Table.Tr key={s.id} data-testid="service-row" data-code={s.code}>
                <Table.Td>{s.code}</Table.Td>
                <Table.Td>{nameOf(s)}</Table.Td>
                <Table.Td>{t(`kinds.${s.kind}`)}</Table.Td>
                <Table.Td ta="right">{formatMoney(s.priceCents)}</Table.Td>
                <Table.Td>{vat(s)}</Table.Td>
                <Table.Td ta="right">{formatMoney(s.standardCostCents)}</Table.Td>
                <Table.Td ta="right" c={s.marginCents < 0 ? 'red' : undefined} data-testid="service-margin">
                  {formatMoney(s.marginCents)}
                </Table.Td>
                <Table.Td ta="right">{formatPercent(s.marginPercent)}</Table.Td>
                <Table.Td ta="right">{t('services.minutes', { count: s.durationMinutes })}</Table.Td>
                <Table.Td>
                  <Badge color={s.active ? 'green' : 'gray'} variant="light">
                    {s.active ? t('common.yes') : t('common.no')}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  <Button size="xs" variant="subtle" onClick={() => setEditing(s)} data-testid="service-edit">
                    {t('common.edit')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {services.data.items.length === 0 && <Text c="dimmed">{t('services.empty')}</Text>}
      {editing && (
        <ServiceFormModal service={editing === 'new' ? null : editing} labourRate={settings.data.labourCostPerHourCents} onClose={() => setEditing(null)} />
      )}
    </Stack>
  );
}
