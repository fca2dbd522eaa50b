import { Anchor, Grid, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { formatDateTime } from '../../app/format';
import { canManage, useMe } from '../../app/session';
import { ErrorAlert, Loading } from '../../app/ui';
import { currentLang } from '../../i18n';
import { namesOf, usePeople } from '../cases/people';
import { addressLine } from '../technician/links';
import { useRepair } from './api';
import { clockOf } from './dates';
import { CostSummary } from './CostSummary';
import { RepairEvidence } from './RepairEvidence';
import { StatusTimeline } from './StatusTimeline';
import type { RepairOrderDetail } from './types';
import { RepairKindBadge, RepairStatusBadge } from './ui';
import { WorkRecords } from './WorkRecords';
import { WorkshopActions } from './WorkshopActions';

/** `/repairs/:id`: one repair order with its history, work, evidence and (for managers) costs. */
export function RepairPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('field');
  const repair = useRepair(id);
  const showCosts = canManage(useMe().data?.role);
  return (
    <Stack>
      <Anchor component={Link} to="/repairs" size="sm">
        ‹ {t('repairs.back')}
      </Anchor>
      {repair.isPending && <Loading />}
      {repair.isError && <ErrorAlert error={repair.error} onRetry={() => void repair.refetch()} />}
      {repair.data && (
        <>
          <RepairHeader repair={repair.data} />
          <Grid>
            <Grid.Col span={{ base: 12, md: 8 }}>
              <Stack>
                {repair.data.kind === 'workshop' && <WorkshopActions repair={repair.data} />}
                <WorkRecords repair={repair.data} showCosts={showCosts} />
                <RepairEvidence repair={repair.data} />
              </Stack>
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 4 }}>
              <Stack>
                <StatusTimeline repair={repair.data} />
                {showCosts && <CostSummary repair={repair.data} />}
              </Stack>
            </Grid.Col>
          </Grid>
        </>
      )}
    </Stack>
  );
}

function RepairHeader({ repair }: { repair: RepairOrderDetail }) {
  const { t } = useTranslation('field');
  const lang = currentLang();
  const names = namesOf(usePeople());
  const scheduled = repair.scheduledStart ? `${formatDateTime(repair.scheduledStart, lang)}–${clockOf(repair.scheduledEnd)}` : '';
  return (
    <Paper withBorder p="md">
      <Stack gap={6}>
        <Group gap="sm">
          <Title order={1} data-testid="repair-number">
            {repair.number}
          </Title>
          <RepairStatusBadge status={repair.status} testId="repair-status" />
          <RepairKindBadge kind={repair.kind} />
        </Group>
        <Text>
          <Anchor component={Link} to={`/customers/${repair.customerId}`}>
            {repair.customerName}
          </Anchor>
          {repair.address ? ` · ${addressLine(repair.address)}` : ''}
        </Text>
        {scheduled && (
          <Text size="sm">
            {t('repairs.scheduled')}: {scheduled}
            {repair.technicianId ? ` · ${names.get(repair.technicianId) ?? ''}` : ''}
          </Text>
        )}
        {repair.fault && (
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            <Text span c="dimmed">
              {t('repairs.fault')}:{' '}
            </Text>
            {repair.fault}
          </Text>
        )}
        {repair.kind !== 'workshop' && repair.diagnosis && (
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} data-testid="repair-notes">
            <Text span c="dimmed">
              {t('repairs.notes')}:{' '}
            </Text>
            {repair.diagnosis}
          </Text>
        )}
        <Group gap="md">
          {repair.orderId && (
            <Anchor component={Link} to={`/orders/${repair.orderId}`} size="sm" data-testid="repair-order-link">
              {t('repairs.order')}
            </Anchor>
          )}
          {repair.caseId && (
            <Anchor component={Link} to={`/cases/${repair.caseId}`} size="sm" data-testid="repair-case-link">
              {t('repairs.case')}
            </Anchor>
          )}
          {repair.previousRepairOrderId && (
            <Anchor component={Link} to={`/repairs/${repair.previousRepairOrderId}`} size="sm">
              {t('repairs.previous')}
            </Anchor>
          )}
        </Group>
      </Stack>
    </Paper>
  );
}
