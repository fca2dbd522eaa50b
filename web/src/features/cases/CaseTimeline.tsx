import { Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../app/format';
import { ErrorAlert, Loading } from '../../app/ui';
import { currentLang } from '../../i18n';
import { useTimeline } from './api';
import { MessageItem } from './MessageItem';
import { namesOf, type Person, usePeople, useTeams } from './people';
import type { Case, CaseEvent, CaseMessage } from './types';

type Entry = { at: string; message: CaseMessage; event?: never } | { at: string; event: CaseEvent; message?: never };

/** Messages and events in one list, oldest first (the order of the conversation). */
export function mergeTimeline(messages: CaseMessage[], events: CaseEvent[]): Entry[] {
  const entries: Entry[] = [...messages.map((m) => ({ at: m.createdAt, message: m })), ...events.map((e) => ({ at: e.at, event: e }))];
  return entries.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
}

const safeJson = (s: string): unknown => {
  try {
    return JSON.parse(s);
  } catch {
    return s;
  }
};

/** A changed field's value in words: statuses and priorities translated, people and teams by name. */
function valueText(field: string, v: unknown, t: TFunction, names: Map<string, string>): string {
  if (v === null || v === undefined || v === '') return '—';
  if (field === 'status') return t(`cases.statuses.${String(v)}`);
  if (field === 'priority') return t(`cases.priorities.${String(v)}`);
  if (field === 'assigneeId' || field === 'teamId') return names.get(String(v)) ?? t('cases.colleague');
  if (field === 'tags' && typeof v === 'string' && v.startsWith('[')) return valueText(field, safeJson(v), t, names);
  if (Array.isArray(v)) return v.join(', ') || '—';
  if (typeof v === 'boolean') return t(v ? 'common.yes' : 'common.no');
  return String(v);
}

function eventText(e: CaseEvent, t: TFunction, names: Map<string, string>): string {
  const d = e.data;
  const field = typeof d.field === 'string' ? d.field : e.kind;
  const params = {
    ...d,
    field: t(`cases.fields.${field}`, { defaultValue: field }),
    from: valueText(field, d.from, t, names),
    to: valueText(field, d.to, t, names),
    target: typeof d.target === 'string' ? t(`cases.targets.${d.target}`) : '',
    channel: typeof d.channel === 'string' ? t(`cases.channels.${d.channel}`) : '',
    number: typeof d.number === 'string' ? d.number : '',
  };
  return t(`cases.events.${e.kind}`, { ...params, defaultValue: e.kind });
}

function EventItem({ e, names }: { e: CaseEvent; names: Map<string, string> }) {
  const { t } = useTranslation();
  return (
    <Group gap="xs" px="sm" data-testid="case-event" data-kind={e.kind} wrap="nowrap">
      <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
        {formatDateTime(e.at, currentLang())}
      </Text>
      <Text size="xs" c="dimmed">
        <b>{e.actorLabel}</b> {eventText(e, t, names)}
      </Text>
    </Group>
  );
}

/** The conversation of a case with its events in between. */
export function CaseTimeline({ c }: { c: Case }) {
  const { t } = useTranslation();
  const timeline = useTimeline(c.id);
  const people = usePeople();
  const teams = useTeams();
  const names = namesOf([...people, ...((teams.data?.items ?? []) as Person[])]);
  return (
    <Paper withBorder p="lg">
      <Stack gap="sm" data-testid="case-timeline">
        <Title order={2} size="h4">
          {t('cases.timeline.title')}
        </Title>
        {timeline.isPending ? (
          <Loading />
        ) : timeline.isError ? (
          <ErrorAlert error={timeline.error} onRetry={() => void timeline.refetch()} />
        ) : timeline.data.messages.length + timeline.data.events.length === 0 ? (
          <Text c="dimmed">{t('cases.timeline.empty')}</Text>
        ) : (
          mergeTimeline(timeline.data.messages, timeline.data.events).map((entry) =>
            entry.message ? (
              <MessageItem key={`m-${entry.message.id}`} caseId={c.id} m={entry.message} />
            ) : (
              <EventItem key={`e-${entry.event.id}`} e={entry.event} names={names} />
            ),
          )
        )}
      </Stack>
    </Paper>
  );
}
