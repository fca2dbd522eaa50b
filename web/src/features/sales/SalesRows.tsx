import { Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate, formatMoney } from '../../app/format';
import { currentLang } from '../../i18n';
import { useSendQuote } from './api';
import { formatDay, formatPlainDate, formatTime } from './dates';
import { salesProblem } from './problems';
import { StatusBadge } from './StatusBadge';
import type { CaseSales, Quote } from './types';

function SendButton({ quote }: { quote: Quote }) {
  const { t } = useTranslation('sales');
  const send = useSendQuote();
  return (
    <Button size="compact-xs" variant="light" loading={send.isPending} onClick={() => send.mutate(quote)} data-testid="sales-row-send" w="fit-content" title={send.isError ? salesProblem(send.error, t) : undefined} color={send.isError ? 'red' : undefined}>
      {t('basket.send')}
    </Button>
  );
}

/** One line per quote and order of the case, newest first, with the booked visit where there is one. */
export function SalesRows({ sales, canSell }: { sales: CaseSales; canSell: boolean }) {
  const { t } = useTranslation('sales');
  const bookings = new Map(sales.bookings.map((b) => [b.id, b]));
  const rows = [
    ...sales.quotes.map((q) => ({ kind: 'quote' as const, doc: q, at: q.createdAt })),
    ...sales.orders.map((o) => ({ kind: 'order' as const, doc: o, at: o.createdAt })),
  ].sort((a, b) => b.at.localeCompare(a.at));
  return (
    <Stack gap="xs">
      {rows.map(({ kind, doc }) => {
        const booking = kind === 'order' && doc.bookingId ? bookings.get(doc.bookingId) : undefined;
        return (
          <Stack key={doc.id} gap={2} data-testid="sales-row" data-kind={kind} data-number={doc.number} data-status={doc.status}>
            <Group justify="space-between" wrap="nowrap" gap="xs">
              <Group gap="xs" wrap="nowrap">
                <Text size="xs" c="dimmed">
                  {t(kind === 'quote' ? 'panel.quote' : 'panel.order')}
                </Text>
                <Anchor component={Link} to={`/${kind === 'quote' ? 'quotes' : 'orders'}/${doc.id}`} size="sm" fw={600}>
                  {doc.number}
                </Anchor>
              </Group>
              <StatusBadge kind={kind} status={doc.status} />
            </Group>
            <Group justify="space-between" gap="xs">
              <Text size="xs" c="dimmed">
                {kind === 'quote' && 'validUntil' in doc ? t('panel.validUntil', { date: formatPlainDate(doc.validUntil) }) : formatDate(doc.createdAt, currentLang())}
              </Text>
              <Text size="sm" fw={500} data-testid="sales-row-gross">
                {formatMoney(doc.totals.grossCents)}
              </Text>
            </Group>
            {booking && (
              <Text size="xs" data-testid="sales-row-booking">
                {t('panel.booking')}: {formatDay(booking.date)}, {formatTime(booking.startsAt)}–{formatTime(booking.endsAt)}
              </Text>
            )}
            {kind === 'quote' && doc.status === 'draft' && canSell && <SendButton quote={doc as Quote} />}
          </Stack>
        );
      })}
    </Stack>
  );
}
