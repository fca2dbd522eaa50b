import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CaseStatus } from './api';

const COLOR: Record<CaseStatus, string> = { new: 'blue', open: 'blue', waiting_internal: 'blue', waiting_customer: 'orange', resolved: 'teal', closed: 'gray' };

/** A case status in plain words for customers ("Wacht op uw reactie"), not the desk's internal terms. */
export function StatusBadge({ status, testId }: { status: CaseStatus; testId?: string }) {
  const { t } = useTranslation('portal');
  return (
    <Badge color={COLOR[status]} variant="light" data-testid={testId} data-status={status}>
      {t(`statuses.${status}`)}
    </Badge>
  );
}
