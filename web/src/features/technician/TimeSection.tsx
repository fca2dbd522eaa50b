import { Button, Group, List, NumberInput, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLang } from '../../i18n';
import { useAddTime } from '../repairs/api';
import { clockOf, hoursMinutes } from '../repairs/dates';
import type { RepairOrderDetail } from '../repairs/types';
import { MutationError } from '../repairs/ui';
import { Section } from './Section';

/** Minutes worked, booked one entry at a time (with an optional note), and the total so far. */
export function TimeSection({ job, readOnly }: { job: RepairOrderDetail; readOnly: boolean }) {
  const { t } = useTranslation('field');
  const lang = currentLang();
  const add = useAddTime(job.id);
  const [minutes, setMinutes] = useState<number | ''>('');
  const [note, setNote] = useState('');
  const total = job.timeEntries.reduce((s, e) => s + e.minutes, 0);
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    if (typeof minutes !== 'number' || minutes < 1) return;
    add.mutate({ minutes, note: note.trim() || null }, {
      onSuccess: () => {
        setMinutes('');
        setNote('');
      },
    });
  };
  return (
    <Section title={t('job.time')} testId="job-time">
      {job.timeEntries.length > 0 && (
        <List size="sm" spacing={2}>
          {job.timeEntries.map((e) => (
            <List.Item key={e.id}>
              {clockOf(e.createdAt)} · {hoursMinutes(e.minutes, lang)}
              {e.note ? ` · ${e.note}` : ''}
            </List.Item>
          ))}
        </List>
      )}
      <Text size="sm" fw={600} data-testid="job-time-total" data-minutes={total}>
        {t('job.totalTime', { time: hoursMinutes(total, lang) })}
      </Text>
      {!readOnly && (
        <form onSubmit={submit}>
          <Group align="flex-end" gap="xs" wrap="wrap">
            <NumberInput
              label={t('job.minutes')}
              size="md"
              min={1}
              max={1440}
              allowDecimal={false}
              inputMode="numeric"
              value={minutes}
              onChange={(v) => setMinutes(typeof v === 'number' ? v : v === '' ? '' : Number(v))}
              data-testid="job-minutes"
              w={120}
            />
            <TextInput label={t('job.notes')} size="md" value={note} onChange={(e) => setNote(e.currentTarget.value)} style={{ flex: 1, minWidth: 140 }} maxLength={500} data-testid="job-time-note" />
            <Button type="submit" size="md" loading={add.isPending} disabled={typeof minutes !== 'number' || minutes < 1} data-testid="job-time-add">
              {t('job.addTime')}
            </Button>
          </Group>
          <MutationError error={add.error} />
        </form>
      )}
    </Section>
  );
}
