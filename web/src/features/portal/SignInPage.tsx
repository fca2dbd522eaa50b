import { Alert, Center, Loader, Stack, Text } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate } from 'react-router';
import { isApiError } from '../../app/api';
import { portalProblem, useStartSession } from './api';
import { SignInForm } from './SignInForm';

/** The token of a sign-in link travels in the URL fragment, so it never reaches a server log or a Referer. */
function tokenFromHash(): string {
  const raw = window.location.hash.replace(/^#/, '').trim();
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/**
 * `/portaal/inloggen#<token>`: trades the token for a session cookie once, wipes it from the address bar and
 * goes to the portal. A used or expired link gets a friendly explanation and the form for a new one.
 */
export function SignInPage() {
  const { t } = useTranslation('portal');
  const navigate = useNavigate();
  const [token] = useState(tokenFromHash);
  const started = useRef(false);
  const start = useStartSession();

  useEffect(() => {
    if (!token || started.current) return;
    started.current = true;
    window.history.replaceState(window.history.state, '', window.location.pathname + window.location.search);
    start.mutate(token, { onSuccess: () => navigate('/portaal', { replace: true }) });
  }, [token, start, navigate]);

  if (!token) return <Navigate to="/portaal" replace />;
  if (start.isError) {
    const status = isApiError(start.error) ? start.error.status : 0;
    const text = status === 400 || status === 401 || status === 404 ? t('signIn.linkInvalid') : portalProblem(start.error, t);
    return (
      <SignInForm
        notice={
          <Alert color="orange" role="alert" data-testid="portal-link-error">
            {text}
          </Alert>
        }
      />
    );
  }
  return (
    <Center p="xl">
      <Stack align="center" gap="xs">
        <Loader aria-hidden />
        <Text size="sm">{t('signIn.checking')}</Text>
      </Stack>
    </Center>
  );
}
