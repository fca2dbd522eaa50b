import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '../../app/format';
import { salesProblem } from '../sales/problems';
import { useIssueInvoice } from './api';
import type { Invoice } from './types';

/** Asks for confirmation before an invoice gets its number and becomes unchangeable. */
export function IssueModal({ invoice, onClose }: { invoice: Invoice; onClose: () => void }) {
  const { t } = useTranslation('sales');
  const issue = useIssueInvoice();
  return (
    <Modal opened onClose={onClose} title={t('invoices.issueTitle')}>
      <Stack>
        <Alert color="orange" data-testid="invoice-issue-warning">
          {t('invoices.issueWarning')}
        </Alert>
        <Text size="sm">
          {invoice.customerName} · {formatMoney(invoice.grossCents)}
        </Text>
        {issue.isError && (
          <Alert color="red" role="alert">
            {salesProblem(issue.error, t)}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button loading={issue.isPending} onClick={() => issue.mutate(invoice, { onSuccess: onClose })} data-testid="invoice-issue-confirm">
            {t('invoices.issueConfirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
