import { Alert, Anchor, Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { api, isApiError } from '../../app/api';
import { meKey } from '../../app/session';
import { AuthCard } from './AuthCard';

export function SignInPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const qc = useQueryClient();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const signIn = useMutation({
    mutationFn: () => api<unknown>('POST', '/api/auth/sign-in/email', { email, password }, { redirectOn401: false }),
    onSuccess: async () => {
      qc.clear();
      await qc.invalidateQueries({ queryKey: meKey });
      navigate('/', { replace: true });
    },
  });

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    signIn.mutate();
  };

  const err = signIn.error;
  const message = !err
    ? null
    : isApiError(err) && err.status === 401
      ? t('signIn.invalid')
      : isApiError(err) && err.status === 429
        ? (err.problem.detail ?? err.message)
        : isApiError(err)
          ? err.message
          : t('errors.generic');

  return (
    <AuthCard title={t('signIn.title')}>
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          {message && (
            <Alert color="red" role="alert" data-testid="signin-error">
              {message}
            </Alert>
          )}
          <TextInput
            label={t('signIn.email')}
            type="email"
            autoComplete="username"
            required
            value={email}
            onChange={(e) => setEmail(e.currentTarget.value)}
            data-testid="signin-email"
          />
          <PasswordInput
            label={t('signIn.password')}
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
            data-testid="signin-password"
          />
          <Button type="submit" loading={signIn.isPending} data-testid="signin-submit">
            {t('signIn.submit')}
          </Button>
          <Anchor component={Link} to="/forgot-password" size="sm">
            {t('signIn.forgot')}
          </Anchor>
        </Stack>
      </form>
    </AuthCard>
  );
}
