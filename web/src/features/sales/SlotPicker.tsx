import { Alert, Group, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../app/ui';
import { useAvailability } from './api';
import { amsterdamToday, formatDay } from './dates';
import { salesProblem } from './problems';
import { SlotOption } from './SlotOption';
import type { Slot } from './types';

interface Props {
  serviceId: string;
  defaultPostcode: string;
  value: Slot | null;
  onChange: (slot: Slot | null) => void;
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const sameSlot = (a: Slot | null, b: Slot) => !!a && a.templateId === b.templateId && a.date === b.date;

/** Free slots for a service at a postcode, per day, with the full price before choosing. */
export function SlotPicker({ serviceId, defaultPostcode, value, onChange }: Props) {
  const { t } = useTranslation('sales');
  const [postcode, setPostcode] = useState(defaultPostcode);
  const [from, setFrom] = useState(amsterdamToday());
  const [to, setTo] = useState(amsterdamToday(13));
  const [pc] = useDebouncedValue(postcode.trim(), 300);
  const valid = pc.length >= 4 && /^\d{4}-\d{2}-\d{2}$/.test(from) && /^\d{4}-\d{2}-\d{2}$/.test(to);
  const slots = useAvailability(valid ? { serviceId, postcode: pc, from, to } : null);
  const days = new Map<string, Slot[]>();
  for (const s of slots.data?.items ?? []) days.set(s.date, [...(days.get(s.date) ?? []), s]);

  return (
    <Stack gap="sm" data-testid="slot-picker">
      <Title order={3} size="h5">
        {t('slots.title')}
      </Title>
      <Group align="flex-end">
        <TextInput label={t('slots.postcode')} value={postcode} onChange={(e) => setPostcode(e.currentTarget.value)} w={140} data-testid="slot-postcode" />
        <TextInput type="date" label={t('slots.from')} value={from} onChange={(e) => setFrom(e.currentTarget.value)} w={170} />
        <TextInput type="date" label={t('slots.to')} value={to} onChange={(e) => setTo(e.currentTarget.value)} w={170} />
      </Group>
      {!valid ? (
        <Text c="dimmed" size="sm">
          {t('slots.needPostcode')}
        </Text>
      ) : slots.isPending ? (
        <Loading />
      ) : slots.isError ? (
        <Alert color="red" role="alert">
          {salesProblem(slots.error, t)}
        </Alert>
      ) : days.size === 0 ? (
        <Alert color="gray">{t('slots.none')}</Alert>
      ) : (
        [...days.entries()].map(([date, list]) => (
          <Stack key={date} gap={6} data-testid="slot-day" data-date={date}>
            <Text fw={600} size="sm">
              {capitalise(formatDay(date))}
            </Text>
            <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="xs">
              {list.map((s) => (
                <SlotOption key={`${s.templateId}-${s.date}`} slot={s} selected={sameSlot(value, s)} onSelect={() => onChange(sameSlot(value, s) ? null : s)} />
              ))}
            </SimpleGrid>
          </Stack>
        ))
      )}
    </Stack>
  );
}
