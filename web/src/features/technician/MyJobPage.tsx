import { Alert, Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { formatDateTime } from '../../app/format';
import { ErrorAlert, Loading } from '../../app/ui';
import { currentLang } from '../../i18n';
import { useRepair, useSetStatus } from '../repairs/api';
import { clockOf, dayOf } from '../repairs/dates';
import type { RepairOrderDetail } from '../repairs/types';
import { MutationError, RepairStatusBadge } from '../repairs/ui';
import { CompleteSection, SignedBlock } from './CompleteSection';
import { ContactLinks } from './ContactLinks';
import { NotesSection } from './NotesSection';
import { PartsSection } from './PartsSection';
import { PhotosSection } from './PhotosSection';
import { TimeSection } from './TimeSection';
import { TravelSection } from './TravelSection';

/** `/my-jobs/:id`: one visit, worked through from top to bottom on a phone. */
export function MyJobPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('field');
  const job = useRepair(id);
  return (
    <Stack gap="md" maw={640} mx="auto" data-testid="my-job-page">
      <Anchor component={Link} to={job.data?.scheduledStart ? `/my-jobs?date=${dayOf(job.data.scheduledStart)}` : '/my-jobs'} size="sm">
        ‹ {t('jobs.back')}
      </Anchor>
      {job.isPending && <Loading />}
      {job.isError && <ErrorAlert error={job.error} onRetry={() => void job.refetch()} />}
      {job.data && <JobScreen job={job.data} />}
    </Stack>
  );
}

function JobScreen({ job }: { job: RepairOrderDetail }) {
  const { t } = useTranslation('field');
  const lang = currentLang();
  const status = useSetStatus(job.id);
  const done = job.status === 'completed' || job.status === 'cancelled';
  const canStart = job.status === 'planned' || job.status === 'waiting_for_parts';
  const canComplete = job.status === 'in_progress' || job.status === 'ready';
  const slot = job.scheduledStart && job.scheduledEnd ? `${clockOf(job.scheduledStart)}–${clockOf(job.scheduledEnd)}` : '';
  return (
    <>
      <Stack gap={6}>
        <Group justify="space-between" wrap="nowrap">
          <Title order={1} size="h2">
            {job.number}
          </Title>
          <RepairStatusBadge status={job.status} testId="job-status" />
        </Group>
        {slot && (
          <Text fw={700} size="lg">
            {slot}
          </Text>
        )}
        <Text fw={600} size="lg">
          {job.customerName}
        </Text>
        <ContactLinks phone={job.customerPhone} address={job.address} />
        {job.fault && (
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            <Text span c="dimmed">
              {t('jobs.fault')}:{' '}
            </Text>
            {job.fault}
          </Text>
        )}
        {job.startedAt && <Text size="sm" c="dimmed">{t('job.started', { time: formatDateTime(job.startedAt, lang) })}</Text>}
      </Stack>
      {canStart && (
        <Button size="lg" fullWidth onClick={() => status.mutate({ status: 'in_progress', version: job.version })} loading={status.isPending} data-testid="job-start">
          {t('job.start')}
        </Button>
      )}
      <MutationError error={status.error} />
      {done && (
        <Alert color={job.status === 'completed' ? 'green' : 'gray'} data-testid="job-done">
          {job.status === 'completed' ? t('job.completedAt', { at: formatDateTime(job.completedAt, lang) }) : t('statuses.cancelled')}
        </Alert>
      )}
      <TimeSection job={job} readOnly={done} />
      <PartsSection job={job} readOnly={done} />
      <TravelSection job={job} readOnly={done} />
      <PhotosSection job={job} readOnly={done} />
      <NotesSection job={job} readOnly={done} />
      {canComplete && <CompleteSection job={job} />}
      {job.status === 'completed' && <SignedBlock job={job} />}
    </>
  );
}
