import { Badge, Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Team } from '../../app/types';
import { ErrorAlert, Loading } from '../../app/ui';
import { useAllUsers } from '../users/api';
import { useDeleteTeam, useTeams } from './api';
import { TeamFormModal } from './TeamFormModal';

export function TeamsPage() {
  const { t } = useTranslation();
  const teams = useTeams();
  const users = useAllUsers();
  const remove = useDeleteTeam();
  const [editing, setEditing] = useState<Team | null | 'new'>(null);
  const nameOf = (id: string) => users.data?.items.find((u) => u.id === id)?.name ?? '…';

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>{t('teams.title')}</Title>
        <Button onClick={() => setEditing('new')} data-testid="teams-new">
          {t('teams.new')}
        </Button>
      </Group>
      {remove.isError && <ErrorAlert error={remove.error} />}
      {teams.isPending ? (
        <Loading />
      ) : teams.isError ? (
        <ErrorAlert error={teams.error} onRetry={() => void teams.refetch()} />
      ) : teams.data.items.length === 0 ? (
        <Text c="dimmed">{t('teams.empty')}</Text>
      ) : (
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
          {teams.data.items.map((team) => (
            <Card key={team.id} withBorder>
              <Stack gap="xs">
                <Group justify="space-between">
                  <Title order={2} size="h4">
                    {team.name}
                  </Title>
                  <Badge variant="light">{t('teams.memberCount', { count: team.members.length })}</Badge>
                </Group>
                {team.description && <Text size="sm">{team.description}</Text>}
                <Text size="sm" c="dimmed">
                  {team.members.map((m) => `${nameOf(m.userId)}${m.isLead ? ' ★' : ''}`).join(', ')}
                </Text>
                <Group gap="xs" mt="xs">
                  <Button size="xs" variant="light" onClick={() => setEditing(team)}>
                    {t('common.edit')}
                  </Button>
                  <Button
                    size="xs"
                    variant="subtle"
                    color="red"
                    onClick={() => window.confirm(t('teams.confirmDelete', { name: team.name })) && remove.mutate(team)}
                  >
                    {t('common.delete')}
                  </Button>
                </Group>
              </Stack>
            </Card>
          ))}
        </SimpleGrid>
      )}
      {editing !== null && (
        <TeamFormModal team={editing === 'new' ? null : editing} users={users.data?.items ?? []} onClose={() => setEditing(null)} />
      )}
    </Stack>
  );
}
