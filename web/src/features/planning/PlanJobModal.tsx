import { Button, Group, Modal, NativeSelect, NumberInput, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAssign } from '../repairs/api';
import { addMinutes, clockOf, dayOf, localInstant } from '../repairs/dates';
import type { BoardJob, BoardTechnician } from '../repairs/types';
import { MutationError } from '../repairs/ui';
import { durationOf } from './dnd';
import { windowText } from './JobCard';

/**
 * The keyboard- and touch-friendly way to plan: pick a technician, a day and a start time. Technicians who lack a
 * skill the service needs are marked, and the server's refusal is shown as it comes.
 */
export function PlanJobModal({ job, technicians, day, onClose }: { job: BoardJob; technicians: readonly BoardTechnician[]; day: string; onClose: () => void }) {
  const { t } = useTranslation('field');
  const assign = useAssign();
  const start = job.window?.start;
  const [technicianId, setTechnicianId] = useState(job.technicianId ?? technicians[0]?.id ?? '');
  const [date, setDate] = useState(start ? dayOf(start) : day);
  const [time, setTime] = useState(start ? clockOf(start) : '08:00');
  const [minutes, setMinutes] = useState<number>(durationOf(job));
  const lacks = (tech: BoardTechnician) => job.requiredSkills.filter((s) => !tech.skills.includes(s));
  const chosen = technicians.find((x) => x.id === technicianId);

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    if (!technicianId || !/^\d{4}-\d{2}-\d{2}$/.test(date) || !/^\d{2}:\d{2}/.test(time)) return;
    const scheduledStart = localInstant(date, time.slice(0, 5));
    assign.mutate(
      { id: job.id, technicianId, scheduledStart, scheduledEnd: addMinutes(scheduledStart, Math.max(15, minutes)), version: job.version },
      { onSuccess: onClose },
    );
  };

  return (
    <Modal opened onClose={onClose} title={t('planning.planTitle', { number: job.number })}>
      <form onSubmit={submit}>
        <Stack gap="sm">
          <Text size="sm">
            {job.customerName}
            {job.postcode ? ` · ${job.postcode}` : ''}
            {job.serviceName ? ` · ${job.serviceName}` : ''}
          </Text>
          {job.window && (
            <Text size="sm" c="dimmed">
              {t('planning.booking', { window: `${job.date ?? ''} ${windowText(job)}` })}
            </Text>
          )}
          <NativeSelect
            label={t('planning.planTechnician')}
            value={technicianId}
            onChange={(e) => setTechnicianId(e.currentTarget.value)}
            data={technicians.map((x) => {
              const missing = lacks(x);
              return { value: x.id, label: missing.length ? `${x.name} (− ${missing.join(', ')})` : x.name };
            })}
            data-testid="job-plan-technician"
            required
          />
          {chosen && lacks(chosen).length > 0 && !assign.error && (
            <Text size="xs" c="orange.8">
              {t('problems.missing_skill')}
            </Text>
          )}
          <Group grow align="flex-start">
            <TextInput type="date" label={t('planning.planDate')} value={date} onChange={(e) => setDate(e.currentTarget.value)} data-testid="job-plan-date" required />
            <TextInput type="time" label={t('planning.planStart')} value={time} step={900} onChange={(e) => setTime(e.currentTarget.value)} data-testid="job-plan-start" required />
          </Group>
          <NumberInput label={t('planning.planDuration')} value={minutes} min={15} max={720} step={15} onChange={(v) => setMinutes(typeof v === 'number' ? v : Number(v) || 60)} data-testid="job-plan-duration" />
          <MutationError error={assign.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={assign.isPending} data-testid="job-plan-submit" disabled={!technicianId}>
              {t('planning.planSubmit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
