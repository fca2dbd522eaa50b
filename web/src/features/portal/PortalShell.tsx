import { Box, Container, Group, SegmentedControl, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLang, type Lang, setLanguage } from '../../i18n';

/** NL/EN switch for customers: remembered in this browser only (customers have no account to store it on). */
export function CustomerLanguageSwitch() {
  const { t } = useTranslation('portal');
  return (
    <SegmentedControl
      data-testid="lang-switch"
      aria-label={t('shell.language')}
      size="xs"
      value={currentLang()}
      onChange={(v) => void setLanguage(v as Lang)}
      data={[
        { value: 'nl', label: 'NL' },
        { value: 'en', label: 'EN' },
      ]}
    />
  );
}

/**
 * The frame of every customer-facing page: a plain header with the company (when the page knows it), the
 * language switch and optional controls on the right; no staff navigation.
 */
export function PortalShell({ company, right, children }: { company?: string; right?: ReactNode; children: ReactNode }) {
  const { t } = useTranslation('portal');
  return (
    <Box mih="100vh" bg="gray.0">
      <Box component="header" bg="white" style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}>
        <Container size="md" py="sm">
          <Group justify="space-between" wrap="nowrap">
            <Box>
              <Title order={3} c="teal.8" data-testid="portal-company">
                {company || t('shell.title')}
              </Title>
              {company && (
                <Text size="xs" c="dimmed">
                  {t('shell.title')}
                </Text>
              )}
            </Box>
            <Group gap="sm" wrap="nowrap">
              {right}
              <CustomerLanguageSwitch />
            </Group>
          </Group>
        </Container>
      </Box>
      <Container size="md" py="lg" component="main">
        {children}
      </Container>
    </Box>
  );
}
