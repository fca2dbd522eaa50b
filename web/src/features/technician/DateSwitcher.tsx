import { Button, Group, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { addDays, today } from '../repairs/dates';

/** Previous day, today, next day and a date field; sized for thumbs. */
export function DateSwitcher({ date, onChange }: { date: string; onChange: (d: string) => void }) {
  const { t } = useTranslation('field');
  return (
    <Group gap="xs" wrap="nowrap" data-testid="job-date-switcher">
      <Button variant="default" size="md" onClick={() => onChange(addDays(date, -1))} aria-label={t('common.previousDay')} data-testid="jobs-prev">
        ‹
      </Button>
      <TextInput type="date" size="md" aria-label={t('common.date')} value={date} onChange={(e) => e.currentTarget.value && onChange(e.currentTarget.value)} style={{ flex: 1, minWidth: 0 }} data-testid="jobs-date" />
      <Button variant="default" size="md" onClick={() => onChange(today())} data-testid="jobs-today">
        {t('common.today')}
      </Button>
      <Button variant="default" size="md" onClick={() => onChange(addDays(date, 1))} aria-label={t('common.nextDay')} data-testid="jobs-next">
        ›
      </Button>
    </Group>
  );
}
