import { Anchor, Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../app/format';
import { currentLang } from '../../i18n';
import { formatCallDuration } from './deadline';
import { messageDocument } from './safe-html';
import { SplitModal } from './SplitModal';
import type { CaseMessage } from './types';
import { formatBytes } from './upload';

const LOOK = {
  inbound: { bg: undefined, border: 'var(--mantine-color-blue-5)', label: 'inbound' },
  outbound: { bg: 'var(--mantine-color-teal-light)', border: 'var(--mantine-color-teal-6)', label: 'outbound' },
  note: { bg: 'var(--mantine-color-yellow-light)', border: 'var(--mantine-color-yellow-6)', label: 'note' },
} as const;

/** Rough height for the message frame (a sandboxed frame cannot be measured); the reader can drag it taller. */
function frameHeight(text: string): number {
  const lines = text.split('\n').reduce((n, line) => n + Math.max(1, Math.ceil(line.length / 90)), 0);
  return Math.min(480, Math.max(60, lines * 21 + 24));
}

/**
 * The body of a message. HTML is only ever the server-sanitised `bodyHtml`, shown in a frame with an empty
 * sandbox (no scripts, no same-origin access, no remote content); otherwise the plain text.
 */
function MessageBody({ m }: { m: CaseMessage }) {
  const { t } = useTranslation();
  if (!m.bodyHtml)
    return (
      <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }} data-testid="case-message-body">
        {m.bodyText}
      </Text>
    );
  return (
    <iframe
      sandbox=""
      srcDoc={messageDocument(m.bodyHtml)}
      title={t('cases.timeline.bodyTitle', { author: m.authorLabel })}
      referrerPolicy="no-referrer"
      data-testid="case-message-body"
      style={{ width: '100%', height: frameHeight(m.bodyText), border: 0, resize: 'vertical', overflow: 'auto', background: 'transparent' }}
    />
  );
}

/** One message of the timeline; inbound, outbound and internal notes each look different. */
export function MessageItem({ caseId, m }: { caseId: string; m: CaseMessage }) {
  const { t } = useTranslation();
  const [splitting, { open, close }] = useDisclosure(false);
  const look = LOOK[m.direction];
  const failed = m.direction === 'outbound' && m.delivery === 'failed';
  return (
    <Paper
      withBorder
      p="sm"
      bg={look.bg}
      style={{ borderLeft: `4px solid ${failed ? 'var(--mantine-color-red-6)' : look.border}` }}
      data-testid="case-message"
      data-direction={m.direction}
      data-delivery={m.delivery}
    >
      <Stack gap={6}>
        <Group justify="space-between" gap="xs">
          <Group gap="xs">
            <Badge size="sm" variant={m.direction === 'note' ? 'filled' : 'light'} color={m.direction === 'note' ? 'yellow' : m.direction === 'outbound' ? 'teal' : 'blue'}>
              {t(`cases.timeline.${look.label}`)}
            </Badge>
            <Text size="sm" fw={600}>
              {m.authorLabel}
            </Text>
            {m.fromAddress && m.fromAddress !== m.authorLabel && (
              <Text size="xs" c="dimmed">
                {m.fromAddress}
              </Text>
            )}
            {(m.callSeconds !== null || (m.channel === 'phone' && m.direction === 'inbound')) && (
              <Badge size="sm" variant="outline" color="gray">
                {m.callSeconds !== null ? t('cases.timeline.call', { duration: formatCallDuration(m.callSeconds) }) : t('cases.channels.phone')}
              </Badge>
            )}
          </Group>
          <Group gap="xs">
            {m.direction === 'outbound' && (m.delivery === 'queued' || m.delivery === 'sent') && (
              <Text size="xs" c="dimmed" data-testid="case-message-delivery">
                {t(`cases.timeline.delivery.${m.delivery}`)}
              </Text>
            )}
            <Text size="xs" c="dimmed">
              {formatDateTime(m.createdAt, currentLang())}
            </Text>
          </Group>
        </Group>
        {m.to.length > 0 && m.direction === 'outbound' && (
          <Text size="xs" c="dimmed">
            {t('cases.timeline.to', { to: m.to.join(', ') })}
          </Text>
        )}
        {failed && (
          <Text size="sm" c="red" fw={600} data-testid="case-message-failed">
            {t('cases.timeline.notDelivered')}
            {m.deliveryError && `: ${m.deliveryError}`}
          </Text>
        )}
        <MessageBody m={m} />
        {m.attachments.length > 0 && (
          <Group gap="xs" data-testid="case-message-attachments">
            {m.attachments.map((a) => (
              <Anchor key={a.id} href={`/api/v1/cases/${caseId}/attachments/${a.id}`} download={a.filename} size="sm">
                {a.filename} ({formatBytes(a.size)})
              </Anchor>
            ))}
          </Group>
        )}
        {(m.hasOriginal || m.direction === 'inbound') && (
          <Group gap="sm">
            {m.hasOriginal && (
              <Anchor href={`/api/v1/cases/${caseId}/messages/${m.id}/original`} download size="xs" data-testid="case-message-original">
                {t('cases.timeline.original')}
              </Anchor>
            )}
            {m.direction === 'inbound' && (
              <Button size="compact-xs" variant="subtle" onClick={open} data-testid="case-message-split">
                {t('cases.timeline.split')}
              </Button>
            )}
          </Group>
        )}
      </Stack>
      {splitting && <SplitModal caseId={caseId} m={m} onClose={close} />}
    </Paper>
  );
}
