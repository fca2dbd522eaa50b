import { Anchor, Badge, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate, formatMoney } from '../../app/format';
import { currentLang } from '../../i18n';
import { PortalError, PortalLoading } from './PortalLayout';
import { invoicePdfUrl, type PortalInvoice, usePortalInvoices } from './PortalServicesApi';
import { PortalServicesPage } from './PortalServicesNav';

const PAYMENT_COLORS: Record<PortalInvoice['paymentStatus'], string> = { open: 'orange', partial: 'yellow', paid: 'green' };

/** `/portaal/facturen`: issued invoices and credit notes with amount, payment status and the PDF. */
export function PortalInvoicesPage() {
  const { t } = useTranslation('portalServices');
  return (
    <PortalServicesPage title={t('invoices.title')}>
      <InvoiceTable />
    </PortalServicesPage>
  );
}

function InvoiceTable() {
  const { t } = useTranslation('portalServices');
  const lang = currentLang();
  const invoices = usePortalInvoices();
  if (invoices.isPending) return <PortalLoading />;
  if (invoices.isError) return <PortalError error={invoices.error} onRetry={() => void invoices.refetch()} />;
  const items = invoices.data.items.filter((i) => i.status === 'issued');
  if (items.length === 0)
    return (
      <Text c="dimmed" data-testid="portal-invoices">
        {t('invoices.empty')}
      </Text>
    );
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table data-testid="portal-invoices" highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('invoices.number')}</Table.Th>
            <Table.Th>{t('invoices.date')}</Table.Th>
            <Table.Th>{t('invoices.due')}</Table.Th>
            <Table.Th ta="right">{t('invoices.amount')}</Table.Th>
            <Table.Th>{t('invoices.status')}</Table.Th>
            <Table.Th>{t('invoices.pdf')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((i) => (
            <Table.Tr key={i.id} data-testid="portal-invoice" data-invoice-id={i.id} data-number={i.number ?? ''}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {i.number}
                {i.kind === 'credit_note' && (
                  <Text span size="xs" c="dimmed">
                    {' '}
                    ({t('invoices.kinds.credit_note')})
                  </Text>
                )}
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(i.issueDate, lang)}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(i.dueDate, lang)}</Table.Td>
              <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                {formatMoney(i.grossCents)}
                {i.paymentStatus === 'partial' && (
                  <Text size="xs" c="dimmed">
                    {t('invoices.stillOpen', { amount: formatMoney(i.openCents) })}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                {i.kind === 'invoice' && (
                  <Badge color={i.overdue ? 'red' : PAYMENT_COLORS[i.paymentStatus]} variant="light" data-testid="portal-invoice-status" data-status={i.paymentStatus}>
                    {i.overdue ? t('invoices.overdue') : t(`invoices.payment.${i.paymentStatus}`)}
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>
                <Anchor href={invoicePdfUrl(i.id)} target="_blank" rel="noopener" aria-label={t('invoices.pdfLabel', { number: i.number ?? '' })} data-testid="portal-invoice-pdf">
                  {t('invoices.pdf')}
                </Anchor>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
