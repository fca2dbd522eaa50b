import { Box, Group, ScrollArea, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { currentLang } from '../../i18n';
import { dayLabel, today } from '../repairs/dates';
import type { BoardJob } from '../repairs/types';
import { legTo, type Row } from './board-model';
import { CapacityBar } from './CapacityBar';
import { defaultStart, type useDropAssign } from './dnd';
import { JobCard } from './JobCard';
import { RowHeader } from './RowHeader';
import { TravelLeg } from './TravelLeg';

const HEADER = 200;
const COLUMN = 180;

/** A week: technicians as rows, days as columns; each cell lists its jobs in time order with the drive between. */
export function BoardWeekView({ rows, dates, dnd, onPlan }: { rows: Row[]; dates: string[]; dnd: ReturnType<typeof useDropAssign>; onPlan: (job: BoardJob) => void }) {
  const { t } = useTranslation('field');
  const lang = currentLang();
  const now = today();
  const week = rows.map((row) => ({
    row,
    planned: row.cells.reduce((s, c) => s + c.plannedMinutes, 0),
    available: row.cells.reduce((s, c) => s + (c.availableMinutes ?? 0), 0),
  }));
  return (
    <ScrollArea type="auto" data-testid="board-grid" data-view="week">
      <Box style={{ width: HEADER + COLUMN * dates.length, minWidth: '100%' }}>
        <Group gap={0} wrap="nowrap" style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}>
          <Box w={HEADER} style={{ flex: 'none' }} />
          {dates.map((d) => (
            <Text key={d} size="sm" fw={d === now ? 700 : 500} c={d === now ? 'teal.8' : undefined} w={COLUMN} px="xs" py={4} style={{ flex: 'none' }}>
              {dayLabel(d, lang)}
            </Text>
          ))}
        </Group>
        {week.map(({ row, planned, available }) => (
          <Group key={row.key} gap={0} wrap="nowrap" align="stretch" data-testid="board-row" data-technician-id={row.technicianId ?? undefined} style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}>
            <RowHeader row={row} cell={row.technicianId ? { date: '', availableMinutes: available, plannedMinutes: planned, jobs: [], travel: [], travelKm: 0 } : undefined} width={HEADER} />
            {row.cells.map((cell) => {
              const key = `${row.key}:${cell.date}`;
              const technicianId = row.technicianId;
              return (
                <Box
                  key={cell.date}
                  w={COLUMN}
                  p={6}
                  data-date={cell.date}
                  aria-label={technicianId ? `${t('planning.dropHere', { name: row.name })}, ${dayLabel(cell.date, lang)}` : undefined}
                  onDragOver={technicianId ? (e) => dnd.dragOver(e, key) : undefined}
                  onDragLeave={() => dnd.dragLeave(key)}
                  onDrop={technicianId ? (e) => dnd.drop(e, technicianId, (job) => defaultStart(job, cell.date)) : undefined}
                  style={{ flex: 'none', minHeight: 96, borderLeft: '1px solid var(--mantine-color-gray-2)', background: dnd.over === key ? 'var(--mantine-color-teal-0)' : undefined }}
                >
                  <Stack gap={4}>
                    {cell.availableMinutes !== null && <CapacityBar planned={cell.plannedMinutes} available={cell.availableMinutes} compact />}
                    {cell.jobs.map((job) => {
                      const leg = legTo(cell, job.id);
                      return (
                        <Box key={job.id}>
                          {leg && <TravelLeg km={leg.km} style={{ textAlign: 'center' }} />}
                          <JobCard job={job} onPlan={onPlan} />
                        </Box>
                      );
                    })}
                  </Stack>
                </Box>
              );
            })}
          </Group>
        ))}
      </Box>
    </ScrollArea>
  );
}
