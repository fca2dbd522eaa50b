import { Alert, Button } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../app/session';
import { useSendQuote } from './api';
import { AcceptQuoteModal } from './AcceptQuoteModal';
import { DeclineQuoteModal } from './DeclineQuoteModal';
import { salesProblem } from './problems';
import type { Quote } from './types';

const SELLERS = ['admin', 'manager', 'agent'];

/** Send, accept or decline a quote on the customer's behalf, and its PDF. */
export function QuoteActions({ quote }: { quote: Quote }) {
  const { t } = useTranslation('sales');
  const role = useMe().data?.role;
  const send = useSendQuote();
  const [dialog, setDialog] = useState<'accept' | 'decline' | null>(null);
  const canSell = !!role && SELLERS.includes(role);
  const open = quote.status === 'draft' || quote.status === 'sent';
  return (
    <>
      {send.isError && (
        <Alert color="red" role="alert" py={4}>
          {salesProblem(send.error, t)}
        </Alert>
      )}
      <Button component="a" href={`/api/v1/quotes/${quote.id}/pdf`} download={`${quote.number}.pdf`} variant="default" size="xs" data-testid="quote-pdf">
        {t('orders.pdf')}
      </Button>
      {canSell && quote.status === 'draft' && (
        <Button size="xs" variant="light" loading={send.isPending} onClick={() => send.mutate(quote)} data-testid="quote-send">
          {t('orders.send')}
        </Button>
      )}
      {canSell && open && (
        <>
          <Button size="xs" color="red" variant="light" onClick={() => setDialog('decline')} data-testid="quote-decline">
            {t('orders.decline')}
          </Button>
          <Button size="xs" onClick={() => setDialog('accept')} data-testid="quote-accept">
            {t('orders.accept')}
          </Button>
        </>
      )}
      {dialog === 'accept' && <AcceptQuoteModal quote={quote} onClose={() => setDialog(null)} />}
      {dialog === 'decline' && <DeclineQuoteModal quote={quote} onClose={() => setDialog(null)} />}
    </>
  );
}
