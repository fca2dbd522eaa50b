import { Anchor, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../app/format';
import { ErrorAlert, Loading } from '../../app/ui';
import { currentLang } from '../../i18n';
import { formatPlainDate } from '../sales/dates';
import { useOverdueLoans } from './api';

/** Loans past their due date, longest overdue first. */
export function OverdueList() {
  const { t } = useTranslation('sales');
  const overdue = useOverdueLoans();
  const items = [...(overdue.data?.items ?? [])].sort((a, b) => b.daysOverdue - a.daysOverdue);
  return (
    <Paper withBorder p="md" data-testid="loaners-overdue">
      <Stack gap="xs">
        <Title order={2} size="h4">
          {t('loaners.overdue')}
        </Title>
        {overdue.isPending ? (
          <Loading />
        ) : overdue.isError ? (
          <ErrorAlert error={overdue.error} onRetry={() => void overdue.refetch()} />
        ) : items.length === 0 ? (
          <Text c="dimmed">{t('loaners.overdueEmpty')}</Text>
        ) : (
          <Table.ScrollContainer minWidth={640}>
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('loaners.serial')}</Table.Th>
                  <Table.Th>{t('loaners.model')}</Table.Th>
                  <Table.Th>{t('loaners.customer')}</Table.Th>
                  <Table.Th>{t('loaners.issuedAt')}</Table.Th>
                  <Table.Th>{t('loaners.dueDate')}</Table.Th>
                  <Table.Th>{t('loaners.overdue')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((l) => (
                  <Table.Tr key={l.id} data-testid="overdue-row" data-serial={l.serial}>
                    <Table.Td>{l.serial}</Table.Td>
                    <Table.Td>{l.model}</Table.Td>
                    <Table.Td>
                      <Anchor component={Link} to={`/customers/${l.customerId}`}>
                        {l.customerName}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>{formatDateTime(l.issuedAt, currentLang())}</Table.Td>
                    <Table.Td>{formatPlainDate(l.dueDate)}</Table.Td>
                    <Table.Td>
                      <Text c="red" fw={600} size="sm" data-testid="overdue-days" data-days={l.daysOverdue}>
                        {t('loaners.daysOverdue', { count: l.daysOverdue })}
                      </Text>
                    </Table.Td>
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
