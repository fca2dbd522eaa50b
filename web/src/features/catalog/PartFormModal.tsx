import { Alert, Button, Checkbox, Group, Modal, NativeSelect, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '../../app/format';
import { useSavePart } from './api';
import { centsOf, MoneyField } from './MoneyField';
import { centsToInput, formatPercent, marginOf } from './money';
import { catalogProblem, fieldErrorsOf } from './problems';
import { type Part, VAT_CODES, type VatCode } from './types';

/** Creates a part or edits one; its margin follows the cost and price as typed. */
export function PartFormModal({ part, onClose }: { part: Part | null; onClose: () => void }) {
  const { t } = useTranslation('catalog');
  const save = useSavePart();
  const [sku, setSku] = useState(part?.sku ?? '');
  const [nameNl, setNameNl] = useState(part?.nameNl ?? '');
  const [nameEn, setNameEn] = useState(part?.nameEn ?? '');
  const [cost, setCost] = useState(part ? centsToInput(part.costCents) : '');
  const [price, setPrice] = useState(part ? centsToInput(part.priceCents) : '');
  const [vatCode, setVatCode] = useState<VatCode>(part?.vatCode ?? 'standard');
  const [active, setActive] = useState(part?.active ?? true);
  const costCents = centsOf(cost);
  const priceCents = centsOf(price);
  const valid = sku.trim() && nameNl.trim() && nameEn.trim() && cost.trim() && price.trim() && costCents !== null && priceCents !== null;
  const margin = costCents !== null && priceCents !== null ? marginOf(priceCents, costCents) : null;
  const fieldErrors = fieldErrorsOf(save.error);

  const submit = () => {
    if (!valid || costCents === null || priceCents === null) return;
    save.mutate(
      { ...(part ? { id: part.id, version: part.version } : {}), sku: sku.trim(), nameNl: nameNl.trim(), nameEn: nameEn.trim(), costCents, priceCents, vatCode, active },
      { onSuccess: onClose },
    );
  };

  return (
    <Modal opened onClose={onClose} title={part ? t('parts.edit') : t('parts.new')}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <Stack>
          {save.error && (
            <Alert color="red" role="alert" data-testid="part-form-error">
              {catalogProblem(save.error, t)}
            </Alert>
          )}
          <TextInput label={t('fields.sku')} value={sku} onChange={(e) => setSku(e.currentTarget.value)} required error={fieldErrors.sku} data-testid="part-form-sku" />
          <TextInput label={t('fields.nameNl')} value={nameNl} onChange={(e) => setNameNl(e.currentTarget.value)} required data-testid="part-form-name-nl" />
          <TextInput label={t('fields.nameEn')} value={nameEn} onChange={(e) => setNameEn(e.currentTarget.value)} required data-testid="part-form-name-en" />
          <SimpleGrid cols={2}>
            <MoneyField label={t('fields.cost')} value={cost} onChange={setCost} required error={fieldErrors.costCents} testId="part-form-cost" />
            <MoneyField label={t('fields.priceExVat')} value={price} onChange={setPrice} required error={fieldErrors.priceCents} testId="part-form-price" />
          </SimpleGrid>
          <NativeSelect
            label={t('fields.vat')}
            data={VAT_CODES.map((c) => ({ value: c, label: t(`vatCodes.${c}`) }))}
            value={vatCode}
            onChange={(e) => setVatCode(e.currentTarget.value as VatCode)}
            data-testid="part-form-vat"
          />
          <Checkbox label={t('fields.active')} checked={active} onChange={(e) => setActive(e.currentTarget.checked)} data-testid="part-form-active" />
          <Text size="sm" data-testid="part-form-margin" aria-live="polite">
            {t('fields.margin')}: {margin ? `${formatMoney(margin.marginCents)} (${formatPercent(margin.marginPercent)})` : '–'}
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending} disabled={!valid} data-testid="part-form-submit">
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
