import { Anchor, Badge, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime, formatMoney } from '../../app/format';
import { currentLang } from '../../i18n';
import type { Customer } from './types';

export function Card({ title, children, testId, action }: { title: string; children: ReactNode; testId?: string; action?: ReactNode }) {
  return (
    <Paper withBorder p="lg" data-testid={testId}>
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h4">
            {title}
          </Title>
          {action}
        </Group>
        {children}
      </Stack>
    </Paper>
  );
}

function Row({ label, value }: { label: string; value: ReactNode }) {
  return (
    <Group justify="space-between" wrap="nowrap" gap="md">
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text size="sm" ta="right">
        {value === '' || value === null || value === undefined ? '—' : value}
      </Text>
    </Group>
  );
}

export function DetailsCard({ c }: { c: Customer }) {
  const { t } = useTranslation();
  const lang = currentLang();
  const consent = (on: boolean, at: string | null) => (on ? t('common.yes') : t('common.no')) + (at ? ` (${formatDateTime(at, lang)})` : '');
  return (
    <Card title={t('customer.details')} testId="customer-details">
      {c.kvkNumber && <Row label={t('customerForm.kvkNumber')} value={c.kvkNumber} />}
      {c.vatId && <Row label={t('customerForm.vatId')} value={c.vatId} />}
      <Row label={t('customerForm.locale')} value={t(`lang.${c.locale}`)} />
      <Row label={t('customer.since')} value={formatDate(c.acquisitionDate, lang)} />
      <Row label={t('customer.channel')} value={c.acquisitionChannel} />
      <Row label={t('customer.cost')} value={<span data-testid="customer-acquisition-cost">{formatMoney(c.acquisitionCostCents)}</span>} />
      <Row label={t('customer.consentService')} value={consent(c.consentServiceMail, c.consentServiceMailAt)} />
      <Row label={t('customer.consentMarketing')} value={consent(c.consentMarketingMail, c.consentMarketingMailAt)} />
      {c.tags.length > 0 && (
        <Group gap={4}>
          {c.tags.map((tag) => (
            <Badge key={tag} variant="outline" size="sm">
              {tag}
            </Badge>
          ))}
        </Group>
      )}
    </Card>
  );
}

export function ContactsCard({ c }: { c: Customer }) {
  const { t } = useTranslation();
  return (
    <Card title={t('customer.contacts')} testId="customer-contacts">
      {c.contacts.length === 0 && <Text c="dimmed">{t('customer.noContacts')}</Text>}
      <SimpleGrid cols={1} spacing="xs">
        {c.contacts.map((k) => (
          <div key={k.id}>
            <Group gap="xs">
              <Text fw={600}>{k.name}</Text>
              {k.isPrimary && (
                <Badge size="xs" variant="light">
                  {t('customer.primary')}
                </Badge>
              )}
            </Group>
            {k.email && (
              <Anchor href={`mailto:${k.email}`} size="sm" display="block">
                {k.email}
              </Anchor>
            )}
            {k.phone && (
              <Anchor href={`tel:${k.phone}`} size="sm" display="block">
                {k.phone}
              </Anchor>
            )}
          </div>
        ))}
      </SimpleGrid>
    </Card>
  );
}

export function AddressesCard({ c }: { c: Customer }) {
  const { t } = useTranslation();
  return (
    <Card title={t('customer.addresses')} testId="customer-addresses">
      {c.addresses.length === 0 && <Text c="dimmed">{t('customer.noAddresses')}</Text>}
      {c.addresses.map((a) => (
        <div key={a.id}>
          <Text size="xs" c="dimmed">
            {t(`customer.addressKinds.${a.kind}`)}
          </Text>
          <Text size="sm">
            {a.street} {a.houseNumber}
            {a.houseNumberAddition ? ` ${a.houseNumberAddition}` : ''}
          </Text>
          <Text size="sm">
            {a.postcode} {a.city}
            {a.country !== 'NL' ? `, ${a.country}` : ''}
          </Text>
          {a.lat != null && a.lng != null && (
            <Anchor href={`https://www.openstreetmap.org/?mlat=${a.lat}&mlon=${a.lng}#map=17/${a.lat}/${a.lng}`} target="_blank" rel="noopener noreferrer" size="sm">
              {t('customer.map')}
            </Anchor>
          )}
        </div>
      ))}
    </Card>
  );
}
