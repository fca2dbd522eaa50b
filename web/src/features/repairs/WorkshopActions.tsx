import { Button, Group, NativeSelect, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../app/format';
import { currentLang } from '../../i18n';
import { patch, post } from '../../app/api';
import { repairsKey } from './api';
import type { RepairOrder, RepairOrderDetail, RepairStatus } from './types';
import { MutationError } from './ui';

type ReturnMethod = 'pickup' | 'shipment';

/**
 * The workshop's steps: intake, diagnosis, waiting for parts, ready (with how it goes back) and the return to
 * the customer. A step that needs two changes sends the second with the version the first one answered.
 */
export function WorkshopActions({ repair }: { repair: RepairOrderDetail }) {
  const { t } = useTranslation('field');
  const lang = currentLang();
  const qc = useQueryClient();
  const [diagnosis, setDiagnosis] = useState(repair.diagnosis ?? '');
  const [method, setMethod] = useState<ReturnMethod>(repair.returnMethod ?? 'pickup');
  useEffect(() => setDiagnosis(repair.diagnosis ?? ''), [repair.diagnosis]);
  const url = `/api/v1/repair-orders/${repair.id}`;
  const act = useMutation({
    mutationFn: async (steps: ({ patch: Record<string, unknown> } | { status: RepairStatus })[]) => {
      let version = repair.version;
      for (const s of steps) {
        const next = 'patch' in s ? await patch<RepairOrder>(url, { ...s.patch, version }) : await post<RepairOrder>(`${url}/status`, { status: s.status, version });
        version = next.version;
      }
    },
    onSettled: () => qc.invalidateQueries({ queryKey: repairsKey }),
  });
  const now = () => new Date().toISOString();
  const open = repair.status !== 'completed' && repair.status !== 'cancelled';
  const s = repair.status;

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="workshop-title" data-testid="repair-workshop">
      <Stack gap="sm">
        <Title order={2} size="h4" id="workshop-title">
          {t('repairs.workshop')}
        </Title>
        <Text size="sm">{repair.receivedAt ? t('repairs.intakeAt', { at: formatDateTime(repair.receivedAt, lang) }) : t('repairs.notYet')}</Text>
        {repair.daysWithoutProduct !== null && <Text size="sm" c="dimmed">{t('repairs.daysWithout', { count: repair.daysWithoutProduct })}</Text>}
        {open && (
          <Group gap="xs">
            {!repair.receivedAt && (
              <Button variant="light" onClick={() => act.mutate([{ patch: { receivedAt: now() } }])} loading={act.isPending} data-testid="repair-intake">
                {t('repairs.intake')}
              </Button>
            )}
            {s === 'in_progress' && (
              <Button variant="light" color="yellow" onClick={() => act.mutate([{ status: 'waiting_for_parts' }])} loading={act.isPending} data-testid="repair-waiting">
                {t('repairs.waiting')}
              </Button>
            )}
            {(s === 'waiting_for_parts' || s === 'planned') && (
              <Button variant="light" onClick={() => act.mutate([{ status: 'in_progress' }])} loading={act.isPending} data-testid="repair-resume">
                {s === 'planned' ? t('repairs.start') : t('repairs.resume')}
              </Button>
            )}
            {s === 'created' && (
              <Button component={Link} to={`/planning?rows=workshop&view=week`} variant="default" data-testid="repair-plan-link">
                {t('repairs.planOnBoard')}
              </Button>
            )}
          </Group>
        )}
        <Textarea label={t('repairs.diagnosis')} autosize minRows={2} maxLength={4000} value={diagnosis} readOnly={!open} onChange={(e) => setDiagnosis(e.currentTarget.value)} data-testid="repair-diagnosis" />
        {open && (
          <Group justify="flex-end">
            <Button variant="default" size="xs" disabled={diagnosis.trim() === (repair.diagnosis ?? '').trim()} onClick={() => act.mutate([{ patch: { diagnosis: diagnosis.trim() || null } }])} data-testid="repair-diagnosis-save">
              {t('repairs.saveDiagnosis')}
            </Button>
          </Group>
        )}
        <Group align="flex-end" gap="xs">
          <NativeSelect
            label={t('repairs.returnMethod')}
            value={method}
            disabled={!open}
            onChange={(e) => setMethod(e.currentTarget.value as ReturnMethod)}
            data={(['pickup', 'shipment'] as const).map((m) => ({ value: m, label: t(`repairs.returnMethods.${m}`) }))}
            data-testid="repair-return-method"
          />
          {s === 'in_progress' && (
            <Button color="teal" onClick={() => act.mutate([{ patch: { returnMethod: method } }, { status: 'ready' }])} loading={act.isPending} data-testid="repair-ready">
              {t('repairs.ready')}
            </Button>
          )}
          {s === 'ready' && !repair.returnedAt && (
            <Button color="green" onClick={() => act.mutate([{ patch: { returnMethod: method, returnedAt: now() } }, { status: 'completed' }])} loading={act.isPending} data-testid="repair-returned">
              {t('repairs.returned')}
            </Button>
          )}
        </Group>
        {repair.returnedAt && <Text size="sm">{t('repairs.returnedAt', { at: formatDateTime(repair.returnedAt, lang) })}</Text>}
        <MutationError error={act.error} />
      </Stack>
    </Paper>
  );
}
