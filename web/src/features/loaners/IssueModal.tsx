import { Alert, Button, Checkbox, Group, Modal, Select, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../app/ui';
import { amsterdamToday } from '../sales/dates';
import { parseMoneyInput } from '../sales/money';
import { MoneyInput } from '../sales/MoneyInput';
import { salesProblem } from '../sales/problems';
import { useIssueLoaner, useWorkshopRepairs } from './api';
import type { Loaner } from './types';

/** Lends a loaner out with an open workshop repair, picked by its number. */
export function IssueModal({ loaner, onClose }: { loaner: Loaner; onClose: () => void }) {
  const { t } = useTranslation('sales');
  const repairs = useWorkshopRepairs(true);
  const issue = useIssueLoaner();
  const [repairId, setRepairId] = useState<string | null>(null);
  const [dueDate, setDueDate] = useState(amsterdamToday(14));
  const [deposit, setDeposit] = useState('');
  const [charge, setCharge] = useState(false);
  const depositCents = deposit.trim() ? parseMoneyInput(deposit) : 0;
  const valid = !!repairId && /^\d{4}-\d{2}-\d{2}$/.test(dueDate) && depositCents !== null;
  const options = (repairs.data?.items ?? []).map((r) => ({ value: r.id, label: t('loaners.repairFound', { number: r.number, customer: r.customerName }) }));

  const submit = () => {
    if (!valid || !repairId || depositCents === null) return;
    issue.mutate({ id: loaner.id, repairOrderId: repairId, dueDate, depositCents, charge }, { onSuccess: onClose });
  };

  return (
    <Modal opened onClose={onClose} title={t('loaners.issueTitle', { serial: loaner.serial })}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <Stack>
          {issue.isError && (
            <Alert color="red" role="alert">
              {salesProblem(issue.error, t)}
            </Alert>
          )}
          {repairs.isPending ? (
            <Loading />
          ) : (
            <Select
              label={t('loaners.repairNumber')}
              placeholder={t('loaners.repairNumberHint')}
              data={options}
              value={repairId}
              onChange={setRepairId}
              searchable
              nothingFoundMessage={t('loaners.repairNotFound')}
              required
              data-testid="loaner-issue-repair"
            />
          )}
          <TextInput type="date" min={amsterdamToday()} label={t('loaners.dueDate')} value={dueDate} onChange={(e) => setDueDate(e.currentTarget.value)} required data-testid="loaner-issue-due" />
          <MoneyInput label={t('loaners.deposit')} value={deposit} onChange={setDeposit} testId="loaner-issue-deposit" />
          <Checkbox label={t('loaners.charge')} checked={charge} onChange={(e) => setCharge(e.currentTarget.checked)} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={issue.isPending} disabled={!valid} data-testid="loaner-issue-submit">
              {t('loaners.issue')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
