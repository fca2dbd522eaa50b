import { Alert, Button, Group, Modal, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { centsToInput, parseMoneyInput } from '../sales/money';
import { MoneyInput } from '../sales/MoneyInput';
import { salesProblem } from '../sales/problems';
import { useCreateLoaner, useUpdateLoaner } from './api';
import type { Loaner, LoanerStatus } from './types';

const CONDITIONS = ['good', 'damaged'];
const EDITABLE: LoanerStatus[] = ['available', 'maintenance', 'retired'];

/** Adds a loaner to the pool, or edits one (`loaner` given). */
export function LoanerFormModal({ loaner, onClose }: { loaner: Loaner | null; onClose: () => void }) {
  const { t } = useTranslation('sales');
  const create = useCreateLoaner();
  const update = useUpdateLoaner();
  const [serial, setSerial] = useState(loaner?.serial ?? '');
  const [model, setModel] = useState(loaner?.model ?? '');
  const [category, setCategory] = useState(loaner?.category ?? '');
  const [condition, setCondition] = useState(loaner?.condition ?? 'good');
  const [status, setStatus] = useState<LoanerStatus>(loaner?.status ?? 'available');
  const [cost, setCost] = useState(loaner ? centsToInput(loaner.purchaseCostCents) : '');
  const [notes, setNotes] = useState(loaner?.notes ?? '');
  const costCents = cost.trim() ? parseMoneyInput(cost) : 0;
  const pending = create.isPending || update.isPending;
  const error = create.error ?? update.error;
  const valid = serial.trim() && model.trim() && costCents !== null;
  const conditions = CONDITIONS.includes(condition) ? CONDITIONS : [...CONDITIONS, condition];

  const submit = () => {
    if (!valid || costCents === null) return;
    const fields = { serial: serial.trim(), model: model.trim(), category: category.trim(), condition, purchaseCostCents: costCents, notes: notes.trim() || null };
    if (loaner) {
      const withStatus = loaner.status === 'out' ? fields : { ...fields, status };
      update.mutate({ id: loaner.id, version: loaner.version, ...withStatus }, { onSuccess: onClose });
    } else create.mutate(fields, { onSuccess: onClose });
  };

  return (
    <Modal opened onClose={onClose} title={t('loaners.formTitle')}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <Stack>
          {error && (
            <Alert color="red" role="alert">
              {salesProblem(error, t)}
            </Alert>
          )}
          <TextInput label={t('loaners.serial')} value={serial} onChange={(e) => setSerial(e.currentTarget.value)} required data-testid="loaner-form-serial" />
          <TextInput label={t('loaners.model')} value={model} onChange={(e) => setModel(e.currentTarget.value)} required data-testid="loaner-form-model" />
          <TextInput label={t('loaners.category')} value={category} onChange={(e) => setCategory(e.currentTarget.value)} data-testid="loaner-form-category" />
          <Select
            label={t('loaners.condition')}
            data={conditions.map((c) => ({ value: c, label: t(`loaners.conditions.${c}`, { defaultValue: c }) }))}
            value={condition}
            onChange={(v) => v && setCondition(v)}
            allowDeselect={false}
            data-testid="loaner-form-condition"
          />
          {loaner && loaner.status !== 'out' && (
            <Select
              label={t('loaners.status')}
              data={EDITABLE.map((s) => ({ value: s, label: t(`status.loaner.${s}`) }))}
              value={status}
              onChange={(v) => v && setStatus(v as LoanerStatus)}
              allowDeselect={false}
              data-testid="loaner-form-status"
            />
          )}
          <MoneyInput label={t('loaners.purchaseCost')} value={cost} onChange={setCost} testId="loaner-form-cost" />
          <Textarea label={t('loaners.notes')} value={notes} onChange={(e) => setNotes(e.currentTarget.value)} autosize minRows={2} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={pending} disabled={!valid} data-testid="loaner-form-submit">
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
