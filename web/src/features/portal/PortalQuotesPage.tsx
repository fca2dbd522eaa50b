import { Alert, Anchor, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PortalError, PortalLoading } from './PortalLayout';
import { QuoteCard } from './PortalQuotesCard';
import { AcceptQuoteDialog, DeclineQuoteDialog } from './PortalQuotesDialogs';
import { type PortalQuote, usePortalQuotes } from './PortalServicesApi';
import { PortalServicesPage } from './PortalServicesNav';

/**
 * `/portaal/offertes`: open quotes first (accept with a time slot, or decline), then earlier ones.
 * `/portaal/offertes/:id` (the link in the quote e-mail) shows just that quote.
 */
export function PortalQuotesPage() {
  const { t } = useTranslation('portalServices');
  return (
    <PortalServicesPage title={t('quotes.title')}>
      <QuoteList />
    </PortalServicesPage>
  );
}

function QuoteList() {
  const { t } = useTranslation('portalServices');
  const { id } = useParams();
  const quotes = usePortalQuotes();
  const [accepting, setAccepting] = useState<PortalQuote | null>(null);
  const [declining, setDeclining] = useState<PortalQuote | null>(null);
  const [done, setDone] = useState<'accepted' | 'declined' | null>(null);
  const start = (set: (q: PortalQuote) => void) => (q: PortalQuote) => {
    setDone(null);
    set(q);
  };
  const finish = (result: 'accepted' | 'declined') => () => {
    setAccepting(null);
    setDeclining(null);
    setDone(result);
  };
  if (quotes.isPending) return <PortalLoading />;
  if (quotes.isError) return <PortalError error={quotes.error} onRetry={() => void quotes.refetch()} />;
  const visible = quotes.data.items.filter((q) => q.status !== 'draft' && (!id || q.id === id));
  const open = visible.filter((q) => q.status === 'sent');
  const rest = visible.filter((q) => q.status !== 'sent');
  return (
    <Stack gap="md" data-testid="portal-quotes">
      {done && (
        <Alert color="green" role="status" data-testid="portal-quote-done">
          {t(`quotes.${done}`)}
        </Alert>
      )}
      {open.length === 0 && !id && <Text c="dimmed">{t('quotes.empty')}</Text>}
      {id && visible.length === 0 && <Text c="dimmed">{t('problems.not_found')}</Text>}
      {[...open, ...rest].map((q) => (
        <QuoteCard key={q.id} quote={q} onAccept={() => start(setAccepting)(q)} onDecline={() => start(setDeclining)(q)} />
      ))}
      {id && (
        <Anchor component={Link} to="/portaal/offertes" size="sm">
          {t('quotes.all')}
        </Anchor>
      )}
      {accepting && <AcceptQuoteDialog quote={accepting} onClose={() => setAccepting(null)} onDone={finish('accepted')} />}
      {declining && <DeclineQuoteDialog quote={declining} onClose={() => setDeclining(null)} onDone={finish('declined')} />}
    </Stack>
  );
}
