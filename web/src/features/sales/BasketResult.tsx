import { Alert, Anchor, Button, Group, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSendQuote } from './api';
import type { Created } from './BasketModal';
import { salesProblem } from './problems';
import { TotalsTable } from './TotalsTable';

/** What the server made of the basket: its number and totals with VAT; a quote can be sent from here. */
export function BasketResult({ created, onClose }: { created: Created; onClose: () => void }) {
  const { t } = useTranslation('sales');
  const send = useSendQuote();
  const [doc, setDoc] = useState(created.doc);
  const isQuote = created.kind === 'quote';
  const to = isQuote ? `/quotes/${doc.id}` : `/orders/${doc.id}`;
  return (
    <Stack>
      <Alert color="teal" data-testid="basket-created" data-number={doc.number}>
        {t(isQuote ? 'basket.quoteCreated' : 'basket.orderCreated', { number: doc.number })}{' '}
        <Anchor component={Link} to={to}>
          {t('panel.open')}
        </Anchor>
      </Alert>
      <TotalsTable netCents={doc.totals.netCents} vatCents={doc.totals.vatCents} grossCents={doc.totals.grossCents} vat={doc.totals.vatByRate} testId="basket-totals" />
      {send.isError && (
        <Alert color="red" role="alert">
          {salesProblem(send.error, t)}
        </Alert>
      )}
      {send.isSuccess && <Alert color="blue">{t('basket.sent')}</Alert>}
      <Group justify="flex-end">
        {isQuote && !send.isSuccess && (
          <Button
            variant="light"
            loading={send.isPending}
            onClick={() => send.mutate({ id: doc.id, version: doc.version }, { onSuccess: (q) => setDoc(q) })}
            data-testid="quote-send"
          >
            {t('basket.send')}
          </Button>
        )}
        <Button onClick={onClose} data-testid="basket-close">
          {t('common.close')}
        </Button>
      </Group>
    </Stack>
  );
}
