import { Button, Group, List, NumberInput, Stack, Text, TextInput, UnstyledButton } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLang } from '../../i18n';
import { useAddPart, useCatalogParts } from '../repairs/api';
import type { CatalogPart, RepairOrderDetail } from '../repairs/types';
import { MutationError } from '../repairs/ui';
import { Section } from './Section';

export const partName = (p: CatalogPart | undefined, lang: 'nl' | 'en') => (p ? (lang === 'en' ? p.nameEn || p.nameNl : p.nameNl) : '');

/** Parts used: search the catalogue by SKU or name, tap one, set the quantity and add it (taken from the van). */
export function PartsSection({ job, readOnly }: { job: RepairOrderDetail; readOnly: boolean }) {
  const { t } = useTranslation('field');
  const lang = currentLang();
  const catalog = useCatalogParts();
  const add = useAddPart(job.id);
  const [q, setQ] = useState('');
  const [picked, setPicked] = useState<string | null>(null);
  const [quantity, setQuantity] = useState<number | ''>(1);
  const parts = catalog.data?.items ?? [];
  const byId = new Map(parts.map((p) => [p.id, p]));
  const needle = q.trim().toLowerCase();
  const matches = needle ? parts.filter((p) => `${p.sku} ${p.nameNl} ${p.nameEn}`.toLowerCase().includes(needle)).slice(0, 8) : [];
  const chosen = picked ?? (matches.length === 1 ? (matches[0]?.id ?? null) : null);

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    if (!chosen || typeof quantity !== 'number' || quantity < 1) return;
    add.mutate({ partId: chosen, quantity }, {
      onSuccess: () => {
        setQ('');
        setPicked(null);
        setQuantity(1);
      },
    });
  };

  return (
    <Section title={t('job.parts')} testId="job-parts">
      {job.parts.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('job.noParts')}
        </Text>
      ) : (
        <List size="sm" spacing={2}>
          {job.parts.map((p) => (
            <List.Item key={p.id}>
              {p.quantity} × {partName(byId.get(p.partId), lang) || p.partId} {byId.get(p.partId) ? `(${byId.get(p.partId)?.sku})` : ''}
            </List.Item>
          ))}
        </List>
      )}
      {!readOnly && (
        <form onSubmit={submit}>
          <Stack gap="xs">
            <TextInput
              label={t('job.partSearch')}
              placeholder={t('job.partSearchPlaceholder')}
              size="md"
              type="search"
              value={q}
              onChange={(e) => {
                setQ(e.currentTarget.value);
                setPicked(null);
              }}
              data-testid="job-part-search"
              aria-controls="job-part-results"
            />
            {matches.length > 0 && (
              <Stack gap={4} id="job-part-results" role="listbox" aria-label={t('job.parts')}>
                {matches.map((p) => (
                  <UnstyledButton
                    key={p.id}
                    role="option"
                    aria-selected={chosen === p.id}
                    onClick={() => setPicked(p.id)}
                    data-testid="job-part-option"
                    data-part-id={p.id}
                    p="sm"
                    style={{ borderRadius: 6, border: `2px solid var(--mantine-color-${chosen === p.id ? 'teal-6' : 'gray-3'})`, minHeight: 44 }}
                  >
                    <Text size="sm" fw={500}>
                      {partName(p, lang)}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {p.sku}
                    </Text>
                  </UnstyledButton>
                ))}
              </Stack>
            )}
            <Group align="flex-end" gap="xs">
              <NumberInput label={t('job.quantity')} size="md" min={1} max={1000} allowDecimal={false} value={quantity} onChange={(v) => setQuantity(typeof v === 'number' ? v : '')} data-testid="job-part-quantity" w={110} />
              <Button type="submit" size="md" loading={add.isPending} disabled={!chosen} data-testid="job-part-add">
                {t('job.addPart')}
              </Button>
            </Group>
            <MutationError error={add.error ?? catalog.error} />
          </Stack>
        </form>
      )}
    </Section>
  );
}
