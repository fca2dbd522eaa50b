import { Anchor, Box, Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { clockOf } from '../repairs/dates';
import { type BoardJob, STATUS_COLORS } from '../repairs/types';
import { startJobDrag } from './dnd';

export const windowText = (job: Pick<BoardJob, 'window'>) => (job.window ? `${clockOf(job.window.start)}–${clockOf(job.window.end)}` : '');

/**
 * A job on the board: draggable onto a technician, with a button that opens the keyboard- and touch-friendly
 * planning dialog. The left border carries the status colour.
 */
export function JobCard({ job, onPlan, style }: { job: BoardJob; onPlan: (job: BoardJob) => void; style?: React.CSSProperties }) {
  const { t } = useTranslation('field');
  const slot = windowText(job);
  const color = `var(--mantine-color-${STATUS_COLORS[job.status]}-6)`;
  const done = job.status === 'completed' || job.status === 'cancelled';
  return (
    <Box
      draggable={!done}
      onDragStart={(e) => startJobDrag(e, job)}
      role="group"
      data-testid="job-card"
      data-repair-id={job.id}
      data-status={job.status}
      aria-label={t('planning.jobLabel', { number: job.number, customer: job.customerName, window: slot || t('common.none') })}
      title={[job.number, job.customerName, job.postcode, job.serviceName, slot, t(`statuses.${job.status}`)].filter(Boolean).join(' · ')}
      p={6}
      bg="white"
      style={{
        border: '1px solid var(--mantine-color-gray-3)',
        borderLeft: `4px solid ${color}`,
        borderRadius: 6,
        cursor: done ? 'default' : 'grab',
        overflow: 'hidden',
        minWidth: 0,
        ...style,
      }}
    >
      <Group gap={4} justify="space-between" wrap="nowrap">
        <Anchor component={Link} to={`/repairs/${job.id}`} size="xs" fw={700} truncate>
          {job.number}
        </Anchor>
        {!done && (
          <Button size="compact-xs" variant="light" onClick={() => onPlan(job)} data-testid="job-plan" style={{ flex: 'none' }}>
            {job.technicianId ? t('planning.replan') : t('planning.plan')}
          </Button>
        )}
      </Group>
      <Text size="xs" truncate>
        {slot && <b>{slot} </b>}
        <Text span size="xs" c={`${STATUS_COLORS[job.status]}.8`}>
          {t(`statuses.${job.status}`)}
        </Text>
      </Text>
      <Text size="xs" fw={500} truncate>
        {job.customerName}
      </Text>
      <Text size="xs" c="dimmed" truncate>
        {[job.postcode, job.serviceName].filter(Boolean).join(' · ')}
      </Text>
    </Box>
  );
}
