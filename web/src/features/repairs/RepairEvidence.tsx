import { Anchor, Image, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../app/format';
import { currentLang } from '../../i18n';
import { photoUrl } from './api';
import type { RepairOrderDetail } from './types';

/** Photos as thumbnails, the customer's signature and whether the fault was fixed the first time. */
export function RepairEvidence({ repair }: { repair: RepairOrderDetail }) {
  const { t } = useTranslation('field');
  const lang = currentLang();
  return (
    <Paper withBorder p="md" component="section">
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('repairs.photos')}
        </Title>
        {repair.photos.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('repairs.nothing')}
          </Text>
        ) : (
          <SimpleGrid cols={{ base: 3, sm: 5 }} spacing="xs" data-testid="repair-photos">
            {repair.photos.map((p, i) => (
              <Anchor key={p.id} href={photoUrl(repair.id, p.id)} target="_blank" rel="noopener noreferrer">
                <Image src={photoUrl(repair.id, p.id)} alt={t('repairs.photoAlt', { index: i + 1, number: repair.number })} h={96} fit="cover" radius="sm" loading="lazy" />
              </Anchor>
            ))}
          </SimpleGrid>
        )}
        <Title order={2} size="h4">
          {t('repairs.signature')}
        </Title>
        {repair.signature ? (
          <>
            <Image src={repair.signature} alt={t('repairs.signatureAlt', { name: repair.signedBy ?? '' })} maw={320} bg="white" style={{ border: '1px solid var(--mantine-color-gray-3)' }} data-testid="repair-signature" />
            <Text size="sm">{t('repairs.signedBy', { name: repair.signedBy ?? '', at: formatDateTime(repair.signedAt, lang) })}</Text>
          </>
        ) : (
          <Text size="sm" c="dimmed">
            {t('repairs.notSigned')}
          </Text>
        )}
        <Text size="sm" data-testid="repair-ftf" data-value={repair.firstTimeFix === null ? '' : String(repair.firstTimeFix)}>
          {t('repairs.firstTimeFix')}: {repair.firstTimeFix === null ? t('repairs.unknown') : repair.firstTimeFix ? t('common.yes') : t('common.no')}
        </Text>
      </Stack>
    </Paper>
  );
}
