import { Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { BoardJob } from '../repairs/types';
import { JobCard } from './JobCard';

/** Jobs without a technician, to drag onto a row or plan with the dialog. */
export function UnplannedList({ jobs, onPlan }: { jobs: BoardJob[]; onPlan: (job: BoardJob) => void }) {
  const { t } = useTranslation('field');
  return (
    <Paper withBorder p="sm" data-testid="unplanned-list" component="section" aria-labelledby="unplanned-title" style={{ minWidth: 0 }}>
      <Title order={2} size="h5" id="unplanned-title" mb="xs">
        {t('planning.unplanned')} ({jobs.length})
      </Title>
      {jobs.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('planning.unplannedEmpty')}
        </Text>
      ) : (
        <Stack gap={6}>
          {jobs.map((job) => (
            <JobCard key={job.id} job={job} onPlan={onPlan} />
          ))}
        </Stack>
      )}
    </Paper>
  );
}
