import { Box, Group, ScrollArea, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { localInstant, minuteOfDay } from '../repairs/dates';
import type { BoardJob } from '../repairs/types';
import type { Row } from './board-model';
import { legTo } from './board-model';
import { RowHeader } from './RowHeader';
import { JobCard } from './JobCard';
import { snapQuarter, type useDropAssign } from './dnd';
import { TravelLeg } from './TravelLeg';

const FIRST_HOUR = 7;
const LAST_HOUR = 20;
const PX_PER_MIN = 3;
const TRACK = (LAST_HOUR - FIRST_HOUR) * 60 * PX_PER_MIN;
const HEADER = 220;
const CARD_HEIGHT = 84;
const LANE_GAP = 4;

const xOf = (iso: string) => Math.max(0, Math.min(TRACK, (minuteOfDay(iso) - FIRST_HOUR * 60) * PX_PER_MIN));
/** Overlapping jobs go to separate lanes so none hides another; returns each job's lane and the lane count. */
function lanesOf(jobs: readonly BoardJob[]): { lane: Map<string, number>; count: number } {
  const ends: number[] = [];
  const lane = new Map<string, number>();
  for (const [n, job] of jobs.entries()) {
    const start = job.window ? xOf(job.window.start) : n * 154;
    const end = job.window ? Math.max(start + 150, xOf(job.window.end)) : start + 150;
    let i = ends.findIndex((e) => e <= start);
    if (i === -1) i = ends.push(end) - 1;
    else ends[i] = end;
    lane.set(job.id, i);
  }
  return { lane, count: Math.max(1, ends.length) };
}

const clock = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

/** One day: technicians as rows, the hours of the day as columns; a job sits where its window starts. */
export function BoardDayView({ rows, day, dnd, onPlan }: { rows: Row[]; day: string; dnd: ReturnType<typeof useDropAssign>; onPlan: (job: BoardJob) => void }) {
  const { t } = useTranslation('field');
  const hours = Array.from({ length: LAST_HOUR - FIRST_HOUR }, (_, i) => FIRST_HOUR + i);
  const dropStart = (e: React.DragEvent) => {
    const rect = e.currentTarget.getBoundingClientRect();
    const minute = snapQuarter(FIRST_HOUR * 60 + (e.clientX - rect.left) / PX_PER_MIN);
    return localInstant(day, clock(Math.max(FIRST_HOUR * 60, Math.min(LAST_HOUR * 60 - 15, minute))));
  };
  return (
    <ScrollArea type="auto" data-testid="board-grid" data-view="day">
      <Box style={{ width: HEADER + TRACK, minWidth: '100%' }}>
        <Group gap={0} wrap="nowrap" style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}>
          <Box w={HEADER} style={{ flex: 'none' }} />
          {hours.map((h) => (
            <Text key={h} size="xs" c="dimmed" w={60 * PX_PER_MIN} style={{ flex: 'none', borderLeft: '1px solid var(--mantine-color-gray-2)', paddingLeft: 4 }}>
              {t('planning.hour', { hour: String(h).padStart(2, '0') })}
            </Text>
          ))}
        </Group>
        <Stack gap={0}>
          {rows.map((row) => {
            const cell = row.cells[0];
            const key = `${row.key}:${day}`;
            const droppable = row.technicianId !== null;
            const { lane, count } = lanesOf(cell?.jobs ?? []);
            const height = count * (CARD_HEIGHT + LANE_GAP) + 22;
            return (
              <Group key={row.key} gap={0} wrap="nowrap" align="stretch" data-testid="board-row" data-technician-id={row.technicianId ?? undefined} style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}>
                <RowHeader row={row} cell={cell} width={HEADER} />
                <Box
                  aria-label={droppable ? t('planning.dropHere', { name: row.name }) : undefined}
                  onDragOver={droppable ? (e) => dnd.dragOver(e, key) : undefined}
                  onDragLeave={() => dnd.dragLeave(key)}
                  onDrop={droppable ? (e) => dnd.drop(e, row.technicianId as string, () => dropStart(e)) : undefined}
                  style={{
                    position: 'relative',
                    width: TRACK,
                    height,
                    flex: 'none',
                    background: dnd.over === key ? 'var(--mantine-color-teal-0)' : `repeating-linear-gradient(90deg, transparent 0 ${60 * PX_PER_MIN - 1}px, var(--mantine-color-gray-2) ${60 * PX_PER_MIN - 1}px ${60 * PX_PER_MIN}px)`,
                  }}
                >
                  {cell?.jobs.map((job, i) => {
                    const left = job.window ? xOf(job.window.start) : i * 154;
                    const width = job.window ? Math.max(150, xOf(job.window.end) - left - 2) : 150;
                    const top = 4 + (lane.get(job.id) ?? 0) * (CARD_HEIGHT + LANE_GAP);
                    const leg = cell ? legTo(cell, job.id) : undefined;
                    return (
                      <Box key={job.id}>
                        {leg && <TravelLeg km={leg.km} style={{ position: 'absolute', left: Math.max(0, left - 70), bottom: 2, background: 'white', padding: '0 2px' }} />}
                        <JobCard job={job} onPlan={onPlan} style={{ position: 'absolute', left, top, width, height: CARD_HEIGHT }} />
                      </Box>
                    );
                  })}
                </Box>
              </Group>
            );
          })}
        </Stack>
      </Box>
    </ScrollArea>
  );
}
