import { Alert, Anchor, Badge, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { get } from '../../app/api';
import { formatMoney } from '../../app/format';
import { ErrorAlert, Loading } from '../../app/ui';
import { currentLang } from '../../i18n';
import { useInstalledProducts } from '../customers/api';
import { WarrantyBadge } from '../customers/InstalledProducts';
import { useCaseCustomer, useCaseSearch, usePurchaseTotals } from './api';
import { StatusBadge, useDeadline } from './badges';
import type { Case, CaseChanges } from './types';

interface Props {
  c: Case;
  save: (changes: CaseChanges) => void;
  saving: boolean;
  readOnly?: boolean;
}

/** The customer's survey answers by case (agents and managers may read them; others see none). */
function useCustomerRatings(customerId: string): Map<string, number> {
  const q = useQuery({
    queryKey: ['ratings', customerId],
    queryFn: () => get<{ items: { caseId: string; rating: number | null }[] }>(`/api/v1/satisfaction/ratings?customerId=${customerId}`),
    retry: false,
    staleTime: 60_000,
  });
  return new Map((q.data?.items ?? []).filter((r) => r.rating !== null).map((r) => [r.caseId, r.rating as number]));
}

function Section({ title, testId, children }: { title: string; testId?: string; children: ReactNode }) {
  return (
    <Paper withBorder p="md" data-testid={testId}>
      <Stack gap="xs">
        <Title order={2} size="h5">
          {title}
        </Title>
        {children}
      </Stack>
    </Paper>
  );
}

function CustomerCard({ c, save, saving, readOnly }: Props) {
  const { t } = useTranslation();
  const customer = useCaseCustomer(c.customerId);
  const contact = customer.data?.contacts.find((k) => k.id === c.contactId);
  return (
    <Section title={t('cases.sidebar.customer')} testId="case-customer">
      <Anchor component={Link} to={`/customers/${c.customerId}`} fw={600}>
        {c.customerName}
      </Anchor>
      {(c.contactName || c.contactEmail) && (
        <div>
          <Text size="xs" c="dimmed">
            {t('cases.sidebar.contact')}
          </Text>
          {c.contactName && <Text size="sm">{c.contactName}</Text>}
          {c.contactEmail && (
            <Anchor href={`mailto:${c.contactEmail}`} size="sm" display="block">
              {c.contactEmail}
            </Anchor>
          )}
          {contact?.phone && (
            <Anchor href={`tel:${contact.phone}`} size="sm" display="block">
              {contact.phone}
            </Anchor>
          )}
        </div>
      )}
      {c.contactNeedsReview && (
        <Alert color="orange" variant="light" title={t('cases.sidebar.review')} data-testid="case-contact-flag">
          <Stack gap={6}>
            <Text size="sm">{t('cases.sidebar.reviewHint')}</Text>
            {!readOnly && (
              <Button size="xs" variant="light" color="orange" w="fit-content" loading={saving} onClick={() => save({ contactNeedsReview: false })} data-testid="case-contact-review">
                {t('cases.sidebar.markReviewed')}
              </Button>
            )}
          </Stack>
        </Alert>
      )}
    </Section>
  );
}

function Products({ customerId }: { customerId: string }) {
  const { t } = useTranslation();
  const lang = currentLang();
  const products = useInstalledProducts(customerId);
  if (products.isPending) return <Loading />;
  if (products.isError) return <ErrorAlert error={products.error} />;
  if (products.data.items.length === 0) return <Text size="sm" c="dimmed">{t('cases.sidebar.noProducts')}</Text>;
  return (
    <Stack gap={6} data-testid="case-products">
      {products.data.items.map((p) => (
        <Group key={p.id} justify="space-between" wrap="nowrap" gap="xs">
          <div>
            <Text size="sm">{lang === 'en' ? p.productNameEn : p.productNameNl}</Text>
            <Text size="xs" c="dimmed">
              {[p.brand, p.serialNumber].filter(Boolean).join(' · ')}
            </Text>
          </div>
          <WarrantyBadge p={p} />
        </Group>
      ))}
    </Stack>
  );
}

function PurchaseTotals({ customerId }: { customerId: string }) {
  const { t } = useTranslation();
  const totals = usePurchaseTotals(customerId);
  if (totals.isPending) return <Loading />;
  if (totals.isError) return <ErrorAlert error={totals.error} />;
  const years = totals.data;
  if (years.length === 0) return <Text size="sm" c="dimmed">{t('cases.sidebar.noPurchases')}</Text>;
  return (
    <Table data-testid="case-purchase-totals" fz="sm">
      <Table.Tbody>
        {years.map((y) => (
          <Table.Tr key={y.year}>
            <Table.Td>{y.year}</Table.Td>
            <Table.Td ta="right">{formatMoney(y.amountInclCents)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

function PreviousCases({ c }: { c: Case }) {
  const { t } = useTranslation();
  const deadline = useDeadline();
  const list = useCaseSearch({ view: 'all', customerId: c.customerId }, 11);
  const ratings = useCustomerRatings(c.customerId);
  const others = (list.data?.items ?? []).filter((x) => x.id !== c.id).slice(0, 10);
  return (
    <Section title={t('cases.sidebar.previous')} testId="case-previous-cases">
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <ErrorAlert error={list.error} />
      ) : others.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('cases.sidebar.noPrevious')}
        </Text>
      ) : (
        others.map((x) => (
          <Group key={x.id} justify="space-between" wrap="nowrap" gap="xs" data-number={x.number}>
            <div style={{ minWidth: 0 }}>
              <Anchor component={Link} to={`/cases/${x.id}`} size="sm" lineClamp={1}>
                {x.number} · {x.subject}
              </Anchor>
              <Text size="xs" c="dimmed">
                {deadline(x.createdAt)}
              </Text>
            </div>
            <Group gap={4} wrap="nowrap">
              {ratings.get(x.id) ? (
                <Badge variant="light" color={(ratings.get(x.id) ?? 0) >= 4 ? 'teal' : (ratings.get(x.id) ?? 0) <= 2 ? 'red' : 'yellow'} data-testid="case-previous-rating">
                  ★ {ratings.get(x.id)}/5
                </Badge>
              ) : null}
              <StatusBadge status={x.status} />
            </Group>
          </Group>
        ))
      )}
    </Section>
  );
}

/** What an agent needs to know about the customer while handling the case. */
export function CaseSidebar(props: Props) {
  const { t } = useTranslation();
  const { c } = props;
  return (
    <Stack>
      <CustomerCard {...props} />
      <Section title={t('cases.sidebar.products')}>
        <Products customerId={c.customerId} />
      </Section>
      <Section title={t('cases.sidebar.purchases')}>
        <PurchaseTotals customerId={c.customerId} />
      </Section>
      <PreviousCases c={c} />
    </Stack>
  );
}
