import { Alert, Button, Checkbox, Group, Modal, Radio, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { salesProblem } from '../sales/problems';
import { Loading } from '../../app/ui';
import { formatMoney } from '../../app/format';
import { formatPlainDate } from '../sales/dates';
import { useLoaner, useReturnLoan } from './api';
import type { Loaner, ReturnCondition } from './types';

/** Takes a loaner back after checking it; a damaged return is recorded with a note. */
export function ReturnModal({ loaner, onClose }: { loaner: Loaner; onClose: () => void }) {
  const { t } = useTranslation('sales');
  const ret = useReturnLoan();
  const detail = useLoaner(loaner.id);
  const loan = detail.data?.loans.find((l) => !l.returnedAt);
  const [condition, setCondition] = useState<ReturnCondition>('good');
  const [checked, setChecked] = useState(false);
  const [notes, setNotes] = useState('');
  const valid = !!loan && checked && (condition === 'good' || notes.trim().length > 0);

  return (
    <Modal opened onClose={onClose} title={t('loaners.returnTitle', { serial: loaner.serial })}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (valid && loan) ret.mutate({ loanId: loan.id, condition, notes: notes.trim() || null }, { onSuccess: onClose });
        }}
      >
        <Stack>
          {detail.isPending && <Loading />}
          {loan && (
            <Text size="sm" data-testid="loaner-return-loan">
              {t('loaners.dueDate')}: {formatPlainDate(loan.dueDate)}
              {loan.depositCents > 0 && ` · ${t('loaners.deposit')}: ${formatMoney(loan.depositCents)}`}
            </Text>
          )}
          {ret.isError && (
            <Alert color="red" role="alert">
              {salesProblem(ret.error, t)}
            </Alert>
          )}
          <Radio.Group label={t('loaners.returnCondition')} value={condition} onChange={(v) => setCondition(v as ReturnCondition)} data-testid="loaner-return-condition">
            <Group mt="xs">
              <Radio value="good" label={t('loaners.conditions.good')} />
              <Radio value="damaged" label={t('loaners.conditions.damaged')} />
            </Group>
          </Radio.Group>
          <Checkbox label={t('loaners.conditionCheck')} checked={checked} onChange={(e) => setChecked(e.currentTarget.checked)} data-testid="loaner-return-check" />
          <Textarea
            label={t('loaners.notes')}
            description={condition === 'damaged' ? t('loaners.damageNote') : undefined}
            required={condition === 'damaged'}
            value={notes}
            onChange={(e) => setNotes(e.currentTarget.value)}
            autosize
            minRows={2}
            data-testid="loaner-return-notes"
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={ret.isPending} disabled={!valid} data-testid="loaner-return-submit">
              {t('loaners.return')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
