import { Alert, Button, Group, NativeSelect, Paper, Pill, Stack, Text } from '@mantine/core';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemMessage } from '../../app/problem-messages';
import { useSendMessage } from './api';
import { MacroPicker } from './MacroPicker';
import { insertHtml, isEmpty, RichEditor } from './RichEditor';
import { type Attachment, type Case, type CaseChanges, type CaseStatus, type MacroSet, STATUSES } from './types';
import { formatBytes, uploadAttachment } from './upload';

type Kind = 'reply' | 'note';

/** The editor writes some single spaces (next to formatting) as `&nbsp;`; those become ordinary spaces, runs stay. */
const plainSpaces = (html: string) => html.replace(/(?<!&nbsp;|\s)&nbsp;(?!&nbsp;|\s)/g, ' ');
const DEFAULT_STATUS: Record<Kind, CaseStatus | ''> = { reply: 'waiting_customer', note: '' };

interface Props {
  c: Case;
  save: (changes: CaseChanges) => void;
  onTyping: () => void;
}

/** Reply to the customer or write an internal note, with attachments, macros and the status to set afterwards. */
export function Composer({ c, save, onTyping }: Props) {
  const { t } = useTranslation();
  const editor = useRef<HTMLDivElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const [kind, setKind] = useState<Kind>('reply');
  const [status, setStatus] = useState<CaseStatus | ''>(DEFAULT_STATUS.reply);
  const [statusTouched, setStatusTouched] = useState(false);
  const [empty, setEmpty] = useState(true);
  const [files, setFiles] = useState<Attachment[]>([]);
  const [uploading, setUploading] = useState(0);
  const [problem, setProblem] = useState<string | null>(null);
  const send = useSendMessage(c.id);

  const changed = () => {
    setEmpty(isEmpty(editor.current));
    onTyping();
  };
  const chooseKind = (k: Kind) => {
    setKind(k);
    if (!statusTouched) setStatus(DEFAULT_STATUS[k]);
  };
  const upload = async (list: FileList | null) => {
    setProblem(null);
    for (const file of Array.from(list ?? [])) {
      setUploading((n) => n + 1);
      try {
        const a = await uploadAttachment(c.id, file);
        setFiles((fs) => [...fs, a]);
      } catch (err) {
        setProblem(problemMessage(err, t));
      } finally {
        setUploading((n) => n - 1);
      }
    }
    if (fileInput.current) fileInput.current.value = '';
  };
  const applyMacro = (html: string, set: MacroSet) => {
    if (editor.current) insertHtml(editor.current, html);
    changed();
    if (set.status) {
      setStatus(set.status);
      setStatusTouched(true);
    }
    const changes: CaseChanges = {};
    if (set.priority) changes.priority = set.priority;
    if (set.teamId !== undefined) changes.teamId = set.teamId;
    if (set.assigneeId !== undefined) changes.assigneeId = set.assigneeId;
    if (set.addTags?.length) changes.tags = [...new Set([...c.tags, ...set.addTags])];
    if (Object.keys(changes).length) save(changes);
  };
  const reset = () => {
    if (editor.current) editor.current.replaceChildren();
    setEmpty(true);
    setFiles([]);
    setStatusTouched(false);
    setStatus(DEFAULT_STATUS[kind]);
  };
  const submit = () => {
    setProblem(null);
    if (isEmpty(editor.current) && files.length === 0) return setProblem(t('cases.reply.empty'));
    send.mutate(
      { kind, bodyHtml: plainSpaces(editor.current?.innerHTML ?? ''), status: status || undefined, attachmentIds: files.map((f) => f.id) },
      { onSuccess: reset, onError: (err) => setProblem(problemMessage(err, t)) },
    );
  };

  return (
    <Paper withBorder p="lg" data-testid="case-composer">
      <Stack gap="sm">
        <Group justify="space-between">
          <Button.Group>
            {(['reply', 'note'] as const).map((k) => (
              <Button
                key={k}
                variant={kind === k ? 'filled' : 'default'}
                color={k === 'note' ? 'yellow' : undefined}
                aria-pressed={kind === k}
                onClick={() => chooseKind(k)}
                data-testid={`case-reply-kind-${k}`}
              >
                {t(`cases.reply.${k}`)}
              </Button>
            ))}
          </Button.Group>
          <MacroPicker caseId={c.id} onApply={applyMacro} />
        </Group>
        <RichEditor
          editorRef={editor}
          placeholder={kind === 'note' ? t('cases.reply.notePlaceholder') : t('cases.reply.placeholder')}
          empty={empty}
          onInput={changed}
          background={kind === 'note' ? 'var(--mantine-color-yellow-light)' : undefined}
        />
        {files.length > 0 && (
          <Group gap="xs" data-testid="case-reply-attachments">
            {files.map((f) => (
              <Pill key={f.id} withRemoveButton onRemove={() => setFiles((fs) => fs.filter((x) => x.id !== f.id))} removeButtonProps={{ 'aria-label': t('cases.reply.remove') }}>
                {f.filename} ({formatBytes(f.size)})
              </Pill>
            ))}
          </Group>
        )}
        {problem && (
          <Alert color="red" role="alert" data-testid="case-reply-error">
            {problem}
          </Alert>
        )}
        <Group justify="space-between" align="flex-end">
          <Group gap="xs">
            <input ref={fileInput} type="file" multiple hidden onChange={(e) => void upload(e.currentTarget.files)} data-testid="case-reply-file" />
            <Button variant="default" onClick={() => fileInput.current?.click()} loading={uploading > 0}>
              {t('cases.reply.attach')}
            </Button>
            {uploading > 0 && (
              <Text size="xs" c="dimmed">
                {t('cases.reply.uploading')}
              </Text>
            )}
          </Group>
          <Group gap="sm" align="flex-end">
            <NativeSelect
              label={t('cases.reply.statusAfter')}
              value={status}
              onChange={(e) => {
                setStatus(e.currentTarget.value as CaseStatus | '');
                setStatusTouched(true);
              }}
              data={[{ value: '', label: t('cases.reply.unchanged') }, ...STATUSES.map((s) => ({ value: s, label: t(`cases.statuses.${s}`) }))]}
              data-testid="case-reply-status"
            />
            <Button onClick={submit} loading={send.isPending} disabled={uploading > 0} color={kind === 'note' ? 'yellow' : undefined} data-testid="case-reply-send">
              {kind === 'note' ? t('cases.reply.saveNote') : t('cases.reply.send')}
            </Button>
          </Group>
        </Group>
      </Stack>
    </Paper>
  );
}
