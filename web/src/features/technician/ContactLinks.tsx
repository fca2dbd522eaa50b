import { Anchor, Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RepairOrder } from '../repairs/types';
import { addressLine, mapUrl, telUrl } from './links';

/** The customer's phone number (primary contact first, as the job carries it) and address, each a large tap target. */
export function ContactLinks({ phone, address }: { phone: string | null; address: RepairOrder['address'] }) {
  const { t } = useTranslation('field');
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
