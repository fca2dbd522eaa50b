import { Alert, Button, Group, Modal, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../app/api';
import { translatedFieldErrors } from '../../app/problem-messages';
import { currentLang } from '../../i18n';
import { useAddInstalledProduct, useProducts } from './api';

const EMPTY = { sku: null as string | null, serialNumber: '', purchaseDate: '', purchaseChannel: '', extendedWarrantyEnd: '', notes: '' };
const orNull = (s: string) => (s.trim() === '' ? null : s.trim());

export function AddProductModal({ customerId, opened, onClose }: { customerId: string; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const lang = currentLang();
  const catalogue = useProducts(opened);
  const add = useAddInstalledProduct(customerId);
  const [form, setForm] = useState(EMPTY);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [general, setGeneral] = useState<string | null>(null);
  const text = (k: Exclude<keyof typeof EMPTY, 'sku'>) => (e: { currentTarget: { value: string } }) => {
    const v = e.currentTarget.value;
    setForm((f) => ({ ...f, [k]: v }));
  };
  const options = (catalogue.data?.items ?? []).filter((p) => p.active).map((p) => ({ value: p.sku, label: `${p.sku} — ${lang === 'en' ? p.nameEn : p.nameNl}` }));

  const close = () => {
    setForm(EMPTY);
    setErrors({});
    setGeneral(null);
    onClose();
  };

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const local: Record<string, string> = {};
    if (!form.sku) local.sku = t('errors.required');
    if (!form.purchaseDate) local.purchaseDate = t('errors.required');
    setErrors(local);
    setGeneral(null);
    if (Object.keys(local).length || !form.sku) return;
    add.mutate(
      {
        sku: form.sku,
        serialNumber: orNull(form.serialNumber),
        purchaseDate: form.purchaseDate,
        purchaseChannel: orNull(form.purchaseChannel),
        extendedWarrantyEnd: orNull(form.extendedWarrantyEnd),
        notes: form.notes.trim(),
      },
      {
        onSuccess: close,
        onError: (err) => {
          if (!isApiError(err)) return setGeneral(t('errors.generic'));
          const fields = translatedFieldErrors(err, t);
          setErrors(fields);
          if (!Object.keys(fields).length) setGeneral(err.message);
        },
      },
    );
  };

  return (
    <Modal opened={opened} onClose={close} title={t('products.addTitle')} size="lg">
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          {general && (
            <Alert color="red" role="alert">
              {general}
            </Alert>
          )}
          <Select
            label={t('products.sku')}
            placeholder={t('products.pick')}
            data={options}
            value={form.sku}
            onChange={(v) => setForm((f) => ({ ...f, sku: v }))}
            searchable
            required
            nothingFoundMessage={t('products.nothingFound')}
            error={errors.sku}
            data-testid="product-form-sku"
          />
          <Group grow align="flex-start">
            <TextInput label={t('products.serial')} value={form.serialNumber} onChange={text('serialNumber')} error={errors.serialNumber} />
            <TextInput label={t('products.purchaseDate')} type="date" required value={form.purchaseDate} onChange={text('purchaseDate')} error={errors.purchaseDate} data-testid="product-form-date" />
          </Group>
          <Group grow align="flex-start">
            <TextInput label={t('products.purchaseChannel')} value={form.purchaseChannel} onChange={text('purchaseChannel')} error={errors.purchaseChannel} />
            <TextInput label={t('products.extendedWarrantyEnd')} type="date" value={form.extendedWarrantyEnd} onChange={text('extendedWarrantyEnd')} error={errors.extendedWarrantyEnd} />
          </Group>
          <Textarea label={t('products.notes')} value={form.notes} onChange={text('notes')} error={errors.notes} autosize minRows={2} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={add.isPending} data-testid="product-form-submit">
              {t('products.add')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
