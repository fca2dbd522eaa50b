import { Alert, Button, Group, Modal, NativeSelect, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '../../app/format';
import { amsterdamToday } from '../sales/dates';
import { centsToInput, parseMoneyInput } from '../sales/money';
import { MoneyInput } from '../sales/MoneyInput';
import { salesProblem } from '../sales/problems';
import { useAddPayment } from './api';
import { type Invoice, PAYMENT_METHODS, type PaymentMethod } from './types';

/** Registers a payment received by hand (amount typed the Dutch way, e.g. "153,95"). */
export function PaymentModal({ invoice, onClose }: { invoice: Invoice; onClose: () => void }) {
  const { t } = useTranslation('sales');
  const add = useAddPayment();
  const [amount, setAmount] = useState(centsToInput(invoice.openCents));
  const [paidOn, setPaidOn] = useState(amsterdamToday());
  const [method, setMethod] = useState<PaymentMethod>('bank_transfer');
  const [reference, setReference] = useState('');
  const cents = parseMoneyInput(amount);
  const valid = cents !== null && cents > 0 && /^\d{4}-\d{2}-\d{2}$/.test(paidOn);

  return (
    <Modal opened onClose={onClose} title={t('invoices.addPayment')}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (valid && cents !== null) add.mutate({ id: invoice.id, amountCents: cents, paidOn, method, reference: reference.trim() }, { onSuccess: onClose });
        }}
      >
        <Stack>
          {add.isError && (
            <Alert color="red" role="alert">
              {salesProblem(add.error, t)}
            </Alert>
          )}
          <MoneyInput label={`${t('invoices.amount')} (${t('invoices.open')}: ${formatMoney(invoice.openCents)})`} value={amount} onChange={setAmount} required testId="payment-amount" />
          <TextInput type="date" label={t('invoices.paidOn')} value={paidOn} onChange={(e) => setPaidOn(e.currentTarget.value)} required data-testid="payment-date" />
          <NativeSelect
            label={t('invoices.method')}
            data={PAYMENT_METHODS.map((m) => ({ value: m, label: t(`invoices.methods.${m}`) }))}
            value={method}
            onChange={(e) => setMethod(e.currentTarget.value as PaymentMethod)}
            data-testid="payment-method"
          />
          <TextInput label={t('invoices.reference')} value={reference} onChange={(e) => setReference(e.currentTarget.value)} maxLength={140} data-testid="payment-reference" />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={add.isPending} disabled={!valid} data-testid="payment-submit">
              {t('invoices.addPayment')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
