import { ActionIcon, Badge, Group, NativeSelect, NumberInput, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '../../app/format';
import type { BasketLine } from './basket';
import { serviceName } from './catalog-api';
import type { Service } from './types';

interface Props {
  line: BasketLine;
  index: number;
  services: Service[];
  onChange: (change: Partial<BasketLine>) => void;
  onRemove?: () => void;
}

/** One basket line: a service (with its price excl. VAT and kind) and a quantity. */
export function BasketLineRow({ line, index, services, onChange, onRemove }: Props) {
  const { t } = useTranslation('sales');
  const service = services.find((s) => s.id === line.serviceId);
  const options = [
    { value: '', label: t('basket.servicePlaceholder'), disabled: true },
    ...services.map((s) => ({ value: s.id, label: `${serviceName(s)} — ${t('basket.priceExcl', { price: formatMoney(s.priceCents) })} (${t(`kinds.${s.kind}`)})` })),
  ];
  return (
    <Stack gap={4} data-testid="basket-line">
      <Group align="flex-end" wrap="nowrap">
        <NativeSelect
          label={`${t('basket.service')} ${index + 1}`}
          data={options}
          value={line.serviceId}
          onChange={(e) => onChange({ serviceId: e.currentTarget.value })}
          style={{ flex: 1 }}
          data-testid="service-select"
        />
        <NumberInput
          label={t('basket.quantity')}
          value={line.quantity}
          onChange={(v) => onChange({ quantity: typeof v === 'number' ? v : Number.parseInt(v, 10) || 0 })}
          min={1}
          max={999}
          allowDecimal={false}
          allowNegative={false}
          w={90}
          data-testid="service-quantity"
        />
        {onRemove && (
          <ActionIcon variant="subtle" color="red" size="lg" mb={2} onClick={onRemove} aria-label={t('basket.removeLine')}>
            ×
          </ActionIcon>
        )}
      </Group>
      {service && (
        <Group gap="xs">
          <Badge variant="light" color="gray">
            {t(`kinds.${service.kind}`)}
          </Badge>
          <Text size="sm" data-testid="service-price">
            {t('basket.priceExcl', { price: formatMoney(service.priceCents) })}
          </Text>
          {line.quantity > 1 && (
            <Text size="sm" c="dimmed">
              · {t('basket.lineTotal')}: {formatMoney(service.priceCents * line.quantity)}
            </Text>
          )}
        </Group>
      )}
    </Stack>
  );
}
