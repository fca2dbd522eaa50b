import { Alert, Button, Checkbox, Group, Modal, NativeSelect, NumberInput, SimpleGrid, Stack, Table, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '../../app/format';
import { useSaveService } from './api';
import { centsOf, MoneyField } from './MoneyField';
import { centsToInput, formatPercent, liveMargin } from './money';
import { catalogProblem, fieldErrorsOf } from './problems';
import { SERVICE_KINDS, type Service, type ServiceKind, VAT_CODES, type VatCode } from './types';

const int = (v: string | number) => (typeof v === 'number' ? v : Number.parseInt(v, 10) || 0);

/** Creates a service or edits one; the margin is shown live from the inputs and is never sent. */
export function ServiceFormModal({ service, labourRate, onClose }: { service: Service | null; labourRate: number; onClose: () => void }) {
  const { t } = useTranslation('catalog');
  const save = useSaveService();
  const [code, setCode] = useState(service?.code ?? '');
  const [nameNl, setNameNl] = useState(service?.nameNl ?? '');
  const [nameEn, setNameEn] = useState(service?.nameEn ?? '');
  const [descriptionNl, setDescriptionNl] = useState(service?.descriptionNl ?? '');
  const [descriptionEn, setDescriptionEn] = useState(service?.descriptionEn ?? '');
  const [kind, setKind] = useState<ServiceKind>(service?.kind ?? 'workshop_repair');
  const [vatCode, setVatCode] = useState<VatCode>(service?.vatCode ?? 'standard');
  const [price, setPrice] = useState(service ? centsToInput(service.priceCents) : '');
  const [partsCost, setPartsCost] = useState(service ? centsToInput(service.partsCostCents) : '');
  const [travelCost, setTravelCost] = useState(service ? centsToInput(service.travelCostCents) : '');
  const [labourMinutes, setLabourMinutes] = useState<number | string>(service?.labourMinutes ?? 0);
  const [durationMinutes, setDurationMinutes] = useState<number | string>(service?.durationMinutes ?? 0);
  const [skills, setSkills] = useState((service?.requiredSkills ?? []).join(', '));
  const [active, setActive] = useState(service?.active ?? true);

  const priceCents = centsOf(price);
  const partsCostCents = centsOf(partsCost);
  const travelCostCents = centsOf(travelCost);
  const amountsValid = priceCents !== null && partsCostCents !== null && travelCostCents !== null && int(labourMinutes) >= 0 && int(durationMinutes) >= 0;
  const valid = amountsValid && code.trim() && nameNl.trim() && nameEn.trim() && price.trim();
  const margin = amountsValid
    ? liveMargin({ priceCents, partsCostCents, travelCostCents, labourMinutes: int(labourMinutes) }, labourRate)
    : null;
  const fieldErrors = fieldErrorsOf(save.error);

  const submit = () => {
    if (!valid || priceCents === null || partsCostCents === null || travelCostCents === null) return;
    save.mutate(
      {
        ...(service ? { id: service.id, version: service.version } : {}),
        code: code.trim(),
        nameNl: nameNl.trim(),
        nameEn: nameEn.trim(),
        descriptionNl: descriptionNl.trim(),
        descriptionEn: descriptionEn.trim(),
        kind,
        vatCode,
        priceCents,
        partsCostCents,
        travelCostCents,
        labourMinutes: int(labourMinutes),
        durationMinutes: int(durationMinutes),
        requiredSkills: skills.split(',').map((s) => s.trim()).filter(Boolean),
        active,
      },
      { onSuccess: onClose },
    );
  };

  return (
    <Modal opened onClose={onClose} title={service ? t('services.edit') : t('services.new')} size="lg">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <Stack>
          {save.error && (
            <Alert color="red" role="alert" data-testid="service-form-error">
              {catalogProblem(save.error, t)}
            </Alert>
          )}
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label={t('fields.code')} value={code} onChange={(e) => setCode(e.currentTarget.value)} required error={fieldErrors.code} data-testid="service-form-code" />
            <NativeSelect
              label={t('fields.kind')}
              data={SERVICE_KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
              value={kind}
              onChange={(e) => setKind(e.currentTarget.value as ServiceKind)}
              data-testid="service-form-kind"
            />
            <TextInput label={t('fields.nameNl')} value={nameNl} onChange={(e) => setNameNl(e.currentTarget.value)} required data-testid="service-form-name-nl" />
            <TextInput label={t('fields.nameEn')} value={nameEn} onChange={(e) => setNameEn(e.currentTarget.value)} required data-testid="service-form-name-en" />
          </SimpleGrid>
          <Textarea label={t('fields.descriptionNl')} value={descriptionNl} onChange={(e) => setDescriptionNl(e.currentTarget.value)} autosize minRows={2} />
          <Textarea label={t('fields.descriptionEn')} value={descriptionEn} onChange={(e) => setDescriptionEn(e.currentTarget.value)} autosize minRows={2} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <MoneyField label={t('fields.priceExVat')} value={price} onChange={setPrice} required error={fieldErrors.priceCents} testId="service-form-price" />
            <NativeSelect
              label={t('fields.vat')}
              data={VAT_CODES.map((c) => ({ value: c, label: t(`vatCodes.${c}`) }))}
              value={vatCode}
              onChange={(e) => setVatCode(e.currentTarget.value as VatCode)}
              error={fieldErrors.vatCode}
              data-testid="service-form-vat"
            />
            <NumberInput label={t('fields.labourMinutes')} value={labourMinutes} onChange={setLabourMinutes} min={0} allowDecimal={false} error={fieldErrors.labourMinutes} data-testid="service-form-labour" />
            <NumberInput label={t('fields.durationMinutes')} value={durationMinutes} onChange={setDurationMinutes} min={0} allowDecimal={false} error={fieldErrors.durationMinutes} data-testid="service-form-duration" />
            <MoneyField label={t('fields.partsCost')} value={partsCost} onChange={setPartsCost} error={fieldErrors.partsCostCents} testId="service-form-parts-cost" />
            <MoneyField label={t('fields.travelCost')} value={travelCost} onChange={setTravelCost} error={fieldErrors.travelCostCents} testId="service-form-travel-cost" />
          </SimpleGrid>
          <TextInput label={t('fields.skills')} description={t('fields.skillsHint')} value={skills} onChange={(e) => setSkills(e.currentTarget.value)} data-testid="service-form-skills" />
          <Checkbox label={t('fields.active')} checked={active} onChange={(e) => setActive(e.currentTarget.checked)} data-testid="service-form-active" />
          <Table withTableBorder data-testid="service-form-margin" data-margin-cents={margin?.marginCents ?? ''} aria-live="polite">
            <Table.Tbody>
              <Table.Tr>
                <Table.Th>{t('fields.standardCost')}</Table.Th>
                <Table.Td>{margin ? formatMoney(margin.standardCostCents) : '–'}</Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th>{t('fields.margin')}</Table.Th>
                <Table.Td c={margin && margin.marginCents < 0 ? 'red' : undefined}>
                  {margin ? `${formatMoney(margin.marginCents)} (${formatPercent(margin.marginPercent)})` : '–'}
                </Table.Td>
              </Table.Tr>
            </Table.Tbody>
          </Table>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending} disabled={!valid} data-testid="service-form-submit">
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
