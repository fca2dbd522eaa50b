import { Anchor, Image, Loader, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { photoUrl, useUploadPhoto } from '../repairs/api';
import type { RepairOrderDetail } from '../repairs/types';
import { MutationError } from '../repairs/ui';
import { Section } from './Section';

/** Photos of the job: the camera opens straight away on a phone; thumbnails link to the full picture. */
export function PhotosSection({ job, readOnly }: { job: RepairOrderDetail; readOnly: boolean }) {
  const { t } = useTranslation('field');
  const upload = useUploadPhoto(job.id);
  return (
    <Section title={t('job.photos')} testId="job-photos">
      {job.photos.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('job.noPhotos')}
        </Text>
      ) : (
        <SimpleGrid cols={{ base: 3, sm: 4 }} spacing="xs">
          {job.photos.map((p, i) => (
            <Anchor key={p.id} href={photoUrl(job.id, p.id)} target="_blank" rel="noopener noreferrer">
              <Image src={photoUrl(job.id, p.id)} alt={t('repairs.photoAlt', { index: i + 1, number: job.number })} h={90} fit="cover" radius="sm" data-testid="job-photo-thumb" />
            </Anchor>
          ))}
        </SimpleGrid>
      )}
      {!readOnly && (
        <Stack gap={4}>
          <Text component="label" htmlFor={`job-photo-${job.id}`} size="sm" fw={500}>
            {t('job.photo')}
          </Text>
          <input
            id={`job-photo-${job.id}`}
            type="file"
            accept="image/*"
            capture="environment"
            disabled={upload.isPending}
            onChange={(e) => {
              const file = e.currentTarget.files?.[0];
              if (file) upload.mutate(file);
              e.currentTarget.value = '';
            }}
            data-testid="job-photo"
            style={{ fontSize: 16, minHeight: 44 }}
          />
          {upload.isPending && (
            <Text size="sm" c="dimmed" role="status">
              <Loader size="xs" mr={6} />
              {t('job.uploading')}
            </Text>
          )}
        </Stack>
      )}
      <MutationError error={upload.error} />
    </Section>
  );
}
