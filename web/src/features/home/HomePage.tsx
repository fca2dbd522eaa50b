import { Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../app/session';
import { Loading } from '../../app/ui';

export function HomePage() {
  const { t } = useTranslation();
  const me = useMe();
  if (!me.data) return <Loading />;
  return (
    <Stack>
      <Title order={1}>{t('home.welcome', { name: me.data.name })}</Title>
      <Paper withBorder p="lg">
        <Stack gap="xs">
          <Text>{t('home.role', { role: t(`roles.${me.data.role}`) })}</Text>
          <Text c="dimmed">{t('home.intro')}</Text>
        </Stack>
      </Paper>
    </Stack>
  );
}
