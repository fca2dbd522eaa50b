import { Button, Group } from '@mantine/core';

/** A row of score buttons (one click picks a score); the chosen one is filled and marked pressed. */
export function ScoreButtons(props: {
  scores: readonly number[];
  value: number | null;
  onChange: (score: number) => void;
  testIdPrefix: string;
  label: string;
  titleFor?: (score: number) => string;
  disabled?: boolean;
}) {
  return (
    <Group gap={6} role="group" aria-label={props.label}>
      {props.scores.map((n) => (
        <Button
          key={n}
          miw={44}
          px="sm"
          variant={props.value === n ? 'filled' : 'default'}
          aria-pressed={props.value === n}
          title={props.titleFor?.(n)}
          aria-label={props.titleFor?.(n) ?? String(n)}
          disabled={props.disabled}
          onClick={() => props.onChange(n)}
          data-testid={`${props.testIdPrefix}-${n}`}
        >
          {n}
        </Button>
      ))}
    </Group>
  );
}
