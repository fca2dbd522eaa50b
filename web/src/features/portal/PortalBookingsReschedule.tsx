import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLang } from '../../i18n';
import { type Booking, servicesProblem, useRescheduleBooking } from './PortalServicesApi';
import { type SlotChoice, SlotPicker, slotText } from './PortalServicesSlots';

/** Moving an appointment to another free slot of the same service. */
export function RescheduleDialog({ booking, onClose, onDone }: { booking: Booking; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation('portalServices');
  const move = useRescheduleBooking();
  const [choice, setChoice] = useState<SlotChoice | null>(null);
  const [label, setLabel] = useState('');
  return (
    <Modal opened onClose={onClose} title={t('bookings.rescheduleTitle')} size="lg">
      <Stack gap="md">
        <SlotPicker
          serviceId={booking.serviceId}
          value={choice}
          onChange={(c, slot) => {
            setChoice(c);
            setLabel(slotText(slot, currentLang(), t));
          }}
        />
        {choice && (
          <Text size="sm" fw={500} aria-live="polite">
            {t('slots.selected', { slot: label })}
          </Text>
        )}
        {move.isError && (
          <Alert color="red" role="alert" p="xs">
            {servicesProblem(move.error, t)}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button
            disabled={!choice}
            loading={move.isPending}
            onClick={() => choice && move.mutate({ id: booking.id, version: booking.version, ...choice }, { onSuccess: onDone })}
            data-testid="portal-booking-confirm"
          >
            {t('bookings.rescheduleSubmit')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
