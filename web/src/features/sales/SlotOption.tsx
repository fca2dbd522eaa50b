import { Group, Paper, Stack, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '../../app/format';
import { formatDay, formatTime } from './dates';
import { StatusBadge } from './StatusBadge';
import type { Slot } from './types';

/** Places left for one booking of the service (minutes-mode slots count in technician minutes). */
export const placesLeft = (s: Slot) => Math.floor(s.free / Math.max(1, s.units));

/** The full price of a slot, surcharge spelled out: "€ 129,00 + € 24,95 avondtoeslag = € 153,95". */
export function SlotPrice({ slot }: { slot: Slot }) {
  const { t } = useTranslation('sales');
  const text =
    slot.surchargeCents > 0
      ? t('slots.price', {
          base: formatMoney(slot.basePriceCents),
          surcharge: formatMoney(slot.surchargeCents),
          label: t(`slots.surcharge.${slot.slotType}`),
          total: formatMoney(slot.totalPriceCents),
        })
      : formatMoney(slot.totalPriceCents);
  return (
    <Text size="sm" fw={600} data-testid="slot-price">
      {text}{' '}
      <Text span size="xs" c="dimmed" fw={400}>
        {t('slots.exclVat')}
      </Text>
    </Text>
  );
}

export const slotLabel = (s: Slot) => `${formatDay(s.date)} ${formatTime(s.startsAt)}–${formatTime(s.endsAt)}`;

/** One bookable slot as a toggle button: time window, slot type, full price and places left. */
export function SlotOption({ slot, selected, onSelect }: { slot: Slot; selected: boolean; onSelect: () => void }) {
  const { t } = useTranslation('sales');
  const places = placesLeft(slot);
  return (
    <UnstyledButton
      onClick={onSelect}
      disabled={places < 1}
      aria-pressed={selected}
      aria-label={t('slots.choose', { slot: slotLabel(slot) })}
      data-testid="slot-option"
      data-slot-type={slot.slotType}
      data-date={slot.date}
      data-template-id={slot.templateId}
      style={{ display: 'block', height: '100%' }}
    >
      <Paper withBorder p="sm" h="100%" bg={selected ? 'teal.0' : undefined} style={{ borderColor: selected ? 'var(--mantine-color-teal-6)' : undefined, borderWidth: selected ? 2 : 1 }}>
        <Stack gap={4}>
          <Group justify="space-between" wrap="nowrap">
            <Text fw={600}>
              {formatTime(slot.startsAt)}–{formatTime(slot.endsAt)}
            </Text>
            <StatusBadge kind="slot" status={slot.slotType} />
          </Group>
          <SlotPrice slot={slot} />
          <Text size="xs" c={places > 0 ? 'dimmed' : 'red'} data-testid="slot-free" data-free={places}>
            {t('slots.free', { count: places })}
          </Text>
        </Stack>
      </Paper>
    </UnstyledButton>
  );
}
