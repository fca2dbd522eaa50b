import { Anchor, Badge, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate, formatMoney } from '../../app/format';
import { currentLang } from '../../i18n';
import { type PortalQuote, quotePdfUrl } from './PortalServicesApi';

const STATUS_COLORS: Record<PortalQuote['status'], string> = { draft: 'gray', sent: 'blue', accepted: 'green', declined: 'red', expired: 'gray' };

/** One quote: its lines, totals per VAT rate, the PDF, and (while open) accept and decline. */
export function QuoteCard({ quote, onAccept, onDecline }: { quote: PortalQuote; onAccept: () => void; onDecline: () => void }) {
  const { t } = useTranslation('portalServices');
  const lang = currentLang();
  const open = quote.status === 'sent';
  return (
    <Paper withBorder p="md" component="article" data-testid="portal-quote" data-quote-id={quote.id} data-status={quote.status} aria-labelledby={`quote-${quote.id}`}>
      <Stack gap="sm">
        <Group justify="space-between" wrap="wrap">
          <Title order={3} size="h4" id={`quote-${quote.id}`}>
            {t('quotes.number', { number: quote.number })}
          </Title>
          <Badge color={STATUS_COLORS[quote.status]} variant="light" data-testid="portal-quote-status" data-status={quote.status}>
            {t(`quotes.statuses.${quote.status}`)}
          </Badge>
        </Group>
        <Text size="sm" c="dimmed">
          {open || quote.status === 'expired' ? t('quotes.validUntil', { date: formatDate(quote.validUntil, lang) }) : quote.decidedAt ? t('quotes.decided', { date: formatDate(quote.decidedAt, lang) }) : ''}
        </Text>
        <Table.ScrollContainer minWidth={320}>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('quotes.description')}</Table.Th>
                <Table.Th ta="right">{t('quotes.quantity')}</Table.Th>
                <Table.Th ta="right">{t('quotes.price')}</Table.Th>
                <Table.Th ta="right">{t('quotes.amount')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {quote.lines.map((l) => (
                <Table.Tr key={l.id}>
                  <Table.Td>{l.description}</Table.Td>
                  <Table.Td ta="right">{l.quantity}</Table.Td>
                  <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                    {formatMoney(l.unitPriceCents)}
                  </Table.Td>
                  <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                    {formatMoney(l.netCents)}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
            <Table.Tfoot>
              <Table.Tr>
                <Table.Td colSpan={3}>{t('common.subtotal')}</Table.Td>
                <Table.Td ta="right">{formatMoney(quote.totals.netCents)}</Table.Td>
              </Table.Tr>
              {quote.totals.vatByRate.map((v) => (
                <Table.Tr key={v.vatCode + v.percentBp}>
                  <Table.Td colSpan={3}>
                    {t('common.vat')} {v.percentBp / 100}%
                  </Table.Td>
                  <Table.Td ta="right">{formatMoney(v.vatCents)}</Table.Td>
                </Table.Tr>
              ))}
              <Table.Tr fw={700}>
                <Table.Td colSpan={3}>{t('common.incl')}</Table.Td>
                <Table.Td ta="right" data-testid="portal-quote-total" data-cents={quote.totals.grossCents}>
                  {formatMoney(quote.totals.grossCents)}
                </Table.Td>
              </Table.Tr>
            </Table.Tfoot>
          </Table>
        </Table.ScrollContainer>
        <Group justify="space-between" wrap="wrap">
          <Anchor href={quotePdfUrl(quote.id)} target="_blank" rel="noopener" data-testid="portal-quote-pdf">
            {t('common.pdf')}
          </Anchor>
          {open && (
            <Group gap="xs">
              <Button variant="default" onClick={onDecline} data-testid="portal-quote-decline">
                {t('quotes.decline')}
              </Button>
              <Button onClick={onAccept} data-testid="portal-quote-accept">
                {t('quotes.accept')}
              </Button>
            </Group>
          )}
        </Group>
      </Stack>
    </Paper>
  );
}
