import { Alert, Button, Checkbox, Group, Input, List, NativeSelect, Paper, Progress, Stack, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../app/api';
import { ImportReportView } from './ImportReportView';
import { RecentImports } from './RecentImports';
import { IMPORT_KINDS, type ImportKind, type ImportMode, type ImportReport, kindKey, MAX_IMPORT_BYTES, uploadImport } from './upload';

type Phase = { at: 'idle' } | { at: 'uploading'; percent: number } | { at: 'processing' } | { at: 'done'; report: ImportReport } | { at: 'error'; message: string };

export function ImportPage() {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const fileId = useId();
  const [kind, setKind] = useState<ImportKind>('customers');
  const [file, setFile] = useState<File | null>(null);
  const [dryRun, setDryRun] = useState(false);
  const [mode, setMode] = useState<ImportMode>('best-effort');
  const [fileError, setFileError] = useState<string | null>(null);
  const [phase, setPhase] = useState<Phase>({ at: 'idle' });
  const busy = phase.at === 'uploading' || phase.at === 'processing';

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    if (!file) return setFileError(t('importPage.noFile'));
    if (file.size > MAX_IMPORT_BYTES) return setFileError(t('importPage.tooLarge'));
    setFileError(null);
    setPhase({ at: 'uploading', percent: 0 });
    try {
      const report = await uploadImport({
        kind,
        file,
        dryRun,
        mode,
        onProgress: (f) => setPhase({ at: 'uploading', percent: Math.round(f * 100) }),
        onUploaded: () => setPhase({ at: 'processing' }),
      });
      setPhase({ at: 'done', report });
    } catch (err) {
      const message = isApiError(err) ? (err.status === 413 ? t('importPage.tooLarge') : err.message) : t('errors.generic');
      setPhase({ at: 'error', message });
    } finally {
      void qc.invalidateQueries({ queryKey: ['imports'] });
      void qc.invalidateQueries({ queryKey: ['customers'] });
    }
  };

  return (
    <Stack>
      <Title order={1}>{t('importPage.title')}</Title>
      <Paper withBorder p="lg">
        <form onSubmit={onSubmit} noValidate>
          <Stack>
            <Group grow align="flex-start">
              <NativeSelect
                label={t('importPage.kind')}
                value={kind}
                onChange={(e) => setKind(e.currentTarget.value as ImportKind)}
                data={IMPORT_KINDS.map((k) => ({ value: k, label: t(`importPage.kinds.${kindKey(k)}`) }))}
                data-testid="import-kind"
              />
              <NativeSelect
                label={t('importPage.mode')}
                value={mode}
                onChange={(e) => setMode(e.currentTarget.value as ImportMode)}
                data={[
                  { value: 'best-effort', label: t('importPage.modes.bestEffort') },
                  { value: 'all-or-nothing', label: t('importPage.modes.allOrNothing') },
                ]}
                data-testid="import-mode"
              />
            </Group>
            <Input.Wrapper label={t('importPage.file')} labelProps={{ htmlFor: fileId }} error={fileError} required>
              <input
                id={fileId}
                type="file"
                accept=".csv,text/csv"
                data-testid="import-file"
                style={{ display: 'block', marginTop: 4 }}
                onChange={(e) => {
                  setFile(e.currentTarget.files?.[0] ?? null);
                  setFileError(null);
                }}
              />
            </Input.Wrapper>
            <Checkbox label={t('importPage.dryRun')} checked={dryRun} onChange={(e) => setDryRun(e.currentTarget.checked)} data-testid="import-dry-run" />
            <Group>
              <Button type="submit" loading={busy} data-testid="import-submit">
                {t('importPage.submit')}
              </Button>
            </Group>
            {phase.at === 'uploading' && (
              <Stack gap={4}>
                <Progress value={phase.percent} animated aria-label={t('importPage.uploading', { percent: phase.percent })} data-testid="import-progress" />
                <Text size="sm" c="dimmed">
                  {t('importPage.uploading', { percent: phase.percent })}
                </Text>
              </Stack>
            )}
            {phase.at === 'processing' && (
              <Stack gap={4}>
                <Progress value={100} striped animated data-testid="import-progress" />
                <Text size="sm" c="dimmed" role="status">
                  {t('importPage.processing')}
                </Text>
              </Stack>
            )}
          </Stack>
        </form>
      </Paper>
      {phase.at === 'error' && (
        <Alert color="red" role="alert" data-testid="import-error">
          {phase.message}
        </Alert>
      )}
      {phase.at === 'done' && <ImportReportView report={phase.report} />}
      <Alert color="gray" title={t('importPage.helpTitle')}>
        <List size="sm" spacing={4}>
          <List.Item>{t('importPage.helpFormat')}</List.Item>
          <List.Item>
            <strong>{t(`importPage.kinds.${kindKey(kind)}`)}</strong>: {t(`importPage.helpColumns.${kindKey(kind)}`)}
          </List.Item>
        </List>
      </Alert>
      <RecentImports />
    </Stack>
  );
}
