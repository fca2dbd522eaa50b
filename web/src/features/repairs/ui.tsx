import { Alert, Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../app/api';
import { problemMessage } from '../../app/problem-messages';
import { type RepairKind, type RepairStatus, STATUS_COLORS } from './types';

/** Repair status in its colour. */
export function RepairStatusBadge({ status, testId }: { status: RepairStatus; testId?: string }) {
  const { t } = useTranslation('field');
  return (
    <Badge color={STATUS_COLORS[status]} variant="light" data-status={status} data-testid={testId} style={{ minWidth: 'max-content' }}>
      {t(`statuses.${status}`)}
    </Badge>
  );
}

export function RepairKindBadge({ kind }: { kind: RepairKind }) {
  const { t } = useTranslation('field');
  return (
    <Badge color="gray" variant="outline" size="sm" data-kind={kind} style={{ minWidth: 'max-content' }}>
      {t(`kinds.${kind}`)}
    </Badge>
  );
}

/**
 * A refusal from the repair endpoints in the UI language: a stale version, a missing skill and a few planning
 * rules get their own text (matched on the last part of the problem code); anything else the server's detail.
 */
export function useRepairProblem(): (err: unknown) => string {
  const { t } = useTranslation('field');
  const { t: tApp } = useTranslation();
  return (err) => {
    if (isApiError(err)) {
      const code = err.problem.code ?? '';
      if (code === 'version_conflict') return t('common.conflict');
      const last = code.split('.').pop() ?? '';
      const known = last ? t(`problems.${last}`, { defaultValue: '' }) : '';
      if (known) return known;
      if (/skill/i.test(`${code} ${err.problem.detail ?? ''}`)) return t('problems.missing_skill');
    }
    return problemMessage(err, tApp);
  };
}

/** A red, announced alert for a failed change; renders nothing without an error. */
export function MutationError({ error }: { error: unknown }) {
  const message = useRepairProblem();
  if (!error) return null;
  return (
    <Alert color="red" role="alert" p="xs">
      {message(error)}
    </Alert>
  );
}
