import { Group, Select, Stack, Tabs, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { SalesTable } from './SalesTable';

const STATUSES = {
  quotes: ['draft', 'sent', 'accepted', 'declined', 'expired'],
  orders: ['open', 'completed', 'invoiced', 'cancelled'],
} as const;
type Tab = keyof typeof STATUSES;

/** Quotes and orders, one tab each, filtered by status; the tab, status and page live in the address. */
export function OrdersPage() {
  const { t } = useTranslation('sales');
  const [params, setParams] = useSearchParams();
  const tab: Tab = params.get('tab') === 'orders' ? 'orders' : 'quotes';
  const status = params.get('status');
  const page = Math.max(1, Number(params.get('page')) || 1);
  const set = (next: { tab?: Tab; status?: string | null; page?: number }) => {
    const p = new URLSearchParams();
    p.set('tab', next.tab ?? tab);
    const s = next.tab ? null : next.status !== undefined ? next.status : status;
    if (s) p.set('status', s);
    if (next.page && next.page > 1) p.set('page', String(next.page));
    setParams(p, { replace: true });
  };

  return (
    <Stack>
      <Title order={1}>{t('orders.title')}</Title>
      <Tabs value={tab} onChange={(v) => v && set({ tab: v as Tab })}>
        <Tabs.List>
          <Tabs.Tab value="quotes" data-testid="orders-tab-quotes">
            {t('orders.quotes')}
          </Tabs.Tab>
          <Tabs.Tab value="orders" data-testid="orders-tab-orders">
            {t('orders.orders')}
          </Tabs.Tab>
        </Tabs.List>
      </Tabs>
      <Group>
        <Select
          label={t('common.status')}
          placeholder={t('common.allStatuses')}
          data={STATUSES[tab].map((s) => ({ value: s, label: t(`status.${tab === 'quotes' ? 'quote' : 'order'}.${s}`) }))}
          value={status}
          onChange={(v) => set({ status: v, page: 1 })}
          clearable
          w={240}
          data-testid="orders-status-filter"
        />
      </Group>
      <SalesTable kind={tab === 'quotes' ? 'quote' : 'order'} status={status} page={page} onPage={(p) => set({ page: p })} />
    </Stack>
  );
}
