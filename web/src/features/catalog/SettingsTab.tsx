import { Alert, Button, Group, NativeSelect, SimpleGrid, Stack, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, Loading } from '../../app/ui';
import { useSaveSettings, useSettings } from './api';
import { centsOf, MoneyField } from './MoneyField';
import { centsToInput } from './money';
import { catalogProblem, fieldErrorsOf } from './problems';
import type { CatalogSettings, WarrantyRule } from './types';

const RULE_PARTS: (keyof WarrantyRule)[] = ['labour', 'parts', 'surcharge', 'travel'];

/** Labour cost rate, travel rates, loaner cost per day and what a customer pays under warranty. */
export function SettingsTab() {
  const settings = useSettings();
  // Kept here, not in the form: the form remounts with each new version, and the outcome must stay visible.
  const save = useSaveSettings();
  if (settings.isPending) return <Loading />;
  if (settings.isError) return <ErrorAlert error={settings.error} onRetry={() => void settings.refetch()} />;
  return <SettingsForm key={settings.data.version} settings={settings.data} save={save} />;
}

function SettingsForm({ settings, save }: { settings: CatalogSettings; save: ReturnType<typeof useSaveSettings> }) {
  const { t } = useTranslation('catalog');
  const [labour, setLabour] = useState(centsToInput(settings.labourCostPerHourCents));
  const [travelCost, setTravelCost] = useState(centsToInput(settings.travelCostPerKmCents));
  const [travelPrice, setTravelPrice] = useState(centsToInput(settings.travelPricePerKmCents));
  const [loaner, setLoaner] = useState(centsToInput(settings.loanerCostPerDayCents));
  const [rule, setRule] = useState<WarrantyRule>(settings.warrantyRule);
  const amounts = [labour, travelCost, travelPrice, loaner].map(centsOf);
  const valid = amounts.every((a) => a !== null);
  const fieldErrors = fieldErrorsOf(save.error);

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        const [l, tc, tp, lo] = amounts;
        if (l === null || tc === null || tp === null || lo === null) return;
        save.mutate({
          version: settings.version,
          labourCostPerHourCents: l,
          travelCostPerKmCents: tc,
          travelPricePerKmCents: tp,
          loanerCostPerDayCents: lo,
          warrantyRule: rule,
        });
      }}
    >
      <Stack maw={720}>
        {save.error && (
          <Alert color="red" role="alert" data-testid="settings-error">
            {catalogProblem(save.error, t)}
          </Alert>
        )}
        {save.isSuccess && !save.error && (
          <Alert color="green" data-testid="settings-saved">
            {t('settings.saved')}
          </Alert>
        )}
        <Title order={3}>{t('settings.rates')}</Title>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <MoneyField label={t('settings.labour')} description={t('settings.labourHint')} value={labour} onChange={setLabour} error={fieldErrors.labourCostPerHourCents} testId="settings-labour" />
          <MoneyField label={t('settings.loaner')} value={loaner} onChange={setLoaner} error={fieldErrors.loanerCostPerDayCents} testId="settings-loaner" />
          <MoneyField label={t('settings.travelCost')} value={travelCost} onChange={setTravelCost} error={fieldErrors.travelCostPerKmCents} testId="settings-travel-cost" />
          <MoneyField label={t('settings.travelPrice')} description={t('settings.travelPriceHint')} value={travelPrice} onChange={setTravelPrice} error={fieldErrors.travelPricePerKmCents} testId="settings-travel-price" />
        </SimpleGrid>
        <Title order={3}>{t('settings.warranty')}</Title>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {RULE_PARTS.map((k) => (
            <NativeSelect
              key={k}
              label={t(`settings.rule.${k}`)}
              data={(['free', 'charged'] as const).map((v) => ({ value: v, label: t(`settings.charge.${v}`) }))}
              value={rule[k]}
              onChange={(e) => setRule({ ...rule, [k]: e.currentTarget.value as 'free' | 'charged' })}
              data-testid={`settings-warranty-${k}`}
            />
          ))}
        </SimpleGrid>
        <Group justify="flex-end">
          <Button type="submit" loading={save.isPending} disabled={!valid} data-testid="settings-save">
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
