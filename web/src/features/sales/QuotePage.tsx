import { Alert, Anchor, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { formatDateTime } from '../../app/format';
import { canManage, useMe } from '../../app/session';
import { ErrorAlert, Loading } from '../../app/ui';
import { currentLang } from '../../i18n';
import { useQuote } from './api';
import { formatDay, formatPlainDate } from './dates';
import { DocHeader } from './DocHeader';
import { LinesTable } from './LinesTable';
import { QuoteActions } from './QuoteActions';
import { TotalsTable } from './TotalsTable';

/** One quote: its lines and totals, and what an agent can do with it. */
export function QuotePage() {
  const { t } = useTranslation('sales');
  const { id = '' } = useParams();
  const me = useMe().data;
  const quote = useQuote(id);
  if (quote.isPending) return <Loading />;
  if (quote.isError) return <ErrorAlert error={quote.error} onRetry={() => void quote.refetch()} />;
  const q = quote.data;
  const lang = currentLang();
  const manage = canManage(me?.role);
  const decided = q.decidedAt ? `${formatDateTime(q.decidedAt, lang)} ${q.decidedBy ? t(`orders.decidedBy.${q.decidedBy}`) : ''}` : null;
  return (
    <Stack>
      <DocHeader
        back={{ to: '/orders?tab=quotes', label: t('orders.backToList') }}
        title={t('orders.quoteTitle', { number: q.number })}
        badges={[{ kind: 'quote', status: q.status, testId: 'quote-status' }]}
        actions={<QuoteActions quote={q} />}
        facts={[
          { label: t('common.date'), value: formatPlainDate(q.quoteDate) },
          { label: t('orders.validUntil'), value: formatPlainDate(q.validUntil) },
          { label: t('orders.sentAt'), value: q.sentAt && formatDateTime(q.sentAt, lang) },
          { label: t('orders.decidedAt'), value: decided },
          { label: t('common.case'), value: <Anchor component={Link} to={`/cases/${q.caseId}`}>{t('common.case')}</Anchor> },
          { label: t('orders.order'), value: q.orderId && <Anchor component={Link} to={`/orders/${q.orderId}`} data-testid="quote-order-link">{t('orders.order')}</Anchor> },
          { label: t('orders.booking'), value: q.slotDate && formatDay(q.slotDate) },
          { label: t('orders.underWarranty'), value: q.underWarranty ? t('common.yes') : t('common.no') },
        ]}
      />
      {q.declineReason && (
        <Alert color="red" variant="light" title={t('orders.declineReason')}>
          {q.declineReason}
        </Alert>
      )}
      <LinesTable lines={q.lines} showCost={manage} />
      <TotalsTable
        netCents={q.totals.netCents}
        vatCents={q.totals.vatCents}
        grossCents={q.totals.grossCents}
        vat={q.totals.vatByRate}
        economics={manage ? q.totals : null}
        testId="quote-totals"
      />
    </Stack>
  );
}
