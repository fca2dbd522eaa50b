import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../app/format';

/** Road distance between two consecutive jobs. */
export function TravelLeg({ km, style }: { km: number | null; style?: React.CSSProperties }) {
  const { t } = useTranslation('field');
  return (
    <Text size="xs" c="dimmed" data-testid="travel-leg" data-km={km ?? ''} style={{ whiteSpace: 'nowrap', ...style }} title={km === null ? t('planning.travelUnknown') : undefined}>
      {km === null ? '? km' : t('planning.travel', { km: formatNumber(Math.round(km * 10) / 10) })}
    </Text>
  );
}
