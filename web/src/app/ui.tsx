import { Alert, Button, Center, Loader, Pagination, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { isApiError } from './api';
import type { Role } from './types';
import { useMe } from './session';

export function Loading() {
  const { t } = useTranslation();
  return (
    <Center p="xl">
      <Loader aria-label={t('app.loading')} />
    </Center>
  );
}

export function ErrorAlert({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  const detail = isApiError(error) ? error.message : t('errors.generic');
  return (
    <Alert color="red" title={t('app.error')} role="alert">
      <Stack gap="xs">
        <Text size="sm">{detail}</Text>
        {onRetry && (
          <Button size="xs" variant="light" onClick={onRetry} w="fit-content">
            {t('app.retry')}
          </Button>
        )}
      </Stack>
    </Alert>
  );
}

/** Shows children only to the given roles; others get a polite refusal. */
export function RequireRole({ roles, children }: { roles: readonly Role[]; children: ReactNode }) {
  const { t } = useTranslation();
  const me = useMe();
  if (me.isPending) return <Loading />;
  if (!me.data || !roles.includes(me.data.role))
    return (
      <Alert color="yellow" title={t('app.noAccess')}>
        <Button component={Link} to="/" variant="light" size="xs">
          {t('app.backHome')}
        </Button>
      </Alert>
    );
  return <>{children}</>;
}

/** Pagination with translated labels on the arrow buttons. */
export function Pager({ total, value, onChange }: { total: number; value: number; onChange: (page: number) => void }) {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('pager.label')}>
      <Pagination
        total={total}
        value={value}
        onChange={onChange}
        getControlProps={(control) => ({ 'aria-label': t(`pager.${control}`) })}
      />
    </nav>
  );
}
