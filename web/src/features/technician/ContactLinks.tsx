import { Anchor, Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCustomer } from '../customers/api';
import type { RepairOrder } from '../repairs/types';
import { addressLine, mapUrl, telUrl } from './links';

/** The customer's phone number (primary contact first) and address, each a large tap target. */
export function ContactLinks({ customerId, address }: { customerId: string; address: RepairOrder['address'] }) {
  const { t } = useTranslation('field');
  const customer = useCustomer(customerId);
  const contacts = customer.data?.contacts ?? [];
  const phone = [...contacts].sort((a, b) => Number(b.isPrimary) - Number(a.isPrimary)).find((c) => c.phone)?.phone ?? null;
  const map = mapUrl(address);
  const line = addressLine(address);
  return (
    <>
      {line && (
        <Text size="sm" data-testid="job-address">
          {map ? (
            <Anchor href={map} target="_blank" rel="noopener noreferrer">
              {line}
            </Anchor>
          ) : (
            line
          )}
        </Text>
      )}
      {phone && (
        <Text size="sm">
          <Anchor href={telUrl(phone)}>{phone}</Anchor>
        </Text>
      )}
      <Group gap="xs" grow>
        {phone && (
          <Button component="a" href={telUrl(phone)} variant="light" size="md" aria-label={`${t('jobs.call')} ${phone}`} data-testid="job-phone">
            {t('jobs.call')}
          </Button>
        )}
        {map && (
          <Button component="a" href={map} target="_blank" rel="noopener noreferrer" variant="default" size="md" data-testid="job-map">
            {t('jobs.map')}
          </Button>
        )}
      </Group>
    </>
  );
}
