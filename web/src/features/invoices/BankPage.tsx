import { Anchor, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { BankUpload } from './BankUpload';
import { UnmatchedQueue } from './UnmatchedQueue';

/** Bank statement import (CAMT.053) and the payments that still need an invoice. */
export function BankPage() {
  const { t } = useTranslation('sales');
  return (
    <Stack>
      <Anchor component={Link} to="/invoices" size="sm">
        ← {t('invoices.backToList')}
      </Anchor>
      <Title order={1}>{t('bank.title')}</Title>
      <BankUpload />
      <UnmatchedQueue />
    </Stack>
  );
}
