import { Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../app/format';
import { currentLang } from '../../i18n';
import { clockOf, dayLabel, dayOf } from '../repairs/dates';
import { PortalError, PortalLoading } from './PortalLayout';
import { type PortalRepair, usePortalRepairs } from './PortalServicesApi';
import { PortalServicesPage } from './PortalServicesNav';

const COLORS: Record<PortalRepair['statusLabel'], string> = {
  received: 'gray',
  planned: 'blue',
  in_workshop: 'orange',
  technician_working: 'orange',
  waiting_for_parts: 'yellow',
  ready_for_pickup: 'teal',
  ready_for_shipment: 'teal',
  completed: 'green',
  cancelled: 'red',
};

/** `/portaal/reparaties`: each repair with its status in plain words ("in de werkplaats", "gepland op …"). */
export function PortalRepairsPage() {
  const { t } = useTranslation('portalServices');
  return (
    <PortalServicesPage title={t('repairs.title')}>
      <RepairList />
    </PortalServicesPage>
  );
}

function RepairList() {
  const { t } = useTranslation('portalServices');
  const repairs = usePortalRepairs();
  if (repairs.isPending) return <PortalLoading />;
  if (repairs.isError) return <PortalError error={repairs.error} onRetry={() => void repairs.refetch()} />;
  return (
    <Stack gap="md" data-testid="portal-repairs">
      {repairs.data.items.length === 0 && <Text c="dimmed">{t('repairs.empty')}</Text>}
      {repairs.data.items.map((r) => (
        <RepairCard key={r.id} repair={r} />
      ))}
    </Stack>
  );
}

/** The customer's words for where their repair is. */
function useStatusText(): (r: PortalRepair) => string {
  const { t } = useTranslation('portalServices');
  const lang = currentLang();
  return (r) => {
    if (r.statusLabel === 'planned') {
      if (!r.scheduledStart) return t('repairs.status.planned_unknown');
      const when = `${dayLabel(dayOf(r.scheduledStart), lang, 'long')} ${clockOf(r.scheduledStart)}${r.scheduledEnd ? `–${clockOf(r.scheduledEnd)}` : ''}`;
      return t('repairs.status.planned', { when });
    }
    if (r.statusLabel === 'received' && r.kind === 'workshop' && !r.receivedAt) return t('repairs.status.awaiting');
    return t(`repairs.status.${r.statusLabel}`);
  };
}

function RepairCard({ repair: r }: { repair: PortalRepair }) {
  const { t } = useTranslation('portalServices');
  const text = useStatusText();
  return (
    <Paper withBorder p="md" component="article" data-testid="portal-repair" data-repair-id={r.id} data-status={r.status}>
      <Stack gap={6}>
        <Title order={2} size="h4">
          {t('repairs.number', { number: r.number })}
        </Title>
        <Text fw={600} size="lg" c={`${COLORS[r.statusLabel]}.8`} data-testid="portal-repair-status" data-status={r.statusLabel}>
          {text(r)}
        </Text>
        {r.fault && (
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {r.fault}
          </Text>
        )}
        <Text size="xs" c="dimmed">
          {t('repairs.since', { date: formatDate(r.createdAt, currentLang()) })}
        </Text>
      </Stack>
    </Paper>
  );
}
