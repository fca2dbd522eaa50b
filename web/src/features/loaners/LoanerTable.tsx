import { Button, Group, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '../../app/format';
import { StatusBadge } from '../sales/StatusBadge';
import type { Loaner } from './types';

interface Props {
  items: Loaner[];
  onEdit: (l: Loaner) => void;
  onIssue: (l: Loaner) => void;
  onReturn: (l: Loaner) => void;
}

export function LoanerTable({ items, onEdit, onIssue, onReturn }: Props) {
  const { t } = useTranslation('sales');
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped data-testid="loaners-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('loaners.serial')}</Table.Th>
            <Table.Th>{t('loaners.model')}</Table.Th>
            <Table.Th>{t('loaners.category')}</Table.Th>
            <Table.Th>{t('loaners.condition')}</Table.Th>
            <Table.Th>{t('loaners.status')}</Table.Th>
            <Table.Th style={{ textAlign: 'right' }}>{t('loaners.purchaseCost')}</Table.Th>
            <Table.Th>{t('common.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((l) => (
            <Table.Tr key={l.id} data-testid="loaner-row" data-serial={l.serial}>
              <Table.Td>{l.serial}</Table.Td>
              <Table.Td>{l.model}</Table.Td>
              <Table.Td>{l.category}</Table.Td>
              <Table.Td>{t(`loaners.conditions.${l.condition}`, { defaultValue: l.condition })}</Table.Td>
              <Table.Td>
                <StatusBadge kind="loaner" status={l.status} testId="loaner-status" />
              </Table.Td>
              <Table.Td style={{ textAlign: 'right' }}>{formatMoney(l.purchaseCostCents)}</Table.Td>
              <Table.Td>
                <Group gap="xs" wrap="nowrap">
                  <Button size="xs" variant="default" onClick={() => onEdit(l)} data-testid="loaner-edit" aria-label={`${t('loaners.edit')} ${l.serial}`}>
                    {t('loaners.edit')}
                  </Button>
                  {l.status === 'available' && (
                    <Button size="xs" variant="light" onClick={() => onIssue(l)} data-testid="loaner-issue" aria-label={`${t('loaners.issue')} ${l.serial}`}>
                      {t('loaners.issue')}
                    </Button>
                  )}
                  {l.status === 'out' && (
                    <Button size="xs" variant="light" onClick={() => onReturn(l)} data-testid="loaner-return" aria-label={`${t('loaners.return')} ${l.serial}`}>
                      {t('loaners.return')}
                    </Button>
                  )}
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
