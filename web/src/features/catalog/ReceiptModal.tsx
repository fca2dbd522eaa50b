import { Alert, Button, Group, Modal, NativeSelect, NumberInput, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStockMovement } from './api';
import { nameOf } from './money';
import { catalogProblem } from './problems';
import type { Part, StockLocation } from './types';

/** Books goods in (a receipt) or a count correction for one part at one location. */
export function ReceiptModal({ part, locations, onClose }: { part: Part; locations: StockLocation[]; onClose: () => void }) {
  const { t } = useTranslation('catalog');
  const move = useStockMovement();
  const active = locations.filter((l) => l.active);
  const [reason, setReason] = useState<'receipt' | 'correction'>('receipt');
  const [locationId, setLocationId] = useState(active[0]?.id ?? '');
  const [quantity, setQuantity] = useState<number | string>(1);
  const [note, setNote] = useState('');
  const q = typeof quantity === 'number' ? quantity : Number.parseInt(quantity, 10);
  const valid = locationId && Number.isInteger(q) && (reason === 'receipt' ? q > 0 : q !== 0);
  const onHand = part.stock.find((s) => s.locationId === locationId)?.quantity ?? 0;

  return (
    <Modal opened onClose={onClose} title={t('stock.title', { part: `${part.sku} ${nameOf(part)}` })}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (valid) move.mutate({ partId: part.id, locationId, quantity: q, reason, note: note.trim() }, { onSuccess: onClose });
        }}
      >
        <Stack>
          {move.error && (
            <Alert color="red" role="alert" data-testid="receipt-error">
              {catalogProblem(move.error, t)}
            </Alert>
          )}
          {active.length === 0 && <Alert color="yellow">{t('stock.noLocations')}</Alert>}
          <SegmentedControl
            value={reason}
            onChange={(v) => setReason(v as 'receipt' | 'correction')}
            data={[
              { value: 'receipt', label: t('stock.receipt') },
              { value: 'correction', label: t('stock.correction') },
            ]}
            data-testid="receipt-reason"
          />
          <NativeSelect
            label={t('stock.location')}
            data={active.map((l) => ({ value: l.id, label: l.name }))}
            value={locationId}
            onChange={(e) => setLocationId(e.currentTarget.value)}
            data-testid="receipt-location"
          />
          <Text size="sm" c="dimmed">
            {t('stock.onHand', { count: onHand })}
          </Text>
          <NumberInput
            label={reason === 'receipt' ? t('stock.quantity') : t('stock.change')}
            description={reason === 'correction' ? t('stock.changeHint') : undefined}
            value={quantity}
            onChange={setQuantity}
            allowDecimal={false}
            min={reason === 'receipt' ? 1 : undefined}
            data-testid="receipt-quantity"
          />
          <TextInput label={t('stock.note')} value={note} onChange={(e) => setNote(e.currentTarget.value)} data-testid="receipt-note" />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={move.isPending} disabled={!valid} data-testid="receipt-submit">
              {t('stock.book')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
