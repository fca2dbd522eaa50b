import { Alert, Badge, Button, Group, NativeSelect, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, Loading } from '../../app/ui';
import { useAddVatRate, useVatRates } from './api';
import { percentOf, percentToBp, todayInAmsterdam } from './money';
import { catalogProblem } from './problems';
import { VAT_CODES, type VatCode } from './types';

/** `2012-10-01` → `01-10-2012`. */
const dutchDate = (d: string | null) => (d ? d.split('-').reverse().join('-') : '');

/** The VAT table over time; a new rate closes the current one the day before it starts. */
export function VatTab() {
  const { t } = useTranslation('catalog');
  const rates = useVatRates();
  const add = useAddVatRate();
  const [code, setCode] = useState<VatCode>('standard');
  const [percent, setPercent] = useState('');
  const [validFrom, setValidFrom] = useState('');
  const [validTo, setValidTo] = useState('');
  const bp = percentToBp(percent);
  const valid = bp !== null && /^\d{4}-\d{2}-\d{2}$/.test(validFrom);
  const today = todayInAmsterdam();

  if (rates.isPending) return <Loading />;
  if (rates.isError) return <ErrorAlert error={rates.error} onRetry={() => void rates.refetch()} />;

  return (
    <Stack>
      <Table striped data-testid="vat-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('vat.code')}</Table.Th>
            <Table.Th ta="right">{t('vat.percent')}</Table.Th>
            <Table.Th>{t('vat.validFrom')}</Table.Th>
            <Table.Th>{t('vat.validTo')}</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rates.data.items.map((r) => {
            const current = r.validFrom <= today && (r.validTo === null || today <= r.validTo);
            return (
              <Table.Tr key={r.id} data-testid="vat-row" data-code={r.code} data-bp={r.percentBp}>
                <Table.Td>{t(`vatCodes.${r.code}`)}</Table.Td>
                <Table.Td ta="right">{percentOf(r.percentBp)}</Table.Td>
                <Table.Td>{dutchDate(r.validFrom)}</Table.Td>
                <Table.Td>{r.validTo ? dutchDate(r.validTo) : t('vat.open')}</Table.Td>
                <Table.Td>{current && <Badge variant="light">{t('vat.current')}</Badge>}</Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>

      <Title order={3}>{t('vat.add')}</Title>
      <Text size="sm" c="dimmed">
        {t('vat.addHint')}
      </Text>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (!valid || bp === null) return;
          add.mutate(
            { code, percentBp: bp, validFrom, validTo: validTo || null },
            {
              onSuccess: () => {
                setPercent('');
                setValidFrom('');
                setValidTo('');
              },
            },
          );
        }}
      >
        <Stack>
          {add.error && (
            <Alert color="red" role="alert" data-testid="vat-form-error">
              {catalogProblem(add.error, t)}
            </Alert>
          )}
          <Group align="flex-end" wrap="wrap">
            <NativeSelect
              label={t('vat.code')}
              data={VAT_CODES.map((c) => ({ value: c, label: t(`vatCodes.${c}`) }))}
              value={code}
              onChange={(e) => setCode(e.currentTarget.value as VatCode)}
              data-testid="vat-form-code"
            />
            <TextInput
              label={t('vat.percent')}
              value={percent}
              onChange={(e) => setPercent(e.currentTarget.value)}
              rightSection="%"
              inputMode="decimal"
              placeholder="21"
              error={percent.trim() && bp === null ? t('vat.invalidPercent') : undefined}
              w={120}
              data-testid="vat-form-percent"
            />
            <TextInput type="date" label={t('vat.validFrom')} value={validFrom} onChange={(e) => setValidFrom(e.currentTarget.value)} required data-testid="vat-form-from" />
            <TextInput type="date" label={t('vat.validToOptional')} value={validTo} onChange={(e) => setValidTo(e.currentTarget.value)} data-testid="vat-form-to" />
            <Button type="submit" loading={add.isPending} disabled={!valid} data-testid="vat-form-submit">
              {t('vat.add')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
