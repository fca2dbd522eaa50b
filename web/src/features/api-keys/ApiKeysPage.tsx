import { Alert, Badge, Button, Code, CopyButton, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { del, get } from '../../app/api';
import { formatDateTime } from '../../app/format';
import type { ApiKey } from '../../app/types';
import { ErrorAlert, Loading } from '../../app/ui';
import { currentLang } from '../../i18n';
import { ApiKeyFormModal } from './ApiKeyFormModal';

export function ApiKeysPage() {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const keys = useQuery({ queryKey: ['api-keys'], queryFn: () => get<{ items: ApiKey[] }>('/api/v1/api-keys') });
  const revoke = useMutation({ mutationFn: (id: string) => del(`/api/v1/api-keys/${id}`), onSettled: () => qc.invalidateQueries({ queryKey: ['api-keys'] }) });
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<string | null>(null);
  const lang = currentLang();

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>{t('apiKeys.title')}</Title>
        <Button onClick={() => setCreating(true)} data-testid="api-keys-new">
          {t('apiKeys.new')}
        </Button>
      </Group>
      {created && (
        <Alert color="teal" title={t('apiKeys.shownOnce')} data-testid="api-key-created" withCloseButton onClose={() => setCreated(null)}>
          <Group>
            <Code style={{ wordBreak: 'break-all' }}>{created}</Code>
            <CopyButton value={created}>
              {({ copied, copy }) => (
                <Button size="xs" variant="light" onClick={copy}>
                  {copied ? t('apiKeys.copied') : t('apiKeys.copy')}
                </Button>
              )}
            </CopyButton>
          </Group>
        </Alert>
      )}
      {revoke.isError && <ErrorAlert error={revoke.error} />}
      {keys.isPending ? (
        <Loading />
      ) : keys.isError ? (
        <ErrorAlert error={keys.error} onRetry={() => void keys.refetch()} />
      ) : keys.data.items.length === 0 ? (
        <Text c="dimmed">{t('apiKeys.empty')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={800}>
          <Table striped data-testid="api-keys-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('apiKeys.name')}</Table.Th>
                <Table.Th>{t('apiKeys.prefix')}</Table.Th>
                <Table.Th>{t('apiKeys.scopes')}</Table.Th>
                <Table.Th>{t('apiKeys.created')}</Table.Th>
                <Table.Th>{t('apiKeys.lastUsed')}</Table.Th>
                <Table.Th>{t('apiKeys.expires')}</Table.Th>
                <Table.Th>{t('common.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {keys.data.items.map((k) => (
                <Table.Tr key={k.id}>
                  <Table.Td>{k.name}</Table.Td>
                  <Table.Td>
                    <Code>{k.prefix}</Code>
                  </Table.Td>
                  <Table.Td>{k.scopes.join(', ')}</Table.Td>
                  <Table.Td>{formatDateTime(k.createdAt, lang)}</Table.Td>
                  <Table.Td>{k.lastUsedAt ? formatDateTime(k.lastUsedAt, lang) : t('apiKeys.never')}</Table.Td>
                  <Table.Td>{k.expiresAt ? formatDateTime(k.expiresAt, lang) : t('apiKeys.never')}</Table.Td>
                  <Table.Td>
                    {k.revokedAt ? (
                      <Badge color="gray">{t('apiKeys.revoked')}</Badge>
                    ) : (
                      <Button size="compact-xs" color="red" variant="subtle" onClick={() => window.confirm(t('apiKeys.confirmRevoke', { name: k.name })) && revoke.mutate(k.id)}>
                        {t('apiKeys.revoke')}
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {creating && (
        <ApiKeyFormModal
          onClose={() => setCreating(false)}
          onCreated={(key) => {
            setCreating(false);
            setCreated(key);
          }}
        />
      )}
    </Stack>
  );
}
