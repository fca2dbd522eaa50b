import { Alert, Button, Group, Modal, NumberInput, SegmentedControl, Stack, Table, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { formatMoney } from '../../app/format';
import { salesProblem } from '../sales/problems';
import { useCreditNote } from './api';
import type { CreditNoteBody, Invoice } from './types';

/** Corrects an issued invoice with a credit note: all of it, or chosen quantities per line. */
export function CreditNoteModal({ invoice, onClose }: { invoice: Invoice; onClose: () => void }) {
  const { t } = useTranslation('sales');
  const navigate = useNavigate();
  const credit = useCreditNote();
  const [mode, setMode] = useState<'full' | 'lines'>('full');
  const [reason, setReason] = useState('');
  const [qty, setQty] = useState<Record<string, number>>({});
  const chosen = invoice.lines.filter((l) => (qty[l.id] ?? 0) > 0).map((l) => ({ invoiceLineId: l.id, quantity: qty[l.id] }));
  const valid = reason.trim().length > 0 && (mode === 'full' || chosen.length > 0);

  const submit = () => {
    const body: CreditNoteBody = mode === 'full' ? { full: true, reason: reason.trim() } : { lines: chosen, reason: reason.trim() };
    credit.mutate({ id: invoice.id, body }, { onSuccess: (note) => navigate(`/invoices/${note.id}`) });
  };

  return (
    <Modal opened onClose={onClose} title={t('invoices.creditTitle')} size="lg">
      <Stack>
        {credit.isError && (
          <Alert color="red" role="alert">
            {salesProblem(credit.error, t)}
          </Alert>
        )}
        <SegmentedControl
          value={mode}
          onChange={(v) => setMode(v as 'full' | 'lines')}
          data={[
            { value: 'full', label: t('invoices.creditFull') },
            { value: 'lines', label: t('invoices.creditPerLine') },
          ]}
          data-testid="credit-note-mode"
        />
        {mode === 'lines' && (
          <Table>
            <Table.Tbody>
              {invoice.lines.map((l) => (
                <Table.Tr key={l.id}>
                  <Table.Td>
                    {l.description} · {l.quantity} × {formatMoney(l.unitPriceCents)}
                  </Table.Td>
                  <Table.Td w={130}>
                    <NumberInput
                      aria-label={`${t('invoices.creditQuantity')}: ${l.description}`}
                      value={qty[l.id] ?? 0}
                      onChange={(v) => setQty((q) => ({ ...q, [l.id]: Math.min(l.quantity, Math.max(0, Number(v) || 0)) }))}
                      min={0}
                      max={l.quantity}
                      allowDecimal={false}
                      allowNegative={false}
                      data-testid="credit-note-quantity"
                    />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {mode === 'lines' && chosen.length === 0 && <Alert color="gray">{t('invoices.creditNone')}</Alert>}
        <Textarea label={t('invoices.reason')} value={reason} onChange={(e) => setReason(e.currentTarget.value)} required autosize minRows={2} data-testid="credit-note-reason" />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button color="pink" loading={credit.isPending} disabled={!valid} onClick={submit} data-testid="credit-note-submit">
            {t('invoices.creditCreate')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
