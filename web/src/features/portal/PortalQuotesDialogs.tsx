import { Alert, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLang } from '../../i18n';
import { type PortalQuote, servicesProblem, useAcceptQuote, useDeclineQuote } from './PortalServicesApi';
import { type SlotChoice, SlotPicker, slotText } from './PortalServicesSlots';

/** Accepting a quote; when it includes a visit the customer first picks a slot, price and surcharge in view. */
export function AcceptQuoteDialog({ quote, onClose, onDone }: { quote: PortalQuote; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation('portalServices');
  const accept = useAcceptQuote();
  const needsSlot = quote.bookableServiceId !== null;
  const [choice, setChoice] = useState<SlotChoice | null>(null);
  const [label, setLabel] = useState('');
  const [missing, setMissing] = useState(false);
  const confirm = () => {
    if (needsSlot && !choice) return setMissing(true);
    accept.mutate({ id: quote.id, version: quote.version, ...(choice ?? {}) }, { onSuccess: onDone });
  };
  return (
    <Modal opened onClose={onClose} title={t('quotes.acceptTitle', { number: quote.number })} size="lg">
      <Stack gap="md">
        {needsSlot && quote.bookableServiceId && (
          <>
            <Text fw={600}>{t('quotes.chooseSlot')}</Text>
            <SlotPicker
              serviceId={quote.bookableServiceId}
              value={choice}
              onChange={(c, slot) => {
                setChoice(c);
                setMissing(false);
                setLabel(slotText(slot, currentLang(), t));
              }}
            />
            {choice && (
              <Text size="sm" fw={500} aria-live="polite">
                {t('slots.selected', { slot: label })}
              </Text>
            )}
          </>
        )}
        {missing && (
          <Alert color="orange" role="alert" p="xs">
            {t('quotes.needSlot')}
          </Alert>
        )}
        {accept.isError && (
          <Alert color="red" role="alert" p="xs">
            {servicesProblem(accept.error, t)}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button onClick={confirm} loading={accept.isPending} data-testid="portal-quote-confirm">
            {needsSlot ? t('quotes.confirm') : t('quotes.confirmNoSlot')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/** Declining a quote with an optional reason. */
export function DeclineQuoteDialog({ quote, onClose, onDone }: { quote: PortalQuote; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation('portalServices');
  const decline = useDeclineQuote();
  const [reason, setReason] = useState('');
  return (
    <Modal opened onClose={onClose} title={t('quotes.declineTitle')}>
      <Stack gap="md">
        <Textarea label={t('quotes.reason')} placeholder={t('quotes.reasonPlaceholder')} autosize minRows={3} maxLength={1000} value={reason} onChange={(e) => setReason(e.currentTarget.value)} data-testid="portal-quote-decline-reason" />
        {decline.isError && (
          <Alert color="red" role="alert" p="xs">
            {servicesProblem(decline.error, t)}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button color="red" loading={decline.isPending} onClick={() => decline.mutate({ id: quote.id, version: quote.version, reason: reason.trim() }, { onSuccess: onDone })} data-testid="portal-quote-decline-confirm">
            {t('quotes.declineSubmit')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
