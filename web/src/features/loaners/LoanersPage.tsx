import { Button, Group, Select, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, Loading, Pager } from '../../app/ui';
import { useLoaners } from './api';
import { IssueModal } from './IssueModal';
import { LoanerFormModal } from './LoanerFormModal';
import { LoanerTable } from './LoanerTable';
import { OverdueList } from './OverdueList';
import { ReturnModal } from './ReturnModal';
import type { Loaner, LoanerStatus } from './types';

const STATUSES: LoanerStatus[] = ['available', 'out', 'maintenance', 'retired'];

type Dialog = { kind: 'form'; loaner: Loaner | null } | { kind: 'issue' | 'return'; loaner: Loaner } | null;

/** The loaner pool: add and edit devices, lend one out with a workshop repair, take it back, and see who is late. */
export function LoanersPage() {
  const { t } = useTranslation('sales');
  const [status, setStatus] = useState<LoanerStatus | null>(null);
  const [page, setPage] = useState(1);
  const [dialog, setDialog] = useState<Dialog>(null);
  const loaners = useLoaners(status, page);
  const pages = loaners.data ? Math.max(1, Math.ceil(loaners.data.total / loaners.data.pageSize)) : 1;
  const close = () => setDialog(null);

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>{t('loaners.title')}</Title>
        <Button onClick={() => setDialog({ kind: 'form', loaner: null })} data-testid="loaner-add">
          {t('loaners.add')}
        </Button>
      </Group>
      <Select
        label={t('loaners.status')}
        placeholder={t('loaners.allStatuses')}
        data={STATUSES.map((s) => ({ value: s, label: t(`status.loaner.${s}`) }))}
        value={status}
        onChange={(v) => {
          setStatus(v as LoanerStatus | null);
          setPage(1);
        }}
        clearable
        w={240}
        data-testid="loaners-status-filter"
      />
      {loaners.isPending ? (
        <Loading />
      ) : loaners.isError ? (
        <ErrorAlert error={loaners.error} onRetry={() => void loaners.refetch()} />
      ) : (
        <>
          <LoanerTable
            items={loaners.data.items}
            onEdit={(l) => setDialog({ kind: 'form', loaner: l })}
            onIssue={(l) => setDialog({ kind: 'issue', loaner: l })}
            onReturn={(l) => setDialog({ kind: 'return', loaner: l })}
          />
          {loaners.data.items.length === 0 && <Text c="dimmed">{t('loaners.empty')}</Text>}
          {pages > 1 && <Pager total={pages} value={page} onChange={setPage} />}
        </>
      )}
      <OverdueList />
      {dialog?.kind === 'form' && <LoanerFormModal loaner={dialog.loaner} onClose={close} />}
      {dialog?.kind === 'issue' && <IssueModal loaner={dialog.loaner} onClose={close} />}
      {dialog?.kind === 'return' && <ReturnModal loaner={dialog.loaner} onClose={close} />}
    </Stack>
  );
}
