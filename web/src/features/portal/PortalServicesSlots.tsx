import { Badge, Button, Group, ScrollArea, Stack, Text, UnstyledButton } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '../../app/format';
import { currentLang } from '../../i18n';
import { addDays, clockOf, dayLabel, today } from '../repairs/dates';
import { PortalError, PortalLoading } from './PortalLayout';
import { type Slot, usePortalSlots } from './PortalServicesApi';

export interface SlotChoice {
  templateId: string;
  date: string;
}

const SPAN = 14;
const TYPE_COLORS: Record<Slot['slotType'], string> = { day: 'teal', evening: 'indigo', saturday: 'grape' };

export const slotText = (s: Pick<Slot, 'date' | 'startsAt' | 'endsAt'>, lang: 'nl' | 'en', t: (k: string, o?: Record<string, unknown>) => string) =>
  t('slots.option', { day: dayLabel(s.date, lang, 'long'), from: clockOf(s.startsAt), to: clockOf(s.endsAt) });

/**
 * Free time slots of a service, grouped by day, each with its full price and any evening or Saturday surcharge
 * visible before the customer chooses. A radio group: arrow keys are not needed, every option is a button.
 */
export function SlotPicker({ serviceId, value, onChange }: { serviceId: string; value: SlotChoice | null; onChange: (c: SlotChoice, slot: Slot) => void }) {
  const { t } = useTranslation('portalServices');
  const lang = currentLang();
  const [from, setFrom] = useState(() => today());
  const to = addDays(from, SPAN - 1);
  const slots = usePortalSlots(serviceId, from, to);
  const items = (slots.data?.items ?? []).filter((s) => s.free >= Math.max(1, s.units));
  const days = [...new Set(items.map((s) => s.date))].sort();
  const isChosen = (s: Slot) => value?.templateId === s.templateId && value.date === s.date;

  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {t('quotes.slotHint')}
      </Text>
      {slots.isPending && <PortalLoading />}
      {slots.isError && <PortalError error={slots.error} onRetry={() => void slots.refetch()} />}
      {slots.data && items.length === 0 && <Text size="sm">{t('quotes.noSlots')}</Text>}
      <ScrollArea.Autosize mah="50vh" type="auto" offsetScrollbars>
      <Stack gap="md" role="radiogroup" aria-label={t('slots.legend')} data-testid="portal-slots">
        {days.map((day) => (
          <Stack key={day} gap={6}>
            <Text fw={600} size="sm">
              {dayLabel(day, lang, 'long')}
            </Text>
            {items
              .filter((s) => s.date === day)
              .sort((a, b) => a.startsAt.localeCompare(b.startsAt))
              .map((s) => (
                <UnstyledButton
                  key={`${s.templateId}:${s.date}`}
                  role="radio"
                  aria-checked={isChosen(s)}
                  onClick={() => onChange({ templateId: s.templateId, date: s.date }, s)}
                  data-testid="portal-slot-option"
                  data-template-id={s.templateId}
                  data-date={s.date}
                  data-slot-type={s.slotType}
                  data-total={s.totalPriceCents}
                  p="sm"
                  style={{ border: `2px solid var(--mantine-color-${isChosen(s) ? 'teal-6' : 'gray-3'})`, borderRadius: 8, background: isChosen(s) ? 'var(--mantine-color-teal-0)' : 'white' }}
                >
                  <Group justify="space-between" wrap="wrap" gap="xs">
                    <Group gap="xs">
                      <Text fw={600}>
                        {clockOf(s.startsAt)} – {clockOf(s.endsAt)}
                      </Text>
                      <Badge color={TYPE_COLORS[s.slotType]} variant="light" size="sm">
                        {t(`slots.types.${s.slotType}`)}
                      </Badge>
                    </Group>
                    <Text fw={700} data-testid="portal-slot-price">
                      {formatMoney(s.totalPriceCents)}{' '}
                      <Text span size="xs" fw={400} c="dimmed">
                        {t('slots.exclVat')}
                      </Text>
                    </Text>
                  </Group>
                  <Text size="xs" c={s.surchargeCents > 0 ? 'orange.8' : 'dimmed'} data-testid="portal-slot-surcharge" data-cents={s.surchargeCents}>
                    {t('slots.base', { price: formatMoney(s.basePriceCents) })} {s.surchargeCents > 0 ? t('slots.surcharge', { price: formatMoney(s.surchargeCents) }) : `· ${t('slots.noSurcharge')}`}
                  </Text>
                </UnstyledButton>
              ))}
          </Stack>
        ))}
      </Stack>
      </ScrollArea.Autosize>
      <Group justify="space-between">
        <Button variant="subtle" size="xs" disabled={from <= today()} onClick={() => setFrom(addDays(from, -SPAN))}>
          ‹ {t('slots.earlier')}
        </Button>
        <Button variant="subtle" size="xs" onClick={() => setFrom(addDays(from, SPAN))}>
          {t('slots.later')} ›
        </Button>
      </Group>
    </Stack>
  );
}
