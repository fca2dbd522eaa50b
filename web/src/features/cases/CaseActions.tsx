import { Alert, Button, Group, Modal, Select, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemMessage } from '../../app/problem-messages';
import { useCaseSearch, useLinkCase, useMergeCase } from './api';
import type { Case } from './types';

type Action = 'merge' | 'link';

/** Another case, found by number or subject words. */
function CasePicker({ exclude, customerId, value, onChange }: { exclude: string; customerId?: string; value: string | null; onChange: (id: string | null) => void }) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search, 250);
  const found = useCaseSearch({ view: 'all', q, customerId }, 15, q.trim().length >= 2);
  const options = (found.data?.items ?? []).filter((c) => c.id !== exclude).map((c) => ({ value: c.id, label: `${c.number} · ${c.subject} · ${c.customerName}` }));
  return (
    <Select
      label={t('cases.actions.pick')}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      data={options}
      value={value}
      onChange={onChange}
      filter={({ options: all }) => all}
      nothingFoundMessage={q.trim().length >= 2 && !found.isFetching ? t('cases.empty') : undefined}
      data-testid="case-pick"
    />
  );
}

/** Merge another case into this one, or link a related case. */
export function CaseActions({ c }: { c: Case }) {
  const { t } = useTranslation();
  const [action, setAction] = useState<Action | null>(null);
  const [other, setOther] = useState<string | null>(null);
  const merge = useMergeCase(c.id);
  const link = useLinkCase(c.id);
  const mutation = action === 'merge' ? merge : link;
  const close = () => {
    setAction(null);
    setOther(null);
    merge.reset();
    link.reset();
  };
  const submit = () => {
    if (!other) return;
    if (action === 'merge') merge.mutate({ sourceId: other, version: c.version }, { onSuccess: close });
    else link.mutate(other, { onSuccess: close });
  };

  return (
    <>
      <Group gap="xs">
        <Button size="xs" variant="default" onClick={() => setAction('link')} disabled={!!c.mergedIntoId} data-testid="case-link">
          {t('cases.actions.link')}
        </Button>
        <Button size="xs" variant="default" onClick={() => setAction('merge')} disabled={!!c.mergedIntoId} data-testid="case-merge">
          {t('cases.actions.merge')}
        </Button>
      </Group>
      <Modal opened={action !== null} onClose={close} title={action === 'merge' ? t('cases.actions.mergeTitle', { number: c.number }) : t('cases.actions.linkTitle')}>
        <Stack>
          {action === 'merge' && <Text size="sm">{t('cases.actions.mergeHint', { number: c.number })}</Text>}
          <CasePicker key={action} exclude={c.id} customerId={action === 'merge' ? c.customerId : undefined} value={other} onChange={setOther} />
          {mutation.isError && (
            <Alert color="red" role="alert">
              {problemMessage(mutation.error, t)}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button onClick={submit} disabled={!other} loading={mutation.isPending} data-testid="case-pick-submit">
              {action === 'merge' ? t('cases.actions.merge') : t('cases.actions.link')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
