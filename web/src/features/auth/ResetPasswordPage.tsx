import { Alert, Anchor, Button, PasswordInput, Stack } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { api, isApiError } from '../../app/api';
import { AuthCard } from './AuthCard';

export function ResetPasswordPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [localError, setLocalError] = useState<string | null>(null);
  const reset = useMutation({
    mutationFn: () => api<unknown>('POST', '/api/auth/reset-password', { newPassword: password, token }, { redirectOn401: false }),
  });

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    if (password.length < 10) return setLocalError(t('reset.tooShort'));
    if (password !== confirm) return setLocalError(t('reset.mismatch'));
    setLocalError(null);
    reset.mutate();
  };

  const serverError =
    reset.isError && isApiError(reset.error) && reset.error.status === 429 ? reset.error.message : reset.isError ? t('reset.invalid') : null;

  return (
    <AuthCard title={t('reset.title')}>
      {!token ? (
        <Alert color="red" role="alert">
          {t('reset.noToken')}
        </Alert>
      ) : reset.isSuccess ? (
        <Stack>
          <Alert color="teal" role="status">
            {t('reset.done')}
          </Alert>
          <Button component={Link} to="/sign-in">
            {t('signIn.submit')}
          </Button>
        </Stack>
      ) : (
        <form onSubmit={onSubmit} noValidate>
          <Stack>
            {serverError && (
              <Alert color="red" role="alert">
                {serverError}
              </Alert>
            )}
            <PasswordInput
              label={t('reset.password')}
              autoComplete="new-password"
              required
              value={password}
              onChange={(e) => setPassword(e.currentTarget.value)}
              error={localError === t('reset.tooShort') ? localError : undefined}
            />
            <PasswordInput
              label={t('reset.confirm')}
              autoComplete="new-password"
              required
              value={confirm}
              onChange={(e) => setConfirm(e.currentTarget.value)}
              error={localError === t('reset.mismatch') ? localError : undefined}
            />
            <Button type="submit" loading={reset.isPending}>
              {t('reset.submit')}
            </Button>
          </Stack>
        </form>
      )}
      <Anchor component={Link} to="/forgot-password" size="sm" mt="md" display="block">
        {t('forgot.title')}
      </Anchor>
    </AuthCard>
  );
}
