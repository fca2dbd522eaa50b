import { Alert, Anchor, Badge, Grid, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { formatDateTime } from '../../app/format';
import { ErrorAlert, Loading } from '../../app/ui';
import { currentLang } from '../../i18n';
import { useReports, useUser } from './api';
import { UserEditForm } from './UserEditForm';

export function UserDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const user = useUser(id);
  const [savedVersion, setSavedVersion] = useState<number | null>(null);
  if (user.isPending) return <Loading />;
  if (user.isError) return <ErrorAlert error={user.error} onRetry={() => void user.refetch()} />;
  const u = user.data;
  return (
    <Stack>
      <Anchor component={Link} to="/users" size="sm">
        ← {t('userDetail.back')}
      </Anchor>
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1}>{u.name}</Title>
          <Text c="dimmed">{u.email}</Text>
        </div>
        <Group gap="xs">
          <Badge variant="light">{t(`roles.${u.role}`)}</Badge>
          <Badge variant="outline" color="gray">
            {t('userDetail.version', { version: u.version })}
          </Badge>
        </Group>
      </Group>
      <Text size="sm" c="dimmed">
        {t('userDetail.updated', { at: formatDateTime(u.updatedAt, currentLang()) })}
      </Text>
      <Grid>
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Paper withBorder p="lg">
            {/* keyed by version so the form restarts from fresh data after a save or reload */}
            {savedVersion === u.version && (
              <Alert color="teal" role="status" mb="md">
                {t('common.saved')}
              </Alert>
            )}
            <UserEditForm key={`${u.id}:${u.version}`} user={u} onReload={() => void user.refetch()} onSaved={(n) => setSavedVersion(n.version)} />
          </Paper>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <ReportsCard id={u.id} />
        </Grid.Col>
      </Grid>
    </Stack>
  );
}

function ReportsCard({ id }: { id: string }) {
  const { t } = useTranslation();
  const reports = useReports(id);
  if (reports.isPending) return <Loading />;
  if (reports.isError) return <ErrorAlert error={reports.error} />;
  const { direct, indirect } = reports.data;
  const nameOf = (uid: string) => [...direct, ...indirect].find((r) => r.id === uid)?.name ?? uid;
  return (
    <Paper withBorder p="lg">
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('userDetail.direct')}
        </Title>
        {direct.length === 0 && <Text c="dimmed">{t('userDetail.noReports')}</Text>}
        <Stack gap={4} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {direct.map((r) => (
            <li key={r.id}>
              <Anchor component={Link} to={`/users/${r.id}`}>
                {r.name}
              </Anchor>{' '}
              <Text span size="sm" c="dimmed">
                ({t(`roles.${r.role}`)})
              </Text>
            </li>
          ))}
        </Stack>
        <Title order={2} size="h4" mt="md">
          {t('userDetail.indirect')}
        </Title>
        {indirect.length === 0 && <Text c="dimmed">{t('userDetail.noReports')}</Text>}
        <Stack gap={4} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {indirect.map((r) => (
            <li key={r.id}>
              <Anchor component={Link} to={`/users/${r.id}`}>
                {r.name}
              </Anchor>{' '}
              <Text span size="sm" c="dimmed">
                ({t(`roles.${r.role}`)}, {t('userDetail.via', { name: nameOf(r.via) })})
              </Text>
            </li>
          ))}
        </Stack>
      </Stack>
    </Paper>
  );
}
