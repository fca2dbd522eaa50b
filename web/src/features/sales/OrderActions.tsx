import { Alert, Button, Group, Modal, Stack, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useMe } from '../../app/session';
import { useCancelOrder, useCreateInvoice } from './api';
import { salesProblem } from './problems';
import type { Order } from './types';

const BILLERS = ['admin', 'manager', 'agent'];

function CancelModal({ order, onClose }: { order: Order; onClose: () => void }) {
  const { t } = useTranslation('sales');
  const cancel = useCancelOrder();
  const [reason, setReason] = useState('');
  return (
    <Modal opened onClose={onClose} title={t('orders.cancel')}>
      <Stack>
        <Alert color="orange">{t('orders.cancelConfirm')}</Alert>
        {cancel.isError && (
          <Alert color="red" role="alert">
            {salesProblem(cancel.error, t)}
          </Alert>
        )}
        <Textarea label={t('orders.cancelReason')} value={reason} onChange={(e) => setReason(e.currentTarget.value)} autosize minRows={2} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.back')}
          </Button>
          <Button color="red" loading={cancel.isPending} onClick={() => cancel.mutate({ id: order.id, version: order.version, reason: reason.trim() }, { onSuccess: onClose })} data-testid="order-cancel-confirm">
            {t('orders.cancel')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/** Cancel an open order, or turn it into a draft invoice and go there. */
export function OrderActions({ order }: { order: Order }) {
  const { t } = useTranslation('sales');
  const navigate = useNavigate();
  const role = useMe().data?.role;
  const invoice = useCreateInvoice();
  const [cancelling, setCancelling] = useState(false);
  const canBill = !!role && BILLERS.includes(role);
  return (
    <>
      {invoice.isError && (
        <Alert color="red" role="alert" py={4} data-testid="invoice-create-error">
          {salesProblem(invoice.error, t)}
        </Alert>
      )}
      {canBill && order.status === 'open' && (
        <Button size="xs" color="red" variant="light" onClick={() => setCancelling(true)} data-testid="order-cancel">
          {t('orders.cancel')}
        </Button>
      )}
      {canBill && !order.invoiceId && order.status !== 'cancelled' && (
        <Button size="xs" loading={invoice.isPending} onClick={() => invoice.mutate(order.id, { onSuccess: (inv) => navigate(`/invoices/${inv.id}`) })} data-testid="invoice-create">
          {t('orders.invoice')}
        </Button>
      )}
      {cancelling && <CancelModal order={order} onClose={() => setCancelling(false)} />}
    </>
  );
}
