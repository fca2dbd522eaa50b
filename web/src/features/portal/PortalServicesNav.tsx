import { Anchor, Paper, SimpleGrid, Stack, Title, UnstyledButton, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { RequirePortalSession } from './PortalLayout';

const PAGES = [
  { to: '/portaal/offertes', key: 'quotes', testId: 'portal-nav-quotes' },
  { to: '/portaal/afspraken', key: 'bookings', testId: 'portal-nav-bookings' },
  { to: '/portaal/facturen', key: 'invoices', testId: 'portal-nav-invoices' },
  { to: '/portaal/reparaties', key: 'repairs', testId: 'portal-nav-repairs' },
] as const;

/** The customer's paid services on the portal home page: quotes, appointments, invoices and repairs. */
export function PortalServicesLinks() {
  const { t } = useTranslation('portalServices');
  return (
    <Paper withBorder p="md" component="nav" aria-labelledby="portal-services-title">
      <Stack gap="sm">
        <Title order={2} size="h3" id="portal-services-title">
          {t('nav.title')}
        </Title>
        <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm">
          {PAGES.map((p) => (
            <UnstyledButton key={p.key} component={Link} to={p.to} data-testid={p.testId} p="md" style={{ border: '1px solid var(--mantine-color-gray-3)', borderRadius: 8, textAlign: 'center' }}>
              <Text fw={600} c="teal.8">
                {t(`nav.${p.key}`)}
              </Text>
            </UnstyledButton>
          ))}
        </SimpleGrid>
      </Stack>
    </Paper>
  );
}

/** Frame of a paid-services page: signed-in customers only, a way back, and a title. */
export function PortalServicesPage({ title, children }: { title: string; children: ReactNode }) {
  const { t } = useTranslation('portalServices');
  return (
    <RequirePortalSession>
      <Stack gap="md">
        <Anchor component={Link} to="/portaal" size="sm">
          ‹ {t('nav.back')}
        </Anchor>
        <Title order={1} size="h2">
          {title}
        </Title>
        {children}
      </Stack>
    </RequirePortalSession>
  );
}
