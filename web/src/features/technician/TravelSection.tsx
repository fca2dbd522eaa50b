import { Button, Group, NumberInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSetTravel } from '../repairs/api';
import type { RepairOrderDetail } from '../repairs/types';
import { MutationError } from '../repairs/ui';
import { Section } from './Section';

/** Kilometres driven for this visit. */
export function TravelSection({ job, readOnly }: { job: RepairOrderDetail; readOnly: boolean }) {
  const { t } = useTranslation('field');
  const save = useSetTravel(job.id);
  const [km, setKm] = useState<number | ''>(job.travelKm ?? '');
  useEffect(() => setKm(job.travelKm ?? ''), [job.travelKm]);
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    if (typeof km === 'number' && km >= 0) save.mutate({ km });
  };
  return (
    <Section title={t('job.travel')}>
      <form onSubmit={submit}>
        <Group align="flex-end" gap="xs">
          <NumberInput
            label={t('job.travelKm')}
            size="md"
            min={0}
            max={2000}
            decimalScale={1}
            decimalSeparator=","
            inputMode="decimal"
            value={km}
            onChange={(v) => setKm(typeof v === 'number' ? v : v === '' ? '' : Number(String(v).replace(',', '.')))}
            readOnly={readOnly}
            data-testid="job-travel-km"
            w={140}
          />
          {!readOnly && (
            <Button type="submit" size="md" loading={save.isPending} disabled={typeof km !== 'number'} data-testid="job-travel-save">
              {t('job.saveTravel')}
            </Button>
          )}
        </Group>
        <MutationError error={save.error} />
      </form>
    </Section>
  );
}
