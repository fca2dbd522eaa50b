import { Anchor, Group, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { formatDateTime } from '../../app/format';
import { canManage, useMe } from '../../app/session';
import { ErrorAlert, Loading } from '../../app/ui';
import { currentLang } from '../../i18n';
import { useBooking, useOrder, useOrderRepairs } from './api';
import { formatDay, formatPlainDate, formatTime } from './dates';
import { DocHeader } from './DocHeader';
import { LinesTable } from './LinesTable';
import { OrderActions } from './OrderActions';
import { StatusBadge } from './StatusBadge';
import { TotalsTable } from './TotalsTable';

function BookingWindow({ id }: { id: string }) {
  const { t } = useTranslation('sales');
  const b = useBooking(id).data;
  if (!b) return null;
  return (
    <Group gap={6} data-testid="order-booking">
      {t('orders.bookingWindow', { date: formatDay(b.date), from: formatTime(b.startsAt), to: formatTime(b.endsAt) })}
      <StatusBadge kind="slot" status={b.slotType} />
    </Group>
  );
}

/** One order: lines, totals, VAT, margin for managers, its visit, repairs and invoice. */
export function OrderPage() {
  const { t } = useTranslation('sales');
  const { id = '' } = useParams();
  const me = useMe().data;
  const order = useOrder(id);
  const repairs = useOrderRepairs(id);
  if (order.isPending) return <Loading />;
  if (order.isError) return <ErrorAlert error={order.error} onRetry={() => void order.refetch()} />;
  const o = order.data;
  const lang = currentLang();
  const manage = canManage(me?.role);
  const repairIds = [...new Set(o.lines.map((l) => l.repairOrderId).filter((r): r is string => !!r))];
  const bookingIds = [...new Set([o.bookingId, ...o.lines.map((l) => l.bookingId)].filter((b): b is string => !!b))];
  return (
    <Stack>
      <DocHeader
        back={{ to: '/orders?tab=orders', label: t('orders.backToList') }}
        title={t('orders.orderTitle', { number: o.number })}
        badges={[{ kind: 'order', status: o.status, testId: 'order-status' }]}
        actions={<OrderActions order={o} />}
        facts={[
          { label: t('common.date'), value: formatPlainDate(o.orderDate) },
          { label: t('common.case'), value: <Anchor component={Link} to={`/cases/${o.caseId}`}>{t('common.case')}</Anchor> },
          { label: t('orders.quote'), value: o.quoteId && <Anchor component={Link} to={`/quotes/${o.quoteId}`}>{t('orders.quote')}</Anchor> },
          { label: t('orders.underWarranty'), value: o.underWarranty ? t('common.yes') : t('common.no') },
          { label: t('orders.booking'), value: bookingIds.length > 0 && bookingIds.map((b) => <BookingWindow key={b} id={b} />), testId: 'order-booking-window' },
          {
            label: t('orders.repairs'),
            testId: 'order-repairs',
            value:
              repairIds.length > 0 &&
              repairIds.map((r, i) => (
                <Group key={r} gap={6}>
                  <Anchor component={Link} to={`/repairs/${r}`} data-testid="order-repair-link">
                    {repairs.get(r)?.number ?? t('orders.repairLink', { n: i + 1 })}
                  </Anchor>
                  {repairs.get(r) && <StatusBadge kind="repair" status={repairs.get(r)?.status ?? ''} />}
                </Group>
              )),
          },
          {
            label: t('orders.invoices'),
            value: o.invoiceId && (
              <Anchor component={Link} to={`/invoices/${o.invoiceId}`} data-testid="order-invoice-link">
                {t('status.kind.invoice')}
              </Anchor>
            ),
          },
          { label: t('orders.completedAt'), value: o.completedAt && formatDateTime(o.completedAt, lang) },
        ]}
      />
      <LinesTable lines={o.lines} showCost={manage} />
      <TotalsTable
        netCents={o.totals.netCents}
        vatCents={o.totals.vatCents}
        grossCents={o.totals.grossCents}
        vat={o.totals.vatByRate}
        economics={manage ? o.totals : null}
        testId="order-totals"
      />
    </Stack>
  );
}
