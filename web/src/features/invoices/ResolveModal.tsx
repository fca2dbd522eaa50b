import { Alert, Button, Group, Modal, Radio, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '../../app/format';
import { Loading } from '../../app/ui';
import { salesProblem } from '../sales/problems';
import { useInvoiceSearch, useResolveLine } from './api';
import type { BankLine } from './types';

/** Links a bank payment to an issued invoice found by its number, or ignores the payment with a note. */
export function ResolveModal({ line, mode, onClose }: { line: BankLine; mode: 'resolve' | 'ignore'; onClose: () => void }) {
  const { t } = useTranslation('sales');
  const resolve = useResolveLine();
  const [number, setNumber] = useState('');
  const [q] = useDebouncedValue(number.trim(), 250);
  const [invoiceId, setInvoiceId] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const found = useInvoiceSearch(mode === 'resolve' ? q : '');
  const valid = mode === 'resolve' ? !!invoiceId : note.trim().length > 0;

  const submit = () => {
    const body = mode === 'resolve' && invoiceId ? { invoiceId, note: note.trim() } : { ignore: true as const, note: note.trim() };
    resolve.mutate({ id: line.id, ...body }, { onSuccess: onClose });
  };

  return (
    <Modal opened onClose={onClose} title={mode === 'resolve' ? t('bank.resolveTitle') : t('bank.ignoreTitle')}>
      <Stack>
        <Text size="sm">
          {line.counterpartyName} · {formatMoney(line.amountCents)} · {line.remittance}
        </Text>
        {resolve.isError && (
          <Alert color="red" role="alert">
            {salesProblem(resolve.error, t)}
          </Alert>
        )}
        {mode === 'resolve' && (
          <>
            <TextInput label={t('bank.invoiceNumber')} placeholder={t('bank.invoiceNumberHint')} value={number} onChange={(e) => setNumber(e.currentTarget.value)} data-testid="bank-resolve-number" />
            {found.isFetching && <Loading />}
            {found.data && found.data.items.length === 0 && <Text size="sm" c="dimmed">{t('bank.invoiceNotFound')}</Text>}
            {found.data && found.data.items.length > 0 && (
              <Radio.Group value={invoiceId} onChange={setInvoiceId} label={t('bank.pickInvoice')}>
                <Stack gap={6} mt="xs">
                  {found.data.items.map((i) => (
                    <Radio
                      key={i.id}
                      value={i.id}
                      label={`${i.number} · ${i.customerName} · ${t('invoices.open')} ${formatMoney(i.openCents)}`}
                      data-testid="bank-resolve-option"
                      data-number={i.number ?? ''}
                    />
                  ))}
                </Stack>
              </Radio.Group>
            )}
          </>
        )}
        <Textarea label={t('bank.note')} value={note} onChange={(e) => setNote(e.currentTarget.value)} required={mode === 'ignore'} autosize minRows={2} data-testid="bank-resolve-note" />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button onClick={submit} loading={resolve.isPending} disabled={!valid} data-testid="bank-resolve-submit">
            {mode === 'resolve' ? t('bank.resolve') : t('bank.ignore')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
