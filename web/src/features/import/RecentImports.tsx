import { Anchor, Badge, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { get } from '../../app/api';
import { formatDateTime, formatNumber } from '../../app/format';
import { ErrorAlert, Loading } from '../../app/ui';
import { currentLang } from '../../i18n';
import { STATUS_COLORS } from './ImportReportView';
import { type ImportSummary, kindKey } from './upload';

const right = { textAlign: 'right' } as const;

export function RecentImports() {
  const { t } = useTranslation();
  const imports = useQuery({ queryKey: ['imports'], queryFn: () => get<{ items: ImportSummary[] }>('/api/v1/imports') });
  return (
    <Paper withBorder p="lg">
      <Stack>
        <Title order={2} size="h4">
          {t('importPage.recent')}
        </Title>
        {imports.isPending ? (
          <Loading />
        ) : imports.isError ? (
          <ErrorAlert error={imports.error} onRetry={() => void imports.refetch()} />
        ) : imports.data.items.length === 0 ? (
          <Text c="dimmed">{t('importPage.noImports')}</Text>
        ) : (
          <Table.ScrollContainer minWidth={900}>
            <Table striped data-testid="import-recent">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('importPage.startedAt')}</Table.Th>
                  <Table.Th>{t('importPage.kind')}</Table.Th>
                  <Table.Th>{t('importPage.fileName')}</Table.Th>
                  <Table.Th>{t('importPage.status')}</Table.Th>
                  <Table.Th style={right}>{t('importPage.rowsRead')}</Table.Th>
                  <Table.Th style={right}>{t('importPage.created')}</Table.Th>
                  <Table.Th style={right}>{t('importPage.updated')}</Table.Th>
                  <Table.Th style={right}>{t('importPage.skipped')}</Table.Th>
                  <Table.Th style={right}>{t('importPage.rejected')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {imports.data.items.map((i) => (
                  <Table.Tr key={i.id}>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(i.startedAt, currentLang())}</Table.Td>
                    <Table.Td>{t(`importPage.kinds.${kindKey(i.kind)}`, { defaultValue: i.kind })}</Table.Td>
                    <Table.Td>
                      <Anchor href={`/api/v1/imports/${i.id}/rejections.csv`} download size="sm">
                        {i.fileName}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>
                      <Badge color={STATUS_COLORS[i.status]} variant="light">
                        {t(`importPage.statuses.${i.status}`)}
                      </Badge>
                    </Table.Td>
                    <Table.Td style={right}>{formatNumber(i.rowsRead)}</Table.Td>
                    <Table.Td style={right}>{formatNumber(i.created)}</Table.Td>
                    <Table.Td style={right}>{formatNumber(i.updated)}</Table.Td>
                    <Table.Td style={right}>{formatNumber(i.skipped)}</Table.Td>
                    <Table.Td style={right}>{formatNumber(i.rejected)}</Table.Td>
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
