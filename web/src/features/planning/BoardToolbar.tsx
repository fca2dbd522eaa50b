import { Button, Group, SegmentedControl, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export type BoardView = 'day' | 'week';
export type BoardRows = 'technician' | 'workshop';

/** Day or week, technicians or workshop, and moving through the calendar. */
export function BoardToolbar(props: {
  view: BoardView;
  rows: BoardRows;
  date: string;
  onView: (v: BoardView) => void;
  onRows: (r: BoardRows) => void;
  onDate: (d: string) => void;
  onStep: (n: -1 | 0 | 1) => void;
}) {
  const { t } = useTranslation('field');
  const { view, rows, date } = props;
  return (
    <Group gap="sm" wrap="wrap">
      <Button.Group aria-label={t('planning.view')}>
        {(['day', 'week'] as const).map((v) => (
          <Button key={v} variant={view === v ? 'filled' : 'default'} aria-pressed={view === v} onClick={() => props.onView(v)} data-testid={`board-${v}`}>
            {t(`planning.${v}`)}
          </Button>
        ))}
      </Button.Group>
      <SegmentedControl
        aria-label={t('planning.rows')}
        value={rows}
        onChange={(v) => props.onRows(v as BoardRows)}
        data={[
          { value: 'technician', label: t('planning.technicians') },
          { value: 'workshop', label: t('planning.workshop') },
        ]}
        data-testid="board-rows"
      />
      <Group gap={4} wrap="nowrap">
        <Button variant="default" onClick={() => props.onStep(-1)} aria-label={t('planning.previous')} data-testid="board-prev">
          ‹
        </Button>
        <Button variant="default" onClick={() => props.onStep(0)} data-testid="board-today">
          {t('planning.today')}
        </Button>
        <Button variant="default" onClick={() => props.onStep(1)} aria-label={t('planning.next')} data-testid="board-next">
          ›
        </Button>
      </Group>
      <TextInput type="date" aria-label={t('common.date')} value={date} onChange={(e) => e.currentTarget.value && props.onDate(e.currentTarget.value)} data-testid="board-date" />
    </Group>
  );
}
