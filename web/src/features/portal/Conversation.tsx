import { Anchor, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../app/format';
import { currentLang } from '../../i18n';
import { attachmentUrl, type CaseMessage } from './api';
import { formatBytes, frameHeight, messageDocument } from './message-document';

/**
 * A message body. HTML is only the server-sanitised `bodyHtml`, and only inside a frame with an empty sandbox
 * (no scripts, no same-origin access, nothing loaded from elsewhere); otherwise the plain text.
 */
function MessageBody({ m, author }: { m: CaseMessage; author: string }) {
  const { t } = useTranslation('portal');
  if (!m.bodyHtml)
    return (
      <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }} data-testid="portal-message-body">
        {m.bodyText}
      </Text>
    );
  return (
    <iframe
      sandbox=""
      srcDoc={messageDocument(m.bodyHtml)}
      title={t('conversation.bodyTitle', { author })}
      referrerPolicy="no-referrer"
      data-testid="portal-message-body"
      style={{ width: '100%', height: frameHeight(m.bodyText), border: 0, resize: 'vertical', overflow: 'auto', background: 'transparent' }}
    />
  );
}

/** One message: the customer's own on the right, customer service's on the left. */
function MessageBubble({ caseId, m }: { caseId: string; m: CaseMessage }) {
  const { t } = useTranslation('portal');
  const lang = currentLang();
  const mine = m.direction === 'inbound';
  const author = mine ? t('conversation.you') : t('conversation.service');
  return (
    <Group justify={mine ? 'flex-end' : 'flex-start'}>
      <Paper
        withBorder
        p="sm"
        w="85%"
        bg={mine ? 'var(--mantine-color-teal-light)' : 'white'}
        style={{ borderColor: mine ? 'var(--mantine-color-teal-3)' : undefined }}
        data-testid="portal-message"
        data-direction={m.direction}
      >
        <Stack gap={6}>
          <Group justify="space-between" gap="xs">
            <Text size="sm" fw={600}>
              {author}
            </Text>
            <Text size="xs" c="dimmed">
              {formatDateTime(m.createdAt, lang)}
            </Text>
          </Group>
          <MessageBody m={m} author={author} />
          {m.attachments.length > 0 && (
            <Group gap="xs" aria-label={t('conversation.attachments')}>
              {m.attachments.map((a) => (
                <Anchor key={a.id} href={attachmentUrl(caseId, a.id)} download={a.filename} size="sm" data-testid="portal-attachment">
                  {a.filename} ({formatBytes(a.size, lang)})
                </Anchor>
              ))}
            </Group>
          )}
        </Stack>
      </Paper>
    </Group>
  );
}

/** The conversation of a case, oldest first, without the desk's internal notes (the server never sends them). */
export function Conversation({ caseId, messages }: { caseId: string; messages: CaseMessage[] }) {
  const { t } = useTranslation('portal');
  const shown = messages.filter((m) => m.direction !== 'note');
  if (shown.length === 0)
    return (
      <Text c="dimmed" size="sm">
        {t('conversation.empty')}
      </Text>
    );
  return (
    <Stack gap="sm" aria-label={t('conversation.title')}>
      {shown.map((m) => (
        <MessageBubble key={m.id} caseId={caseId} m={m} />
      ))}
    </Stack>
  );
}
