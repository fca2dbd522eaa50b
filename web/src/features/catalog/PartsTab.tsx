import { Badge, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '../../app/format';
import { ErrorAlert, Loading } from '../../app/ui';
import { useLocations, useParts } from './api';
import { LocationModal } from './LocationModal';
import { formatPercent, nameOf } from './money';
import { PartFormModal } from './PartFormModal';
import { ReceiptModal } from './ReceiptModal';
import type { Part } from './types';

type Dialog = { kind: 'form'; part: Part | null } | { kind: 'stock'; part: Part } | { kind: 'location' } | null;

/** Parts with cost, price, margin and stock per location; goods in and stock locations. */
export function PartsTab() {
  const { t } = useTranslation('catalog');
  const parts = useParts();
  const locations = useLocations();
  const [dialog, setDialog] = useState<Dialog>(null);
  const close = () => setDialog(null);

  if (parts.isPending || locations.isPending) return <Loading />;
  if (parts.isError) return <ErrorAlert error={parts.error} onRetry={() => void parts.refetch()} />;
  if (locations.isError) return <ErrorAlert error={locations.error} onRetry={() => void locations.refetch()} />;

  return (
    <Stack>
      <Group justify="flex-end">
        <Button onClick={() => setDialog({ kind: 'form', part: null })} data-testid="part-new">
          {t('parts.new')}
        </Button>
      </Group>
      <Table.ScrollContainer minWidth={900}>
        <Table striped highlightOnHover data-testid="parts-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('fields.sku')}</Table.Th>
              <Table.Th>{t('fields.name')}</Table.Th>
              <Table.Th ta="right">{t('fields.cost')}</Table.Th>
              <Table.Th ta="right">{t('fields.price')}</Table.Th>
              <Table.Th ta="right">{t('fields.margin')}</Table.Th>
              <Table.Th>{t('parts.stock')}</Table.Th>
              <Table.Th ta="right">{t('parts.total')}</Table.Th>
              <Table.Th>{t('fields.active')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {parts.data.items.map((p) => (
              <Table.Tr key={p.id} data-testid="part-row" data-sku={p.sku}>
                <Table.Td>{p.sku}</Table.Td>
                <Table.Td>{nameOf(p)}</Table.Td>
                <Table.Td ta="right">{formatMoney(p.costCents)}</Table.Td>
                <Table.Td ta="right">{formatMoney(p.priceCents)}</Table.Td>
                <Table.Td ta="right" c={p.marginCents < 0 ? 'red' : undefined}>
                  {formatMoney(p.marginCents)} ({formatPercent(p.marginPercent)})
                </Table.Td>
                <Table.Td data-testid="part-stock">
                  {p.stock.length === 0 ? (
                    <Text size="sm" c="dimmed">
                      {t('parts.noStock')}
                    </Text>
                  ) : (
                    p.stock.map((s) => (
                      <Text key={s.locationId} size="sm" data-location-id={s.locationId} data-quantity={s.quantity}>
                        {s.locationName}: {s.quantity}
                      </Text>
                    ))
                  )}
                </Table.Td>
                <Table.Td ta="right" data-testid="part-total" data-quantity={p.totalQuantity}>
                  {p.totalQuantity}
                </Table.Td>
                <Table.Td>
                  <Badge color={p.active ? 'green' : 'gray'} variant="light">
                    {p.active ? t('common.yes') : t('common.no')}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  <Group gap={4} wrap="nowrap">
                    <Button size="xs" variant="subtle" onClick={() => setDialog({ kind: 'form', part: p })} data-testid="part-edit">
                      {t('common.edit')}
                    </Button>
                    <Button size="xs" variant="light" onClick={() => setDialog({ kind: 'stock', part: p })} data-testid="part-receive">
                      {t('stock.action')}
                    </Button>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {parts.data.items.length === 0 && <Text c="dimmed">{t('parts.empty')}</Text>}

      <Group justify="space-between" mt="md">
        <Title order={3}>{t('locations.title')}</Title>
        <Button variant="light" onClick={() => setDialog({ kind: 'location' })} data-testid="location-new">
          {t('locations.new')}
        </Button>
      </Group>
      <Table data-testid="locations-list">
        <Table.Tbody>
          {locations.data.items.map((l) => (
            <Table.Tr key={l.id} data-testid="location-row" data-kind={l.kind}>
              <Table.Td>{l.name}</Table.Td>
              <Table.Td>{t(`locationKinds.${l.kind}`)}</Table.Td>
              <Table.Td>{!l.active && <Badge color="gray">{t('locations.inactive')}</Badge>}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {locations.data.items.length === 0 && <Text c="dimmed">{t('stock.noLocations')}</Text>}

      {dialog?.kind === 'form' && <PartFormModal part={dialog.part} onClose={close} />}
      {dialog?.kind === 'stock' && <ReceiptModal part={dialog.part} locations={locations.data.items} onClose={close} />}
      {dialog?.kind === 'location' && <LocationModal onClose={close} />}
    </Stack>
  );
}
