import { Alert, Button, CloseButton, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLang } from '../../i18n';
import { type Attachment, type CaseStatus, portalProblem, uploadPortalAttachment, useSendReply } from './api';
import { formatBytes } from './message-document';

/**
 * The customer's reply with attachments. Files upload as soon as they are picked, so a file that is too large
 * is refused before the message is written; the reply then carries their ids.
 */
export function ReplyForm({ caseId, status }: { caseId: string; status: CaseStatus }) {
  const { t } = useTranslation('portal');
  const send = useSendReply(caseId);
  const fileInput = useRef<HTMLInputElement>(null);
  const [body, setBody] = useState('');
  const [files, setFiles] = useState<Attachment[]>([]);
  const [uploading, setUploading] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  async function upload(list: FileList | null) {
    const picked = Array.from(list ?? []);
    if (fileInput.current) fileInput.current.value = '';
    if (picked.length === 0) return;
    setUploading(true);
    setProblem(null);
    try {
      for (const file of picked) {
        const stored = await uploadPortalAttachment(caseId, file);
        setFiles((fs) => [...fs, stored]);
      }
    } catch (e) {
      setProblem(portalProblem(e, t));
    } finally {
      setUploading(false);
    }
  }

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    if (!body.trim()) {
      setProblem(t('reply.empty'));
      return;
    }
    setProblem(null);
    send.mutate(
      { body: body.trim(), attachmentIds: files.map((f) => f.id) },
      {
        onSuccess: () => {
          setBody('');
          setFiles([]);
        },
        onError: (err) => setProblem(portalProblem(err, t)),
      },
    );
  };

  return (
    <Paper withBorder p="md">
      <form onSubmit={onSubmit}>
        <Stack gap="sm">
          <Title order={3} size="h4">
            {t('reply.title')}
          </Title>
          {(status === 'closed' || status === 'resolved') && (
            <Text size="sm" c="dimmed">
              {t('reply.reopens')}
            </Text>
          )}
          {problem && (
            <Alert color="red" role="alert" data-testid="portal-reply-error">
              {problem}
            </Alert>
          )}
          <Textarea
            aria-label={t('reply.title')}
            placeholder={t('reply.placeholder')}
            autosize
            minRows={3}
            maxLength={20_000}
            value={body}
            onChange={(e) => setBody(e.currentTarget.value)}
            data-testid="portal-reply"
          />
          {files.length > 0 && (
            <Group gap="xs" data-testid="portal-reply-attachments">
              {files.map((f) => (
                <Group key={f.id} gap={4} wrap="nowrap">
                  <Text size="sm">
                    {f.filename} ({formatBytes(f.size, currentLang())})
                  </Text>
                  <CloseButton size="sm" aria-label={t('reply.remove', { name: f.filename })} onClick={() => setFiles((fs) => fs.filter((x) => x.id !== f.id))} />
                </Group>
              ))}
            </Group>
          )}
          <Group justify="space-between">
            <Button variant="default" size="sm" loading={uploading} onClick={() => fileInput.current?.click()}>
              {t('reply.attach')}
            </Button>
            <input ref={fileInput} type="file" multiple hidden onChange={(e) => void upload(e.currentTarget.files)} data-testid="portal-reply-file" />
            <Button type="submit" loading={send.isPending} disabled={uploading} data-testid="portal-reply-send">
              {t('reply.send')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
