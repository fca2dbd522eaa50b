import { Alert, Anchor, Button, Stack, Text, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, isApiError } from '../../app/api';
import { AuthCard } from './AuthCard';

export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const request = useMutation({
    mutationFn: () => api<unknown>('POST', '/api/auth/request-password-reset', { email }, { redirectOn401: false }),
  });
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    request.mutate();
  };
  return (
    <AuthCard title={t('forgot.title')}>
      <form onSubmit={onSubmit}>
        <Stack>
          <Text size="sm">{t('forgot.intro')}</Text>
          {request.isSuccess && (
            <Alert color="teal" role="status">
              {t('forgot.sent')}
            </Alert>
          )}
          {request.isError && (
            <Alert color="red" role="alert">
              {isApiError(request.error) ? request.error.message : t('errors.generic')}
            </Alert>
          )}
          <TextInput
            label={t('signIn.email')}
            type="email"
            autoComplete="email"
            required
            value={email}
            onChange={(e) => setEmail(e.currentTarget.value)}
          />
          <Button type="submit" loading={request.isPending}>
            {t('forgot.submit')}
          </Button>
          <Anchor component={Link} to="/sign-in" size="sm">
            {t('forgot.back')}
          </Anchor>
        </Stack>
      </form>
    </AuthCard>
  );
}
