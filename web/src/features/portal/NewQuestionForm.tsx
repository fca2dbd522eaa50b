import { Alert, Button, Paper, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { portalProblem, useCreateQuestion } from './api';

/** "Nieuwe vraag": opens a case on the portal channel and shows its conversation. */
export function NewQuestionForm() {
  const { t } = useTranslation('portal');
  const navigate = useNavigate();
  const create = useCreateQuestion();
  const [subject, setSubject] = useState('');
  const [body, setBody] = useState('');
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    if (!subject.trim() || !body.trim()) return;
    create.mutate({ subject: subject.trim(), body: body.trim() }, { onSuccess: (c) => navigate(`/portaal/zaken/${c.id}`) });
  };
  return (
    <Paper withBorder p="md">
      <form onSubmit={onSubmit}>
        <Stack gap="sm">
          <Title order={2} size="h3">
            {t('newCase.title')}
          </Title>
          {create.isError && (
            <Alert color="red" role="alert">
              {portalProblem(create.error, t)}
            </Alert>
          )}
          <TextInput label={t('newCase.subject')} required maxLength={300} value={subject} onChange={(e) => setSubject(e.currentTarget.value)} data-testid="portal-new-subject" />
          <Textarea
            label={t('newCase.body')}
            placeholder={t('newCase.bodyPlaceholder')}
            required
            autosize
            minRows={4}
            maxLength={20_000}
            value={body}
            onChange={(e) => setBody(e.currentTarget.value)}
            data-testid="portal-new-body"
          />
          <Button type="submit" loading={create.isPending} w="fit-content" data-testid="portal-new-submit">
            {t('newCase.submit')}
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}
