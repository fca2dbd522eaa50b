import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const COLORS: Record<string, Record<string, string>> = {
  quote: { draft: 'gray', sent: 'blue', accepted: 'teal', declined: 'red', expired: 'orange' },
  order: { open: 'blue', completed: 'teal', invoiced: 'grape', cancelled: 'gray' },
  invoice: { draft: 'gray', issued: 'blue' },
  payment: { open: 'orange', partial: 'yellow', paid: 'teal' },
  kind: { invoice: 'blue', credit_note: 'pink' },
  loaner: { available: 'teal', out: 'blue', maintenance: 'orange', retired: 'gray' },
  bankLine: { matched: 'teal', unmatched: 'orange', resolved: 'blue', ignored: 'gray' },
  slot: { day: 'blue', evening: 'indigo', saturday: 'grape' },
  repair: { created: 'gray', planned: 'blue', in_progress: 'cyan', waiting_for_parts: 'orange', ready: 'lime', completed: 'teal', cancelled: 'gray' },
};

export type BadgeKind = keyof typeof COLORS;

/** A status as a coloured badge with its translated name; `data-status` carries the raw value for tests. */
export function StatusBadge({ kind, status, testId }: { kind: BadgeKind; status: string; testId?: string }) {
  const { t } = useTranslation('sales');
  return (
    <Badge color={COLORS[kind]?.[status] ?? 'gray'} variant="light" data-status={status} data-testid={testId} style={{ minWidth: 'max-content' }}>
      {t(`status.${kind}.${status}`, { defaultValue: status })}
    </Badge>
  );
}
