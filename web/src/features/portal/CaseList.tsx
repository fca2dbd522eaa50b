import { Anchor, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../app/format';
import { currentLang } from '../../i18n';
import { usePortalCases } from './api';
import { PortalError, PortalLoading } from './PortalLayout';
import { StatusBadge } from './StatusBadge';

/** The customer's own cases, most recent first, each linking to its conversation. */
export function CaseList() {
  const { t } = useTranslation('portal');
  const cases = usePortalCases();
  const lang = currentLang();
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Title order={2} size="h3">
          {t('cases.title')}
        </Title>
        {cases.isPending && <PortalLoading />}
        {cases.isError && <PortalError error={cases.error} onRetry={() => void cases.refetch()} />}
        {cases.data && cases.data.items.length === 0 && (
          <Text c="dimmed" size="sm" data-testid="portal-cases">
            {t('cases.empty')}
          </Text>
        )}
        {cases.data && cases.data.items.length > 0 && (
          <Table.ScrollContainer minWidth={520}>
            <Table highlightOnHover data-testid="portal-cases">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('cases.number')}</Table.Th>
                  <Table.Th>{t('cases.subject')}</Table.Th>
                  <Table.Th>{t('cases.status')}</Table.Th>
                  <Table.Th>{t('cases.lastActivity')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {cases.data.items.map((c) => (
                  <Table.Tr key={c.id} data-testid="portal-case-row" data-number={c.number}>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      <Anchor component={Link} to={`/portaal/zaken/${c.id}`}>
                        {c.number}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>
                      <Anchor component={Link} to={`/portaal/zaken/${c.id}`} c="inherit">
                        {c.subject}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>
                      <StatusBadge status={c.status} />
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(c.lastMessageAt, lang)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
    </Paper>
  );
}
