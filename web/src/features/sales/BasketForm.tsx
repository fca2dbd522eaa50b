import { Button, Divider, NativeSelect, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '../../app/format';
import { currentLang } from '../../i18n';
import { useInstalledProducts } from '../customers/api';
import { useServicePostcode } from './postcode';
import type { Basket } from './basket';
import { BasketLineRow } from './BasketLineRow';
import { slotLabel } from './SlotOption';
import { SlotPicker } from './SlotPicker';
import type { Service } from './types';

/** Lines, the product the work is for, and the slot for a visit. */
export function BasketForm({ basket, services, customerId }: { basket: Basket; services: Service[]; customerId: string }) {
  const { t } = useTranslation('sales');
  const products = useInstalledProducts(customerId);
  const postcode = useServicePostcode(customerId);
  const lang = currentLang();
  const productOptions = [
    { value: '', label: t('basket.noProduct') },
    ...(products.data?.items ?? []).map((p) => ({
      value: p.id,
      label: [lang === 'en' ? p.productNameEn : p.productNameNl, p.serialNumber, t(`products.status.${p.warrantyStatus}`, { ns: 'translation' })].filter(Boolean).join(' · '),
    })),
  ];
  return (
    <Stack>
      {basket.lines.map((l, i) => (
        <BasketLineRow
          key={l.key}
          line={l}
          index={i}
          services={services}
          onChange={(c) => basket.update(l.key, c)}
          onRemove={basket.lines.length > 1 ? () => basket.remove(l.key) : undefined}
        />
      ))}
      <Button variant="subtle" size="xs" w="fit-content" onClick={basket.add} data-testid="service-add-line">
        + {t('basket.addLine')}
      </Button>
      <NativeSelect
        label={t('basket.product')}
        data={productOptions}
        value={basket.installedProductId}
        onChange={(e) => basket.setInstalledProductId(e.currentTarget.value)}
        data-testid="service-product"
      />
      {basket.slotService && postcode !== null && (
        <>
          <Divider />
          <SlotPicker key={basket.slotService.id} serviceId={basket.slotService.id} defaultPostcode={postcode} value={basket.slot} onChange={basket.setSlot} />
          {basket.slot ? (
            <Text size="sm" fw={500} data-testid="slot-chosen">
              {t('slots.chosen', { slot: slotLabel(basket.slot) })}
            </Text>
          ) : (
            <Text size="sm" c="orange">
              {t('basket.slotNeeded')}
            </Text>
          )}
        </>
      )}
      {basket.complete && (
        <Text size="sm" c="dimmed" data-testid="basket-estimate">
          {t('basket.estimate', { amount: formatMoney(basket.estimateCents) })}
        </Text>
      )}
    </Stack>
  );
}
