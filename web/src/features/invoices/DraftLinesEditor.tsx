import { ActionIcon, Alert, Button, Group, NativeSelect, NumberInput, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { centsToInput, parseMoneyInput } from '../sales/money';
import { MoneyInput } from '../sales/MoneyInput';
import { salesProblem } from '../sales/problems';
import { useUpdateLines } from './api';
import { type DraftLine, type Invoice, VAT_CODES, type VatCode } from './types';

interface Row {
  key: string;
  id?: string;
  kind: DraftLine['kind'];
  description: string;
  quantity: number;
  price: string;
  vatCode: VatCode;
  unitCostCents: number;
}

let next = 1;
const toRow = (l: Invoice['lines'][number]): Row => ({
  key: l.id,
  id: l.id,
  kind: l.kind as DraftLine['kind'],
  description: l.description,
  quantity: l.quantity,
  price: centsToInput(l.unitPriceCents),
  vatCode: (VAT_CODES.includes(l.vatCode as VatCode) ? l.vatCode : 'standard') as VatCode,
  unitCostCents: l.unitCostCents,
});

/** Edits the lines of a draft invoice; the server recomputes VAT and totals on save. */
export function DraftLinesEditor({ invoice, onDone }: { invoice: Invoice; onDone: () => void }) {
  const { t } = useTranslation('sales');
  const save = useUpdateLines();
  const [rows, setRows] = useState<Row[]>(() => invoice.lines.map(toRow));
  const set = (key: string, change: Partial<Row>) => setRows((rs) => rs.map((r) => (r.key === key ? { ...r, ...change } : r)));
  const valid = rows.length > 0 && rows.every((r) => r.description.trim() && r.quantity >= 1 && parseMoneyInput(r.price) !== null);

  const submit = () => {
    const lines: DraftLine[] = rows.map((r) => ({
      ...(r.id ? { id: r.id } : {}),
      kind: r.kind,
      description: r.description.trim(),
      quantity: r.quantity,
      unitPriceCents: parseMoneyInput(r.price) ?? 0,
      vatCode: r.vatCode,
      unitCostCents: r.unitCostCents,
    }));
    save.mutate({ id: invoice.id, version: invoice.version, lines }, { onSuccess: onDone });
  };

  return (
    <Stack data-testid="invoice-draft-editor">
      {save.isError && (
        <Alert color="red" role="alert">
          {salesProblem(save.error, t)}
        </Alert>
      )}
      {rows.map((r) => (
        <Group key={r.key} align="flex-end" wrap="wrap" data-testid="draft-line">
          <TextInput label={t('common.description')} value={r.description} onChange={(e) => set(r.key, { description: e.currentTarget.value })} style={{ flex: 1, minWidth: 220 }} required />
          <NumberInput label={t('common.quantity')} value={r.quantity} onChange={(v) => set(r.key, { quantity: Number(v) || 0 })} min={1} allowDecimal={false} allowNegative={false} w={90} />
          <MoneyInput label={t('invoices.unitPrice')} value={r.price} onChange={(price) => set(r.key, { price })} w={150} />
          <NativeSelect
            label={t('invoices.vatCode')}
            data={VAT_CODES.map((c) => ({ value: c, label: t(`vatCodes.${c}`) }))}
            value={r.vatCode}
            onChange={(e) => set(r.key, { vatCode: e.currentTarget.value as VatCode })}
            w={150}
          />
          <ActionIcon variant="subtle" color="red" size="lg" mb={2} onClick={() => setRows((rs) => rs.filter((x) => x.key !== r.key))} aria-label={t('invoices.removeLine')}>
            ×
          </ActionIcon>
        </Group>
      ))}
      <Group justify="space-between">
        <Button
          variant="subtle"
          size="xs"
          onClick={() => setRows((rs) => [...rs, { key: `new-${next++}`, kind: 'other', description: '', quantity: 1, price: '', vatCode: 'standard', unitCostCents: 0 }])}
          data-testid="draft-line-add"
        >
          + {t('invoices.addLine')}
        </Button>
        <Group>
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button onClick={submit} loading={save.isPending} disabled={!valid} data-testid="draft-lines-save">
            {t('invoices.saveLines')}
          </Button>
        </Group>
      </Group>
    </Stack>
  );
}
