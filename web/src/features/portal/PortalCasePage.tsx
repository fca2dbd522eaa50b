import { Alert, Anchor, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { isApiError } from '../../app/api';
import { formatDateTime } from '../../app/format';
import { currentLang } from '../../i18n';
import { type PortalCase, portalProblem, useCaseAction, usePortalCase } from './api';
import { Conversation } from './Conversation';
import { PortalError, PortalLoading, RequirePortalSession } from './PortalLayout';
import { ReplyForm } from './ReplyForm';
import { StatusBadge } from './StatusBadge';

/** Close (anything not yet closed) and reopen (resolved or closed) buttons. */
function CaseActions({ c }: { c: PortalCase }) {
  const { t } = useTranslation('portal');
  const action = useCaseAction(c.id);
  const canReopen = c.status === 'resolved' || c.status === 'closed';
  return (
    <Stack gap="xs">
      <Group gap="sm">
        {c.status !== 'closed' && (
          <Button variant="light" color="gray" loading={action.isPending && action.variables === 'close'} onClick={() => action.mutate('close')} data-testid="portal-close">
            {t('actions.close')}
          </Button>
        )}
        {canReopen && (
          <Button variant="light" loading={action.isPending && action.variables === 'reopen'} onClick={() => action.mutate('reopen')} data-testid="portal-reopen">
            {t('actions.reopen')}
          </Button>
        )}
      </Group>
      {action.isError && (
        <Alert color="red" role="alert">
          {portalProblem(action.error, t)}
        </Alert>
      )}
    </Stack>
  );
}

function CaseView({ id }: { id: string }) {
  const { t } = useTranslation('portal');
  const q = usePortalCase(id);
  if (q.isPending) return <PortalLoading />;
  if (isApiError(q.error) && (q.error.status === 400 || q.error.status === 404))
    return (
      <Alert color="orange" role="alert">
        {t('problems.not_found')}
      </Alert>
    );
  if (q.isError) return <PortalError error={q.error} onRetry={() => void q.refetch()} />;
  const c = q.data;
  return (
    <Stack gap="md">
      <Paper withBorder p="md">
        <Stack gap="xs">
          <Group justify="space-between" align="flex-start">
            <Stack gap={4}>
              <Group gap="sm">
                <Text size="sm" c="dimmed" data-testid="portal-case-number">
                  {c.number}
                </Text>
                <StatusBadge status={c.status} testId="portal-case-status" />
              </Group>
              <Title order={2} size="h3">
                {c.subject}
              </Title>
              <Text size="xs" c="dimmed">
                {t('cases.created', { at: formatDateTime(c.createdAt, currentLang()) })}
              </Text>
            </Stack>
            <CaseActions c={c} />
          </Group>
        </Stack>
      </Paper>
      <Conversation caseId={c.id} messages={c.messages ?? []} />
      <ReplyForm caseId={c.id} status={c.status} />
    </Stack>
  );
}

/** `/portaal/zaken/:id`: one of the customer's cases, its conversation and a reply form. */
export function PortalCasePage() {
  const { t } = useTranslation('portal');
  const { id = '' } = useParams();
  return (
    <RequirePortalSession>
      <Stack gap="sm">
        <Anchor component={Link} to="/portaal" size="sm">
          ← {t('cases.back')}
        </Anchor>
        <CaseView key={id} id={id} />
      </Stack>
    </RequirePortalSession>
  );
}
