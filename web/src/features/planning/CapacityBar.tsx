import { Box, Progress, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { currentLang } from '../../i18n';
import { hoursMinutes } from '../repairs/dates';

/** Planned against available minutes: a bar (red when overbooked) with the numbers spelled out. */
export function CapacityBar({ planned, available, compact = false }: { planned: number; available: number; compact?: boolean }) {
  const { t } = useTranslation('field');
  const lang = currentLang();
  const percent = available > 0 ? Math.round((planned / available) * 100) : planned > 0 ? 100 : 0;
  const over = planned > available;
  const color = over ? 'red' : percent >= 85 ? 'orange' : 'teal';
  const text =
    available === 0 && planned === 0 ? t('planning.unavailable') : t('planning.capacity', { planned: hoursMinutes(planned, lang), available: hoursMinutes(available, lang) });
  return (
    <Box data-planned={planned} data-available={available} data-testid="capacity">
      <Progress value={Math.min(100, percent)} color={color} size={compact ? 'sm' : 'md'} aria-label={t('planning.capacityLabel', { percent })} />
      <Text size="xs" c={over ? 'red.7' : 'dimmed'} mt={2}>
        {text}
        {over ? ` · ${t('planning.over')}` : ''}
      </Text>
    </Box>
  );
}
