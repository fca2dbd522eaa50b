import { Anchor, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatMoney } from '../../app/format';
import { formatPlainDate } from '../sales/dates';
import type { Invoice } from './types';

const right = { textAlign: 'right' } as const;

/** Payments received on an invoice, its credit notes, and what is still open. */
export function PaymentsList({ invoice }: { invoice: Invoice }) {
  const { t } = useTranslation('sales');
  return (
    <Paper withBorder p="md" data-testid="invoice-payments">
      <Stack gap="xs">
        <Group justify="space-between">
          <Title order={2} size="h5">
            {t('invoices.payments')}
          </Title>
          <Text size="sm">
            {t('invoices.paid')}: {formatMoney(invoice.paidCents)} · {t('invoices.open')}:{' '}
            <Text span fw={600} data-testid="invoice-open">
              {formatMoney(invoice.openCents)}
            </Text>
          </Text>
        </Group>
        {invoice.payments.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('invoices.noPayments')}
          </Text>
        ) : (
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('invoices.paidOn')}</Table.Th>
                <Table.Th>{t('invoices.method')}</Table.Th>
                <Table.Th>{t('invoices.reference')}</Table.Th>
                <Table.Th style={right}>{t('invoices.amount')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {invoice.payments.map((p) => (
                <Table.Tr key={p.id} data-testid="payment-row">
                  <Table.Td>{formatPlainDate(p.paidOn)}</Table.Td>
                  <Table.Td>{t(`invoices.methods.${p.method}`)}</Table.Td>
                  <Table.Td>{p.reference}</Table.Td>
                  <Table.Td style={right}>{formatMoney(p.amountCents)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {invoice.creditNotes.length > 0 && (
          <>
            <Title order={3} size="h6">
              {t('invoices.credits')}
            </Title>
            {invoice.creditNotes.map((c) => (
              <Group key={c.id} justify="space-between" data-testid="credit-note-row">
                <Anchor component={Link} to={`/invoices/${c.id}`} size="sm">
                  {c.number ?? t('invoices.concept')}
                </Anchor>
                <Text size="sm">
                  {formatPlainDate(c.issueDate)} · {formatMoney(c.grossCents)}
                </Text>
              </Group>
            ))}
          </>
        )}
      </Stack>
    </Paper>
  );
}
