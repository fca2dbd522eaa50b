import { AppShell, Box, Burger, Button, Group, NavLink, SegmentedControl, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import type { Lang } from '../i18n';
import { isApiError } from './api';
import { currentLang, setLanguage } from '../i18n';
import { NAV, useChangeLanguage, useMe, useSignOut } from './session';
import { ErrorAlert, Loading } from './ui';

/**
 * Language switch; `persist` also remembers the choice on the server for the signed-in user. Below the `xs`
 * breakpoint the options shrink to their language codes, so the header still fits a 320 px phone.
 */
export function LanguageSwitch({ persist = true }: { persist?: boolean }) {
  const { t } = useTranslation();
  const change = useChangeLanguage();
  const label = (lang: Lang) => (
    <>
      <Box component="span" visibleFrom="xs">
        {t(`lang.${lang}`)}
      </Box>
      <Box component="span" hiddenFrom="xs" title={t(`lang.${lang}`)}>
        {lang.toUpperCase()}
      </Box>
    </>
  );
  return (
    <Group gap={6} wrap="nowrap">
      <SegmentedControl
        data-testid="lang-switch"
        aria-label={t('app.language')}
        size="xs"
        value={currentLang()}
        onChange={(v) => (persist ? change.mutate(v as Lang) : void setLanguage(v as Lang))}
        data={[
          { value: 'nl', label: label('nl') },
          { value: 'en', label: label('en') },
        ]}
      />
    </Group>
  );
}

export function AppLayout() {
  const { t } = useTranslation();
  const [opened, { toggle, close }] = useDisclosure();
  const me = useMe();
  const signOut = useSignOut();
  const navigate = useNavigate();
  const { pathname } = useLocation();

  if (me.isPending) return <Loading />;
  if (isApiError(me.error) && me.error.status === 401) return <Loading />;
  if (me.isError || !me.data) return <ErrorAlert error={me.error} onRetry={() => void me.refetch()} />;
  const role = me.data.role;

  return (
    <AppShell header={{ height: 60 }} navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !opened } }} padding="md">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={t('nav.menu')} />
            <Title order={3} c="teal.8">
              {t('app.name')}
            </Title>
          </Group>
          <Group gap="md" wrap="nowrap">
            <LanguageSwitch />
            <Text size="sm" fw={500} data-testid="user-menu-name" visibleFrom="xs">
              {me.data.name}
            </Text>
            <Button
              variant="default"
              size="xs"
              loading={signOut.isPending}
              onClick={() => signOut.mutate(undefined, { onSettled: () => navigate('/sign-in') })}
              data-testid="sign-out"
            >
              {t('nav.signOut')}
            </Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm" component="nav" aria-label={t('nav.menu')}>
        {NAV.filter((n) => n.roles.includes(role)).map((n) => (
          <NavLink
            key={n.to}
            component={Link}
            to={n.to}
            label={t(`nav.${n.key}`)}
            data-testid={n.testId}
            active={n.to === '/' ? pathname === '/' : pathname.startsWith(n.to)}
            onClick={close}
          />
        ))}
      </AppShell.Navbar>
      <AppShell.Main>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
