import { Anchor, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ErrorAlert, Loading } from '../../app/ui';
import { currentLang } from '../../i18n';
import { useTechnicianJobs } from '../repairs/api';
import { dayLabel, today } from '../repairs/dates';
import type { TechnicianJob } from '../repairs/types';
import { RepairStatusBadge } from '../repairs/ui';
import { windowText } from '../planning/JobCard';
import { ContactLinks } from './ContactLinks';
import { DateSwitcher } from './DateSwitcher';

/** `/my-jobs`: the technician's jobs of one day in visiting order, phone-first. */
export function MyJobsPage() {
  const { t } = useTranslation('field');
  const [params, setParams] = useSearchParams();
  const raw = params.get('date');
  const date = raw && /^\d{4}-\d{2}-\d{2}$/.test(raw) ? raw : today();
  const jobs = useTechnicianJobs(date);
  return (
    <Stack gap="md" maw={640} mx="auto" data-testid="my-jobs" data-date={date}>
      <Title order={1} size="h2">
        {t('jobs.title')}
      </Title>
      <DateSwitcher date={date} onChange={(d) => setParams(d === today() ? {} : { date: d }, { replace: true })} />
      <Text fw={600} aria-live="polite">
        {dayLabel(date, currentLang(), 'long')}
        {jobs.data ? ` · ${t('jobs.count', { count: jobs.data.items.length })}` : ''}
      </Text>
      {jobs.isPending && <Loading />}
      {jobs.isError && <ErrorAlert error={jobs.error} onRetry={() => void jobs.refetch()} />}
      {jobs.data?.items.length === 0 && <Text c="dimmed">{t('jobs.empty')}</Text>}
      {jobs.data?.items.map((job) => (
        <JobItem key={job.id} job={job} />
      ))}
    </Stack>
  );
}

function JobItem({ job }: { job: TechnicianJob }) {
  const { t } = useTranslation('field');
  return (
    <Paper withBorder p="md" radius="md" data-testid="my-job" data-repair-id={job.id} data-status={job.status} component="article">
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap">
          <Text fw={700} size="xl">
            {windowText(job) || t('common.none')}
          </Text>
          <RepairStatusBadge status={job.status} />
        </Group>
        <Anchor component={Link} to={`/my-jobs/${job.id}`} fw={600} size="lg">
          {job.customerName}
        </Anchor>
        <ContactLinks phone={job.customerPhone} address={job.address} />
        <Text size="sm">
          <Text span c="dimmed">
            {t('common.service')}:{' '}
          </Text>
          {job.serviceName ?? t('common.none')} · {job.number}
        </Text>
        {job.fault && (
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            <Text span c="dimmed">
              {t('jobs.fault')}:{' '}
            </Text>
            {job.fault}
          </Text>
        )}
        <Button component={Link} to={`/my-jobs/${job.id}`} size="md" fullWidth>
          {t('jobs.open')}
        </Button>
      </Stack>
    </Paper>
  );
}
