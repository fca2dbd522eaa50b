import { Paper, Text, Timeline, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../app/format';
import { currentLang } from '../../i18n';
import { namesOf, usePeople } from '../cases/people';
import { type RepairOrderDetail, STATUS_COLORS } from './types';

interface Step {
  key: string;
  label: string;
  at: string;
  who: string | null;
  color: string;
}

/** Every status the order went through with its time and who moved it, plus workshop intake and return. */
export function StatusTimeline({ repair }: { repair: RepairOrderDetail }) {
  const { t } = useTranslation('field');
  const lang = currentLang();
  const names = namesOf(usePeople());
  const steps: Step[] = repair.history.map((h, i) => ({
    key: `h${i}`,
    label: t(`statuses.${h.to}`),
    at: h.at,
    who: h.userId ? (names.get(h.userId) ?? null) : null,
    color: STATUS_COLORS[h.to],
  }));
  if (steps.length === 0) steps.push({ key: 'created', label: t('statuses.created'), at: repair.createdAt, who: null, color: STATUS_COLORS.created });
  if (repair.receivedAt) steps.push({ key: 'intake', label: t('repairs.intake'), at: repair.receivedAt, who: null, color: 'cyan' });
  if (repair.returnedAt) steps.push({ key: 'returned', label: t('repairs.returned'), at: repair.returnedAt, who: null, color: 'green' });
  steps.sort((a, b) => a.at.localeCompare(b.at));
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="repair-timeline-title">
      <Title order={2} size="h4" id="repair-timeline-title" mb="sm">
        {t('repairs.timeline')}
      </Title>
      <Timeline active={steps.length - 1} bulletSize={14} lineWidth={2} data-testid="repair-timeline">
        {steps.map((s) => (
          <Timeline.Item key={s.key} title={s.label} color={s.color} data-testid="repair-timeline-step">
            <Text size="xs" c="dimmed">
              <time dateTime={s.at}>{formatDateTime(s.at, lang)}</time>
              {s.who ? ` · ${s.who}` : ''}
            </Text>
          </Timeline.Item>
        ))}
      </Timeline>
    </Paper>
  );
}
