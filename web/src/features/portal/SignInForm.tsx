import { Alert, Button, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { type FormEvent, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { portalProblem, useRequestLink } from './api';

/**
 * Asks for a sign-in link by email. The confirmation is the same whether or not the address is known, so the
 * form tells nobody who is a customer.
 */
export function SignInForm({ notice }: { notice?: ReactNode }) {
  const { t } = useTranslation('portal');
  const [email, setEmail] = useState('');
  const request = useRequestLink();
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    request.mutate(email);
  };
  return (
    <Paper withBorder p="lg" maw={480} mx="auto" mt="xl">
      <form onSubmit={onSubmit}>
        <Stack>
          <Title order={2} size="h3">
            {t('signIn.title')}
          </Title>
          {notice}
          <Text size="sm">{t('signIn.intro')}</Text>
          {request.isSuccess && (
            <Alert color="teal" role="status" data-testid="portal-link-sent">
              {t('signIn.sent')}
            </Alert>
          )}
          {request.isError && (
            <Alert color="red" role="alert">
              {portalProblem(request.error, t)}
            </Alert>
          )}
          <TextInput
            label={t('signIn.email')}
            type="email"
            autoComplete="email"
            required
            maxLength={254}
            value={email}
            onChange={(e) => setEmail(e.currentTarget.value)}
            data-testid="portal-email"
          />
          <Button type="submit" loading={request.isPending} data-testid="portal-send-link">
            {t('signIn.submit')}
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}
