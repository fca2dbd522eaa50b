import { Anchor, Button, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorAlert, Loading } from '../../app/ui';
import { formatPlainDate } from '../sales/dates';
import { DocHeader } from '../sales/DocHeader';
import { TotalsTable } from '../sales/TotalsTable';
import { useInvoice } from './api';
import { DraftLinesEditor } from './DraftLinesEditor';
import { InvoiceActions } from './InvoiceActions';
import { InvoiceLinesTable } from './InvoiceLinesTable';
import { PaymentsList } from './PaymentsList';

/** One invoice or credit note: lines, VAT, totals, payments and the actions its state allows. */
export function InvoicePage() {
  const { t } = useTranslation('sales');
  const { id = '' } = useParams();
  const invoice = useInvoice(id);
  const [editing, setEditing] = useState(false);
  if (invoice.isPending) return <Loading />;
  if (invoice.isError) return <ErrorAlert error={invoice.error} onRetry={() => void invoice.refetch()} />;
  const inv = invoice.data;
  const draft = inv.status === 'draft';
  const badges = [
    { kind: 'kind' as const, status: inv.kind, testId: 'invoice-kind' },
    { kind: 'invoice' as const, status: inv.status, testId: 'invoice-status' },
    ...(inv.status === 'issued' && inv.kind === 'invoice' ? [{ kind: 'payment' as const, status: inv.paymentStatus, testId: 'invoice-payment-status' }] : []),
  ];
  return (
    <Stack>
      <DocHeader
        back={{ to: '/invoices', label: t('invoices.backToList') }}
        title={t('invoices.detailTitle', { kind: t(`status.kind.${inv.kind}`), number: inv.number ?? t('invoices.concept') })}
        badges={badges}
        actions={<InvoiceActions invoice={inv} />}
        facts={[
          { label: t('invoices.number'), value: inv.number ?? t('invoices.concept'), testId: 'invoice-number' },
          { label: t('invoices.date'), value: formatPlainDate(inv.issueDate) },
          { label: t('invoices.dueDate'), value: formatPlainDate(inv.dueDate) },
          { label: t('invoices.customer'), value: <Anchor component={Link} to={`/customers/${inv.customerId}`}>{inv.customer?.name ?? inv.customerName}</Anchor> },
          { label: t('invoices.order'), value: inv.orderId && <Anchor component={Link} to={`/orders/${inv.orderId}`}>{inv.orderNumber ?? t('invoices.order')}</Anchor> },
          { label: t('common.case'), value: inv.caseId && <Anchor component={Link} to={`/cases/${inv.caseId}`}>{t('common.case')}</Anchor> },
          {
            label: t('invoices.creditOfLabel'),
            value: inv.creditOfId && <Anchor component={Link} to={`/invoices/${inv.creditOfId}`}>{inv.creditOfNumber ?? t('status.kind.invoice')}</Anchor>,
          },
          inv.kind === 'credit_note' ? { label: t('invoices.reason'), value: inv.reason } : { label: t('invoices.reference'), value: inv.reference },
        ]}
      />
      {draft && editing ? (
        <DraftLinesEditor invoice={inv} onDone={() => setEditing(false)} />
      ) : (
        <>
          <InvoiceLinesTable lines={inv.lines} />
          {draft && (
            <Button variant="light" size="xs" w="fit-content" onClick={() => setEditing(true)} data-testid="invoice-edit-lines">
              {t('invoices.editLines')}
            </Button>
          )}
        </>
      )}
      <TotalsTable
        netCents={inv.netCents}
        vatCents={inv.vatCents}
        grossCents={inv.grossCents}
        vat={inv.vatBreakdown.map((v) => ({ vatCode: v.vatCode, percentBp: v.vatPercentBp, netCents: v.netCents, vatCents: v.vatCents }))}
        testId="invoice-totals"
      />
      {inv.kind === 'invoice' && inv.status === 'issued' && <PaymentsList invoice={inv} />}
    </Stack>
  );
}
