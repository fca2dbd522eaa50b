import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../app/session';
import { ErrorAlert, Loading } from '../../app/ui';
import { useCaseSales } from './api';
import { BasketModal } from './BasketModal';
import { SalesRows } from './SalesRows';

const SELLERS = ['admin', 'manager', 'agent'];
const READERS = [...SELLERS, 'planner'];

/** Quotes, orders and booked visits of a case, and the way to add paid services to it (not shown to technicians). */
export function CaseServicesPanel({ caseId, customerId }: { caseId: string; customerId: string }) {
  const role = useMe().data?.role;
  if (!role || !READERS.includes(role)) return null;
  return <Panel caseId={caseId} customerId={customerId} canSell={SELLERS.includes(role)} />;
}

function Panel({ caseId, customerId, canSell }: { caseId: string; customerId: string; canSell: boolean }) {
  const { t } = useTranslation('sales');
  const sales = useCaseSales(caseId);
  const [open, setOpen] = useState(false);
  return (
    <Paper withBorder p="md" data-testid="case-services" component="section" aria-labelledby="case-services-title">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h5" id="case-services-title">
            {t('panel.title')}
          </Title>
          {canSell && (
            <Button size="xs" variant="light" onClick={() => setOpen(true)} data-testid="service-add">
              {t('panel.add')}
            </Button>
          )}
        </Group>
        {sales.isPending ? (
          <Loading />
        ) : sales.isError ? (
          <ErrorAlert error={sales.error} onRetry={() => void sales.refetch()} />
        ) : sales.data.quotes.length + sales.data.orders.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('panel.empty')}
          </Text>
        ) : (
          <SalesRows sales={sales.data} canSell={canSell} />
        )}
      </Stack>
      {open && <BasketModal caseId={caseId} customerId={customerId} onClose={() => setOpen(false)} />}
    </Paper>
  );
}
