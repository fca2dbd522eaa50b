import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, Loading } from '../../app/ui';
import { useCreateOrder, useCreateQuote } from './api';
import { useBasket } from './basket';
import { BasketForm } from './BasketForm';
import { BasketResult } from './BasketResult';
import { useActiveServices } from './catalog-api';
import { isSlotFull, salesProblem } from './problems';
import type { Order, Quote, Service } from './types';

interface Props {
  caseId: string;
  customerId: string;
  onClose: () => void;
}

export type Created = { kind: 'quote'; doc: Quote } | { kind: 'order'; doc: Order };

function Builder({ caseId, customerId, services, onCreated }: Omit<Props, 'onClose'> & { services: Service[]; onCreated: (c: Created) => void }) {
  const { t } = useTranslation('sales');
  const basket = useBasket(services);
  const createQuote = useCreateQuote();
  const createOrder = useCreateOrder();
  const [error, setError] = useState<string | null>(null);
  const pending = createQuote.isPending || createOrder.isPending;
  const onError = (err: unknown) => {
    if (isSlotFull(err)) {
      basket.setSlot(null);
      setError(t('slots.full'));
    } else setError(salesProblem(err, t));
  };
  const submit = (kind: 'quote' | 'order') => {
    setError(null);
    const body = basket.body(caseId, customerId);
    if (kind === 'quote') createQuote.mutate(body, { onSuccess: (doc) => onCreated({ kind, doc }), onError });
    else createOrder.mutate(body, { onSuccess: (doc) => onCreated({ kind, doc }), onError });
  };
  return (
    <Stack>
      <BasketForm basket={basket} services={services} customerId={customerId} />
      {error && (
        <Alert color="red" role="alert" data-testid="basket-error">
          {error}
        </Alert>
      )}
      <Group justify="flex-end">
        <Button variant="default" loading={createQuote.isPending} disabled={!basket.ready || pending} onClick={() => submit('quote')} data-testid="quote-create">
          {t('basket.createQuote')}
        </Button>
        <Button loading={createOrder.isPending} disabled={!basket.ready || pending} onClick={() => submit('order')} data-testid="order-create">
          {t('basket.createOrder')}
        </Button>
      </Group>
    </Stack>
  );
}

/** Builds a basket of services for a case and turns it into a quote or an order. */
export function BasketModal({ caseId, customerId, onClose }: Props) {
  const { t } = useTranslation('sales');
  const services = useActiveServices();
  const [created, setCreated] = useState<Created | null>(null);
  return (
    <Modal opened onClose={onClose} title={t('basket.title')} size="xl" data-testid="basket">
      {services.isPending ? (
        <Loading />
      ) : services.isError ? (
        <ErrorAlert error={services.error} onRetry={() => void services.refetch()} />
      ) : created ? (
        <BasketResult created={created} onClose={onClose} />
      ) : services.data.items.length === 0 ? (
        <Text c="dimmed">{t('basket.noServices')}</Text>
      ) : (
        <Builder caseId={caseId} customerId={customerId} services={services.data.items} onCreated={setCreated} />
      )}
    </Modal>
  );
}
