import { Alert, Anchor, Badge, Button, Grid, Group, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { isApiError } from '../../app/api';
import { formatDateTime } from '../../app/format';
import { canManage, useMe } from '../../app/session';
import type { Role } from '../../app/types';
import { ErrorAlert, Loading } from '../../app/ui';
import { currentLang } from '../../i18n';
import { AuditTable } from '../audit/AuditTable';
import { useCustomer, useDeleteCustomer, useTimeline } from './api';
import { AddressesCard, Card, ContactsCard, DetailsCard } from './CustomerCards';
import { CustomerFormModal } from './CustomerFormModal';
import { InstalledProducts } from './InstalledProducts';
import { Purchases } from './Purchases';

const EDITORS: readonly Role[] = ['admin', 'manager', 'agent', 'planner'];
const CSV_READERS: readonly Role[] = ['admin', 'manager', 'agent'];

/** "Klant 360": everything about one customer on one page. */
export function CustomerPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const role = useMe().data?.role;
  const customer = useCustomer(id);
  const remove = useDeleteCustomer(id);
  const [editing, { open, close }] = useDisclosure(false);
  if (customer.isPending) return <Loading />;
  if (customer.isError) return <ErrorAlert error={customer.error} onRetry={() => void customer.refetch()} />;
  const c = customer.data;
  const canEdit = role !== undefined && EDITORS.includes(role);
  const onDelete = () => {
    if (!window.confirm(t('customer.confirmDelete', { name: c.name }))) return;
    remove.mutate(c.version, { onSuccess: () => navigate('/customers', { replace: true }) });
  };

  return (
    <Stack>
      <Anchor component={Link} to="/customers" size="sm">
        ← {t('customer.back')}
      </Anchor>
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1} data-testid="customer-name">
            {c.name}
          </Title>
          <Group gap="xs" mt={4}>
            <Badge variant="light" color={c.kind === 'business' ? 'grape' : 'teal'} data-testid="customer-kind">
              {t(`customers.kinds.${c.kind}`)}
            </Badge>
            <Badge variant="outline" color="gray">
              {c.segment ?? t('customer.noSegment')}
            </Badge>
            {c.externalId && (
              <Text size="sm" c="dimmed" data-testid="customer-external-id">
                {t('customer.externalId')}: {c.externalId}
              </Text>
            )}
          </Group>
        </div>
        <Group gap="xs">
          {canEdit && (
            <Button variant="light" onClick={open} data-testid="customer-edit">
              {t('common.edit')}
            </Button>
          )}
          {canManage(role) && (
            <Button variant="subtle" color="red" onClick={onDelete} loading={remove.isPending} data-testid="customer-delete">
              {t('common.delete')}
            </Button>
          )}
        </Group>
      </Group>
      <Text size="sm" c="dimmed">
        {t('customer.version', { version: c.version })} · {t('userDetail.updated', { at: formatDateTime(c.updatedAt, currentLang()) })}
      </Text>
      {isApiError(remove.error) && (
        <Alert color="orange" role="alert" data-testid="customer-delete-error" withCloseButton onClose={() => remove.reset()}>
          {remove.error.problem.detail ?? remove.error.message}
        </Alert>
      )}
      <Grid>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <ContactsCard c={c} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <AddressesCard c={c} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <DetailsCard c={c} />
        </Grid.Col>
        <Grid.Col span={12}>
          <InstalledProducts customerId={c.id} canEdit />
        </Grid.Col>
        <Grid.Col span={12}>
          <Purchases customerId={c.id} canDownload={role !== undefined && CSV_READERS.includes(role)} />
        </Grid.Col>
        <Grid.Col span={12}>
          <Timeline customerId={c.id} />
        </Grid.Col>
      </Grid>
      {canEdit && (
        <CustomerFormModal key={c.version} opened={editing} onClose={close} customer={c} onReload={() => void customer.refetch()} />
      )}
    </Stack>
  );
}

function Timeline({ customerId }: { customerId: string }) {
  const { t } = useTranslation();
  const timeline = useTimeline(customerId);
  return (
    <Card title={t('customer.timeline')} testId="customer-timeline">
      {timeline.isPending ? (
        <Loading />
      ) : timeline.isError ? (
        <ErrorAlert error={timeline.error} onRetry={() => void timeline.refetch()} />
      ) : timeline.data.items.length === 0 ? (
        <Text c="dimmed">{t('customer.noTimeline')}</Text>
      ) : (
        <AuditTable items={timeline.data.items} />
      )}
    </Card>
  );
}
