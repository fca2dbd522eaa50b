import { Box, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { currentLang } from '../../i18n';
import { ErrorAlert, Loading } from '../../app/ui';
import { useBoard } from '../repairs/api';
import { addDays, dayLabel, today, weekStart } from '../repairs/dates';
import type { BoardJob } from '../repairs/types';
import { MutationError } from '../repairs/ui';
import { buildRows, unplannedJobs } from './board-model';
import { BoardDayView } from './BoardDayView';
import { type BoardRows, BoardToolbar, type BoardView } from './BoardToolbar';
import { BoardWeekView } from './BoardWeekView';
import { useDropAssign } from './dnd';
import { PlanJobModal } from './PlanJobModal';
import { UnplannedList } from './UnplannedList';

const isDay = (v: string | null): v is string => Boolean(v && /^\d{4}-\d{2}-\d{2}$/.test(v));

/** `/planning`: the planner's board of technicians (or the workshop) by day or week, with the unplanned jobs beside it. */
export function PlanningPage() {
  const { t } = useTranslation('field');
  const lang = currentLang();
  const [params, setParams] = useSearchParams();
  const view: BoardView = params.get('view') === 'week' ? 'week' : 'day';
  const rowsKind: BoardRows = params.get('rows') === 'workshop' ? 'workshop' : 'technician';
  const rawDate = params.get('date');
  const date = isDay(rawDate) ? rawDate : today();
  const from = view === 'week' ? weekStart(date) : date;
  const to = view === 'week' ? addDays(from, 6) : date;
  const board = useBoard(from, to, rowsKind);
  const dnd = useDropAssign(board.data?.jobs ?? []);
  const [planning, setPlanning] = useState<BoardJob | null>(null);

  const set = (next: Partial<{ view: BoardView; rows: BoardRows; date: string }>) => {
    const merged = { view, rows: rowsKind, date, ...next };
    setParams({ view: merged.view, rows: merged.rows, date: merged.date }, { replace: true });
  };
  const step = (n: -1 | 0 | 1) => set({ date: n === 0 ? today() : addDays(date, n * (view === 'week' ? 7 : 1)) });

  // While another range loads the previous board stays visible, but only when it has the same shape.
  const data = board.data && board.data.dates.length === (view === 'week' ? 7 : 1) ? board.data : undefined;
  const rows = data ? buildRows(data, t('planning.workshop')) : [];
  const unplanned = data ? unplannedJobs(data) : [];
  const title = view === 'week' ? `${dayLabel(from, lang)} – ${dayLabel(to, lang)}` : dayLabel(date, lang, 'long');

  return (
    <Stack data-testid="board" data-view={view} data-from={from} data-to={to}>
      <Group justify="space-between" align="flex-end">
        <Box>
          <Title order={1}>{t('planning.title')}</Title>
          <Text c="dimmed" aria-live="polite">
            {title}
          </Text>
        </Box>
        <BoardToolbar view={view} rows={rowsKind} date={date} onView={(v) => set({ view: v })} onRows={(r) => set({ rows: r })} onDate={(d) => set({ date: d })} onStep={step} />
      </Group>
      <Text size="sm" c="dimmed">
        {t('planning.dropHint')}
      </Text>
      <MutationError error={dnd.assign.error} />
      {(board.isPending || (board.data && !data)) && <Loading />}
      {board.isError && <ErrorAlert error={board.error} onRetry={() => void board.refetch()} />}
      {data && (
        <Group align="flex-start" wrap="nowrap" gap="md" style={{ opacity: board.isFetching ? 0.7 : 1 }}>
          <Box style={{ flex: 1, minWidth: 0 }}>
            {rows.length === 0 ? (
              <Text c="dimmed">{t('planning.noRows')}</Text>
            ) : view === 'day' ? (
              <BoardDayView rows={rows} day={date} dnd={dnd} onPlan={setPlanning} />
            ) : (
              <BoardWeekView rows={rows} dates={data.dates} dnd={dnd} onPlan={setPlanning} />
            )}
          </Box>
          <Box w={240} style={{ flex: 'none', position: 'sticky', top: 76, maxHeight: 'calc(100vh - 92px)', overflowY: 'auto' }}>
            <UnplannedList jobs={unplanned} onPlan={setPlanning} />
          </Box>
        </Group>
      )}
      {planning && data && <PlanJobModal job={planning} technicians={data.technicians} day={date} onClose={() => setPlanning(null)} />}
    </Stack>
  );
}
