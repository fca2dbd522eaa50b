import { Alert, Button, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { salesProblem } from '../sales/problems';
import { useUploadStatement } from './api';

function Count({ label, value, testId }: { label: string; value: number; testId: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="xl" fw={700} data-testid={testId} data-count={value}>
        {value}
      </Text>
    </div>
  );
}

/** Reads a CAMT.053 statement; payments with a recognisable invoice number are matched by the server. */
export function BankUpload() {
  const { t } = useTranslation('sales');
  const upload = useUploadStatement();
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [missing, setMissing] = useState(false);
  const result = upload.data;

  const submit = () => {
    if (!file) return setMissing(true);
    setMissing(false);
    upload.mutate(file, {
      onSuccess: () => {
        setFile(null);
        if (input.current) input.current.value = '';
      },
    });
  };

  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Text size="sm" fw={500} component="label" htmlFor="bank-upload-file">
          {t('bank.upload')}
        </Text>
        <Text size="xs" c="dimmed">
          {t('bank.uploadHint')}
        </Text>
        <Group>
          <input
            id="bank-upload-file"
            ref={input}
            type="file"
            accept=".xml,.camt,.053,application/xml,text/xml"
            onChange={(e) => setFile(e.currentTarget.files?.[0] ?? null)}
            data-testid="bank-upload"
          />
          <Button onClick={submit} loading={upload.isPending} data-testid="bank-upload-submit">
            {t('bank.submit')}
          </Button>
        </Group>
        {missing && <Text c="red" size="sm">{t('bank.noFile')}</Text>}
        {upload.isError && (
          <Alert color="red" role="alert" data-testid="bank-upload-error">
            {salesProblem(upload.error, t)}
          </Alert>
        )}
        {result && (
          <Paper withBorder p="sm" bg="gray.0" data-testid="bank-result">
            <Stack gap="xs">
              <Text fw={600}>{t('bank.result')}</Text>
              <SimpleGrid cols={{ base: 2, sm: 4 }}>
                <Count label={t('bank.statements')} value={result.statements.length} testId="bank-result-statements" />
                <Count label={t('bank.matched')} value={result.matched} testId="bank-result-matched" />
                <Count label={t('bank.unmatched')} value={result.unmatched} testId="bank-result-unmatched" />
                <Count label={t('bank.ignored')} value={result.ignored} testId="bank-result-ignored" />
              </SimpleGrid>
              {result.statements.map((s) => (
                <Text key={s.id} size="xs" c="dimmed">
                  {s.filename} · {s.iban} · {s.statementId} · {t('bank.lineCount', { count: s.lineCount })}
                </Text>
              ))}
            </Stack>
          </Paper>
        )}
      </Stack>
    </Paper>
  );
}
