import { Box, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../app/format';
import type { Cell, Row } from './board-model';
import { CapacityBar } from './CapacityBar';

/** The name of a row, and for a technician on a single day their capacity and kilometres. */
export function RowHeader({ row, cell, width }: { row: Row; cell?: Cell; width: number }) {
  const { t } = useTranslation('field');
  return (
    <Box w={width} p="xs" style={{ flex: 'none', position: 'sticky', left: 0, zIndex: 2, background: 'var(--mantine-color-gray-0)', borderRight: '1px solid var(--mantine-color-gray-3)' }}>
      <Text size="sm" fw={600} truncate>
        {row.name}
      </Text>
      {cell && cell.availableMinutes !== null && <CapacityBar planned={cell.plannedMinutes} available={cell.availableMinutes} />}
      {cell && cell.travelKm > 0 && (
        <Text size="xs" c="dimmed">
          {t('common.km', { km: formatNumber(Math.round(cell.travelKm * 10) / 10) })}
        </Text>
      )}
    </Box>
  );
}
