import { Anchor, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { type BadgeKind, StatusBadge } from './StatusBadge';

export interface Fact {
  label: string;
  value: ReactNode;
  testId?: string;
}

/** Title, status and a grid of facts of a quote, order or invoice, with a way back to its list. */
export function DocHeader(props: { back: { to: string; label: string }; title: ReactNode; badges: { kind: BadgeKind; status: string; testId?: string }[]; facts: Fact[]; actions?: ReactNode }) {
  return (
    <Stack>
      <Anchor component={Link} to={props.back.to} size="sm">
        ← {props.back.label}
      </Anchor>
      <Group justify="space-between" align="flex-start">
        <Group gap="sm">
          <Title order={1} size="h2">
            {props.title}
          </Title>
          {props.badges.map((b) => (
            <StatusBadge key={b.kind} kind={b.kind} status={b.status} testId={b.testId} />
          ))}
        </Group>
        {props.actions && <Group gap="xs">{props.actions}</Group>}
      </Group>
      <Paper withBorder p="md">
        <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm">
          {props.facts.map((f) => (
            <div key={f.label}>
              <Text size="xs" c="dimmed">
                {f.label}
              </Text>
              <Text size="sm" component="div" data-testid={f.testId}>
                {f.value || '—'}
              </Text>
            </div>
          ))}
        </SimpleGrid>
      </Paper>
    </Stack>
  );
}
