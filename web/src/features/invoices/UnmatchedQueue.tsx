import { Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '../../app/format';
import { ErrorAlert, Loading } from '../../app/ui';
import { formatPlainDate } from '../sales/dates';
import { useUnmatchedLines } from './api';
import { ResolveModal } from './ResolveModal';
import type { BankLine } from './types';

const right = { textAlign: 'right' } as const;

/** Bank lines no invoice was found for: link each to an invoice by number, or ignore it with a note. */
export function UnmatchedQueue() {
  const { t } = useTranslation('sales');
  const lines = useUnmatchedLines();
  const [dialog, setDialog] = useState<{ line: BankLine; mode: 'resolve' | 'ignore' } | null>(null);
  return (
    <Paper withBorder p="md" data-testid="bank-unmatched">
      <Stack gap="xs">
        <Title order={2} size="h4">
          {t('bank.queue')}
        </Title>
        {lines.isPending ? (
          <Loading />
        ) : lines.isError ? (
          <ErrorAlert error={lines.error} onRetry={() => void lines.refetch()} />
        ) : lines.data.items.length === 0 ? (
          <Text c="dimmed">{t('bank.queueEmpty')}</Text>
        ) : (
          <Table.ScrollContainer minWidth={760}>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('bank.bookingDate')}</Table.Th>
                  <Table.Th>{t('bank.counterparty')}</Table.Th>
                  <Table.Th>{t('bank.remittance')}</Table.Th>
                  <Table.Th style={right}>{t('bank.amount')}</Table.Th>
                  <Table.Th>{t('common.actions')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {lines.data.items.map((l) => (
                  <Table.Tr key={l.id} data-testid="bank-unmatched-row" data-amount={l.amountCents}>
                    <Table.Td>{formatPlainDate(l.bookingDate)}</Table.Td>
                    <Table.Td>
                      <Text size="sm">{l.counterpartyName}</Text>
                      <Text size="xs" c="dimmed">
                        {l.counterpartyIban}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" style={{ wordBreak: 'break-word' }}>
                        {l.remittance || l.endToEndId}
                      </Text>
                    </Table.Td>
                    <Table.Td style={right}>
                      <Text size="sm" c={l.creditDebit === 'DBIT' ? 'red' : undefined}>
                        {formatMoney(l.creditDebit === 'DBIT' ? -l.amountCents : l.amountCents)}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Group gap="xs" wrap="nowrap">
                        {l.creditDebit === 'CRDT' && (
                          <Button size="xs" onClick={() => setDialog({ line: l, mode: 'resolve' })} data-testid="bank-resolve">
                            {t('bank.resolve')}
                          </Button>
                        )}
                        <Button size="xs" variant="default" onClick={() => setDialog({ line: l, mode: 'ignore' })} data-testid="bank-ignore">
                          {t('bank.ignore')}
                        </Button>
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
      {dialog && <ResolveModal line={dialog.line} mode={dialog.mode} onClose={() => setDialog(null)} />}
    </Paper>
  );
}
