import { Alert, Button, Group, Modal, Stack, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDeclineQuote } from './api';
import { salesProblem } from './problems';
import type { Quote } from './types';

/** Declines a quote for the customer, with the reason they gave. */
export function DeclineQuoteModal({ quote, onClose }: { quote: Quote; onClose: () => void }) {
  const { t } = useTranslation('sales');
  const decline = useDeclineQuote();
  const [reason, setReason] = useState('');
  return (
    <Modal opened onClose={onClose} title={t('orders.declineConfirm')}>
      <Stack>
        {decline.isError && (
          <Alert color="red" role="alert">
            {salesProblem(decline.error, t)}
          </Alert>
        )}
        <Textarea label={t('orders.declineReason')} value={reason} onChange={(e) => setReason(e.currentTarget.value)} autosize minRows={2} data-testid="quote-decline-reason" />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button
            color="red"
            loading={decline.isPending}
            onClick={() => decline.mutate({ id: quote.id, version: quote.version, reason: reason.trim() }, { onSuccess: onClose })}
            data-testid="quote-decline-confirm"
          >
            {t('orders.decline')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
