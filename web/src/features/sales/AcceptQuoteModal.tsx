import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAcceptQuote } from './api';
import { formatDay } from './dates';
import { useServicePostcode } from './postcode';
import { isSlotFull, salesProblem } from './problems';
import { SlotPicker } from './SlotPicker';
import type { Quote, Slot } from './types';

/** Accepts a quote for the customer; a quote with a visit may get another slot first. */
export function AcceptQuoteModal({ quote, onClose }: { quote: Quote; onClose: () => void }) {
  const { t } = useTranslation('sales');
  const accept = useAcceptQuote();
  const postcode = useServicePostcode(quote.customerId);
  const [slot, setSlot] = useState<Slot | null>(null);
  const [error, setError] = useState<string | null>(null);
  const needsSlot = !!quote.bookableServiceId;
  const ready = !needsSlot || !!slot || !!quote.slotTemplateId;

  const submit = () => {
    setError(null);
    const chosen = slot ? { templateId: slot.templateId, date: slot.date } : {};
    accept.mutate(
      { id: quote.id, version: quote.version, ...chosen },
      {
        onSuccess: onClose,
        onError: (err) => {
          if (isSlotFull(err)) setSlot(null);
          setError(isSlotFull(err) ? t('slots.full') : salesProblem(err, t));
        },
      },
    );
  };

  return (
    <Modal opened onClose={onClose} title={t('orders.acceptTitle')} size={needsSlot ? 'xl' : 'md'}>
      <Stack>
        {error && (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        )}
        {needsSlot && quote.slotDate && !slot && <Text size="sm">{t('orders.acceptCurrentSlot', { date: formatDay(quote.slotDate) })}</Text>}
        {needsSlot && <Text size="sm">{t('orders.acceptSlot')}</Text>}
        {needsSlot && quote.bookableServiceId && postcode !== null && (
          <SlotPicker serviceId={quote.bookableServiceId} defaultPostcode={postcode} value={slot} onChange={setSlot} />
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button onClick={submit} loading={accept.isPending} disabled={!ready} data-testid="quote-accept-confirm">
            {t('orders.accept')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
