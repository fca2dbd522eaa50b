import { Alert, Button, Center, Group, Loader, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useNavigate } from 'react-router';
import { isSignedOut, portalProblem, usePortalMe, useSignOut } from './api';
import { PortalShell } from './PortalShell';
import { SignInForm } from './SignInForm';

/** `/portaal/*`: the customer header (who is signed in, sign-out) around the portal pages. */
export function PortalLayout() {
  const { t } = useTranslation('portal');
  const me = usePortalMe();
  const signOut = useSignOut();
  const navigate = useNavigate();
  const right = me.data && (
    <Group gap="sm" wrap="nowrap">
      <Text size="sm" c="dimmed" visibleFrom="sm">
        {t('shell.signedInAs', { email: me.data.email })}
      </Text>
      <Button
        variant="default"
        size="xs"
        loading={signOut.isPending}
        onClick={() => signOut.mutate(undefined, { onSettled: () => navigate('/portaal', { replace: true }) })}
        data-testid="portal-signout"
      >
        {t('shell.signOut')}
      </Button>
    </Group>
  );
  return (
    <PortalShell right={right}>
      <Outlet />
    </PortalShell>
  );
}

/** Spinner with a spoken label, for customer pages. */
export function PortalLoading() {
  const { t } = useTranslation('portal');
  return (
    <Center p="xl">
      <Loader aria-label={t('common.loading')} />
    </Center>
  );
}

/** A failed load with a retry button, in the customer's language. */
export function PortalError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation('portal');
  return (
    <Alert color="red" role="alert">
      <Group justify="space-between">
        <Text size="sm">{portalProblem(error, t)}</Text>
        {onRetry && (
          <Button size="xs" variant="light" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        )}
      </Group>
    </Alert>
  );
}

/** Shows its children to a signed-in customer and the sign-in form to anyone else. */
export function RequirePortalSession({ children }: { children: ReactNode }) {
  const me = usePortalMe();
  if (me.isPending) return <PortalLoading />;
  if (isSignedOut(me.error)) return <SignInForm />;
  if (me.isError) return <PortalError error={me.error} onRetry={() => void me.refetch()} />;
  return <>{children}</>;
}
