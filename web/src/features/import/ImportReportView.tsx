import { Anchor, Badge, Group, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../app/format';
import type { ImportReport, ImportSummary } from './upload';

export const STATUS_COLORS: Record<ImportSummary['status'], string> = { running: 'blue', completed: 'green', dry_run: 'cyan', rejected: 'orange', failed: 'red' };

function Stat({ label, value, testId }: { label: string; value: number | string; testId: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={700} size="lg" data-testid={testId}>
        {typeof value === 'number' ? formatNumber(value) : value}
      </Text>
    </div>
  );
}

export function ImportReportView({ report }: { report: ImportReport }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="lg" data-testid="import-report">
      <Stack>
        <Group justify="space-between">
          <Title order={2} size="h4">
            {t('importPage.report')}: {report.fileName}
          </Title>
          <Badge color={STATUS_COLORS[report.status]} data-testid="import-status" data-status={report.status}>
            {t(`importPage.statuses.${report.status}`)}
          </Badge>
        </Group>
        {report.error && (
          <Text c="red" size="sm" role="alert">
            {report.error}
          </Text>
        )}
        <SimpleGrid cols={{ base: 2, sm: 3, md: 6 }}>
          <Stat label={t('importPage.encoding')} value={report.encoding ?? '—'} testId="import-encoding" />
          <Stat label={t('importPage.rowsRead')} value={report.rowsRead} testId="import-rows-read" />
          <Stat label={t('importPage.created')} value={report.created} testId="import-created" />
          <Stat label={t('importPage.updated')} value={report.updated} testId="import-updated" />
          <Stat label={t('importPage.skipped')} value={report.skipped} testId="import-skipped" />
          <Stat label={t('importPage.rejected')} value={report.rejected} testId="import-rejected" />
        </SimpleGrid>
        {report.rejections.length > 0 && (
          <Table striped withTableBorder data-testid="import-rejections">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={90}>{t('importPage.line')}</Table.Th>
                <Table.Th>{t('importPage.reason')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {report.rejections.map((r) => (
                <Table.Tr key={`${r.line}:${r.reason}`}>
                  <Table.Td>{r.line}</Table.Td>
                  <Table.Td>{r.reason}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        <Anchor href={report.reportUrl} download size="sm" data-testid="import-report-download">
          {t('importPage.download')}
        </Anchor>
      </Stack>
    </Paper>
  );
}
