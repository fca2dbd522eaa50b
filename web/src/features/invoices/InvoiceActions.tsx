import { Button } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CreditNoteModal } from './CreditNoteModal';
import { IssueModal } from './IssueModal';
import { PaymentModal } from './PaymentModal';
import type { Invoice } from './types';

type Dialog = 'issue' | 'payment' | 'credit' | null;

/** What can be done with an invoice in its current state. */
export function InvoiceActions({ invoice }: { invoice: Invoice }) {
  const { t } = useTranslation('sales');
  const [dialog, setDialog] = useState<Dialog>(null);
  const issued = invoice.status === 'issued';
  const isInvoice = invoice.kind === 'invoice';
  const creditable = issued && isInvoice && invoice.grossCents - invoice.creditedCents > 0;
  const close = () => setDialog(null);
  const file = invoice.number ?? invoice.id;
  return (
    <>
      <Button component="a" href={`/api/v1/invoices/${invoice.id}/pdf`} download={`${file}.pdf`} variant="default" size="xs" data-testid="invoice-pdf">
        {t('invoices.pdf')}
      </Button>
      {issued && (
        <Button component="a" href={`/api/v1/invoices/${invoice.id}/ubl`} download={`${file}.xml`} variant="default" size="xs" data-testid="invoice-ubl">
          {t('invoices.ubl')}
        </Button>
      )}
      {!issued && (
        <Button size="xs" onClick={() => setDialog('issue')} data-testid="invoice-issue">
          {t('invoices.issue')}
        </Button>
      )}
      {issued && isInvoice && invoice.openCents > 0 && (
        <Button size="xs" variant="light" onClick={() => setDialog('payment')} data-testid="payment-add">
          {t('invoices.addPayment')}
        </Button>
      )}
      {creditable && (
        <Button size="xs" variant="light" color="pink" onClick={() => setDialog('credit')} data-testid="credit-note-create">
          {t('invoices.creditNote')}
        </Button>
      )}
      {dialog === 'issue' && <IssueModal invoice={invoice} onClose={close} />}
      {dialog === 'payment' && <PaymentModal invoice={invoice} onClose={close} />}
      {dialog === 'credit' && <CreditNoteModal invoice={invoice} onClose={close} />}
    </>
  );
}
