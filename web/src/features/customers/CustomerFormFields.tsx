import { Checkbox, Fieldset, Group, NativeSelect, NumberInput, Stack, TagsInput, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../app/types';
import type { CustomerForm } from './customer-form';
import type { CustomerKind } from './types';

interface Props {
  form: CustomerForm;
  set: <K extends keyof CustomerForm>(k: K, v: CustomerForm[K]) => void;
  /** Errors keyed by API path, e.g. `name`, `contacts.0.email`, `addresses.0.postcode`. */
  errors: Record<string, string>;
}

export function CustomerFormFields({ form, set, errors }: Props) {
  const { t } = useTranslation();
  const text = (k: keyof CustomerForm) => (e: { currentTarget: HTMLInputElement }) => set(k, e.currentTarget.value as never);
  const addr = (f: string) => errors[`addresses.0.${f}`] ?? (f === 'street' ? errors.addresses : undefined);
  const contact = (f: string) => errors[`contacts.0.${f}`] ?? (f === 'name' ? errors.contacts : undefined);
  return (
    <Stack>
      <Group grow align="flex-start">
        <NativeSelect
          label={t('customerForm.kind')}
          value={form.kind}
          onChange={(e) => set('kind', e.currentTarget.value as CustomerKind)}
          data={(['person', 'business'] as const).map((k) => ({ value: k, label: t(`customers.kinds.${k}`) }))}
          error={errors.kind}
          data-testid="customer-form-kind"
        />
        <NativeSelect
          label={t('customerForm.locale')}
          value={form.locale}
          onChange={(e) => set('locale', e.currentTarget.value as Locale)}
          data={[
            { value: 'nl', label: t('lang.nl') },
            { value: 'en', label: t('lang.en') },
          ]}
          error={errors.locale}
        />
      </Group>
      <TextInput label={t('customerForm.name')} required value={form.name} onChange={text('name')} error={errors.name} data-testid="customer-form-name" data-autofocus />
      {form.kind === 'business' && (
        <Group grow align="flex-start">
          <TextInput label={t('customerForm.kvkNumber')} value={form.kvkNumber} onChange={text('kvkNumber')} error={errors.kvkNumber} />
          <TextInput label={t('customerForm.vatId')} value={form.vatId} onChange={text('vatId')} error={errors.vatId} />
        </Group>
      )}
      <Group grow align="flex-start">
        <TextInput label={t('customerForm.externalId')} value={form.externalId} onChange={text('externalId')} error={errors.externalId} data-testid="customer-form-external-id" />
        <TextInput label={t('customerForm.segment')} value={form.segment} onChange={text('segment')} error={errors.segment} />
      </Group>
      <TagsInput label={t('customerForm.tags')} description={t('customerForm.tagsHint')} value={form.tags} onChange={(v) => set('tags', v)} error={errors.tags} />
      <Fieldset legend={t('customerForm.contact')}>
        <Stack gap="sm">
          <TextInput label={t('customerForm.contactName')} value={form.contactName} onChange={text('contactName')} error={contact('name')} />
          <Group grow align="flex-start">
            <TextInput label={t('customerForm.email')} type="email" value={form.email} onChange={text('email')} error={contact('email')} data-testid="customer-form-email" />
            <TextInput label={t('customerForm.phone')} type="tel" value={form.phone} onChange={text('phone')} error={contact('phone')} data-testid="customer-form-phone" />
          </Group>
        </Stack>
      </Fieldset>
      <Fieldset legend={t('customerForm.address')}>
        <Stack gap="sm">
          <Group grow align="flex-start">
            <TextInput label={t('customerForm.street')} value={form.street} onChange={text('street')} error={addr('street')} data-testid="customer-form-street" />
            <NumberInput
              label={t('customerForm.houseNumber')}
              min={1}
              allowDecimal={false}
              value={form.houseNumber}
              onChange={(v) => set('houseNumber', v)}
              error={addr('houseNumber')}
              data-testid="customer-form-house-number"
            />
            <TextInput label={t('customerForm.addition')} value={form.addition} onChange={text('addition')} error={addr('houseNumberAddition')} />
          </Group>
          <Group grow align="flex-start">
            <TextInput label={t('customerForm.postcode')} value={form.postcode} onChange={text('postcode')} error={addr('postcode')} data-testid="customer-form-postcode" />
            <TextInput label={t('customerForm.city')} value={form.city} onChange={text('city')} error={addr('city')} data-testid="customer-form-city" />
            <TextInput label={t('customerForm.country')} value={form.country} onChange={text('country')} error={addr('country')} maxLength={2} />
          </Group>
        </Stack>
      </Fieldset>
      <Fieldset legend={t('customerForm.acquisition')}>
        <Group grow align="flex-start">
          <TextInput label={t('customerForm.acquisitionDate')} type="date" value={form.acquisitionDate} onChange={text('acquisitionDate')} error={errors.acquisitionDate} />
          <TextInput label={t('customerForm.acquisitionChannel')} value={form.acquisitionChannel} onChange={text('acquisitionChannel')} error={errors.acquisitionChannel} />
          <NumberInput
            label={t('customerForm.acquisitionCost')}
            prefix="€ "
            decimalSeparator=","
            thousandSeparator="."
            decimalScale={2}
            min={0}
            value={form.cost}
            onChange={(v) => set('cost', v)}
            error={errors.acquisitionCostCents}
            data-testid="customer-form-cost"
          />
        </Group>
      </Fieldset>
      <Group>
        <Checkbox label={t('customerForm.consentServiceMail')} checked={form.consentServiceMail} onChange={(e) => set('consentServiceMail', e.currentTarget.checked)} />
        <Checkbox label={t('customerForm.consentMarketingMail')} checked={form.consentMarketingMail} onChange={(e) => set('consentMarketingMail', e.currentTarget.checked)} />
      </Group>
    </Stack>
  );
}
