import { Alert, Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime, formatMoney } from '../../app/format';
import { currentLang } from '../../i18n';
import { clockOf, dayLabel } from '../repairs/dates';
import { RescheduleDialog } from './PortalBookingsReschedule';
import { PortalError, PortalLoading } from './PortalLayout';
import { type Booking, bookingIcsUrl, usePortalBookings } from './PortalServicesApi';
import { PortalServicesPage } from './PortalServicesNav';

/** `/portaal/afspraken`: upcoming appointments (reschedule until the cut-off, add to a calendar), then earlier ones. */
export function PortalBookingsPage() {
  const { t } = useTranslation('portalServices');
  return (
    <PortalServicesPage title={t('bookings.title')}>
      <BookingList />
    </PortalServicesPage>
  );
}

function BookingList() {
  const { t } = useTranslation('portalServices');
  const bookings = usePortalBookings();
  const [moving, setMoving] = useState<Booking | null>(null);
  const [moved, setMoved] = useState(false);
  if (bookings.isPending) return <PortalLoading />;
  if (bookings.isError) return <PortalError error={bookings.error} onRetry={() => void bookings.refetch()} />;
  const now = new Date().toISOString();
  const sorted = [...bookings.data.items].sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  const upcoming = sorted.filter((b) => b.endsAt >= now && b.status === 'confirmed');
  const earlier = sorted.filter((b) => !upcoming.includes(b)).reverse();
  return (
    <Stack gap="md" data-testid="portal-bookings">
      {moved && (
        <Alert color="green" role="status">
          {t('bookings.rescheduled')}
        </Alert>
      )}
      {upcoming.length === 0 && <Text c="dimmed">{t('bookings.empty')}</Text>}
      {upcoming.map((b) => (
        <BookingCard
          key={b.id}
          booking={b}
          now={now}
          onReschedule={() => {
            setMoved(false);
            setMoving(b);
          }}
        />
      ))}
      {earlier.length > 0 && (
        <>
          <Title order={2} size="h4" mt="md">
            {t('bookings.past')}
          </Title>
          {earlier.map((b) => (
            <BookingCard key={b.id} booking={b} now={now} />
          ))}
        </>
      )}
      {moving && (
        <RescheduleDialog
          booking={moving}
          onClose={() => setMoving(null)}
          onDone={() => {
            setMoving(null);
            setMoved(true);
          }}
        />
      )}
    </Stack>
  );
}

function BookingCard({ booking: b, now, onReschedule }: { booking: Booking; now: string; onReschedule?: () => void }) {
  const { t } = useTranslation('portalServices');
  const lang = currentLang();
  const a = b.address;
  const active = b.status === 'confirmed' && b.endsAt >= now;
  const canMove = active && now < b.cutoffAt;
  return (
    <Paper withBorder p="md" component="article" data-testid="portal-booking" data-booking-id={b.id} data-status={b.status}>
      <Stack gap={6}>
        <Group justify="space-between" wrap="wrap">
          <Text fw={700} data-testid="portal-booking-when">
            {t('bookings.when', { day: dayLabel(b.date, lang, 'long'), from: clockOf(b.startsAt), to: clockOf(b.endsAt) })}
          </Text>
          <Badge color={b.status === 'confirmed' ? 'green' : 'gray'} variant="light">
            {t(`bookings.statuses.${b.status}`)}
          </Badge>
        </Group>
        <Text size="sm">
          <Text span c="dimmed">
            {t('bookings.address')}:{' '}
          </Text>
          {`${a.street} ${a.houseNumber}${a.houseNumberAddition ? ` ${a.houseNumberAddition}` : ''}, ${a.postcode} ${a.city}`}
        </Text>
        <Text size="sm">
          <Text span c="dimmed">
            {t('bookings.price')}:{' '}
          </Text>
          {formatMoney(b.totalPriceCents)} {t('slots.exclVat')}
          {b.surchargeCents > 0 ? ` (${t('slots.surcharge', { price: formatMoney(b.surchargeCents) })})` : ''}
        </Text>
        {active && (
          <Text size="xs" c="dimmed">
            {canMove ? t('bookings.cutoff', { at: formatDateTime(b.cutoffAt, lang) }) : t('bookings.tooLate')}
          </Text>
        )}
        {active && (
          <Group gap="xs" mt={4}>
            <Button component="a" href={bookingIcsUrl(b.id)} download={`afspraak-${b.date}.ics`} variant="default" data-testid="portal-booking-ics">
              {t('bookings.ics')}
            </Button>
            {canMove && onReschedule && (
              <Button variant="light" onClick={onReschedule} data-testid="portal-booking-reschedule">
                {t('bookings.reschedule')}
              </Button>
            )}
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
