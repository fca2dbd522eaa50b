import { Badge, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { currentLang } from '../../i18n';
import { formatDeadline } from './deadline';
import { type CasePriority, type CaseStatus, PRIORITY_COLORS, SLA_COLORS, type SlaState, type SlaTarget, STATUS_COLORS } from './types';

/** Deadline text in the UI language ("vandaag 16:30"). */
export function useDeadline(): (iso: string | null | undefined) => string {
  const { t } = useTranslation();
  const lang = currentLang();
  return (iso) => formatDeadline(iso, lang, (day) => t(`cases.deadline.${day}`));
}

/** Case status in its colour. */
export function StatusBadge({ status }: { status: CaseStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={STATUS_COLORS[status]} variant="light" data-status={status} style={{ minWidth: 'max-content' }}>
      {t(`cases.statuses.${status}`)}
    </Badge>
  );
}

/** Case priority; urgent stands out. */
export function PriorityBadge({ priority }: { priority: CasePriority }) {
  const { t } = useTranslation();
  return (
    <Badge color={PRIORITY_COLORS[priority]} variant={priority === 'urgent' ? 'filled' : 'outline'} size="sm" data-priority={priority} style={{ minWidth: 'max-content' }}>
      {t(`cases.priorities.${priority}`)}
    </Badge>
  );
}

/** SLA state of a list row: colour by state, with the earliest due time as a deadline. */
export function SlaBadge({ state, dueAt }: { state: SlaState; dueAt: string | null }) {
  const { t } = useTranslation();
  const deadline = useDeadline();
  if (state === 'none') return null;
  const due = dueAt && (state === 'running' || state === 'warning' || state === 'breached' || state === 'paused') ? deadline(dueAt) : '';
  return (
    <Badge color={SLA_COLORS[state]} variant={state === 'breached' ? 'filled' : 'light'} data-state={state} style={{ minWidth: 'max-content', textTransform: 'none' }}>
      {t(`cases.sla.${state}`)}
      {due && ` · ${due}`}
    </Badge>
  );
}

/** One SLA target of a case: name, state, due time and how much of the time is used. */
export function SlaTargetBadge({ target }: { target: SlaTarget }) {
  const { t } = useTranslation();
  const deadline = useDeadline();
  const done = target.state === 'met' || target.state === 'missed';
  const when = done ? deadline(target.stoppedAt) : deadline(target.dueAt);
  const percent = Math.round(target.percent);
  return (
    <Tooltip label={t('cases.case.slaTooltip', { minutes: target.targetMinutes, elapsed: Math.round(target.elapsedMinutes) })}>
      <Badge
        size="lg"
        color={SLA_COLORS[target.state]}
        variant={target.state === 'breached' ? 'filled' : 'light'}
        data-testid={`case-sla-${target.target}`}
        data-state={target.state}
        style={{ textTransform: 'none' }}
      >
        {t(`cases.targets.${target.target}`)}: {t(`cases.sla.${target.state}`)}
        {when && ` · ${when}`}
        {!done && ` · ${percent}%`}
      </Badge>
    </Tooltip>
  );
}
