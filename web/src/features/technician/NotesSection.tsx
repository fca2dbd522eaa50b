import { Button, Group, Textarea } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUpdateRepair } from '../repairs/api';
import type { RepairOrderDetail } from '../repairs/types';
import { MutationError } from '../repairs/ui';
import { Section } from './Section';

/** The technician's findings, kept as the job's diagnosis. */
export function NotesSection({ job, readOnly }: { job: RepairOrderDetail; readOnly: boolean }) {
  const { t } = useTranslation('field');
  const save = useUpdateRepair(job.id);
  const [text, setText] = useState(job.diagnosis ?? '');
  useEffect(() => setText(job.diagnosis ?? ''), [job.diagnosis]);
  const dirty = text.trim() !== (job.diagnosis ?? '').trim();
  return (
    <Section title={t('job.notes')}>
      <Textarea
        aria-label={t('job.notes')}
        placeholder={t('job.notesPlaceholder')}
        autosize
        minRows={3}
        maxLength={4000}
        size="md"
        value={text}
        readOnly={readOnly}
        onChange={(e) => setText(e.currentTarget.value)}
        data-testid="job-notes"
      />
      {!readOnly && (
        <Group justify="flex-end">
          <Button size="md" variant="light" disabled={!dirty} loading={save.isPending} onClick={() => save.mutate({ diagnosis: text.trim() || null, version: job.version })} data-testid="job-notes-save">
            {t('job.saveNotes')}
          </Button>
        </Group>
      )}
      <MutationError error={save.error} />
    </Section>
  );
}
