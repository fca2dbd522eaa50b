import { Alert, Button, Group, Modal, Stack, TagsInput, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError, post } from '../../app/api';
import { amsterdamDayStart } from '../../app/format';
import type { ApiKey } from '../../app/types';

const SCOPES = ['*', 'users:read', 'users:write', 'teams:read', 'teams:write', 'organisation:read', 'organisation:write', 'audit:read', 'me:read'];

export function ApiKeyFormModal({ onClose, onCreated }: { onClose: () => void; onCreated: (key: string) => void }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [name, setName] = useState('');
  const [scopes, setScopes] = useState<string[]>([]);
  const [expires, setExpires] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const create = useMutation({
    mutationFn: () => post<ApiKey & { key: string }>('/api/v1/api-keys', { name: name.trim(), scopes, ...(expires ? { expiresAt: amsterdamDayStart(expires, 1) } : {}) }),
    onSuccess: (k) => {
      void qc.invalidateQueries({ queryKey: ['api-keys'] });
      onCreated(k.key);
    },
    onError: (err) => {
      if (!isApiError(err)) return;
      const f = err.fieldErrors();
      for (const k of Object.keys(f)) if (k.startsWith('scopes.')) f.scopes = f[k];
      setErrors(f);
    },
  });
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const local: Record<string, string> = {};
    if (!name.trim()) local.name = t('errors.required');
    if (!scopes.length) local.scopes = t('errors.required');
    setErrors(local);
    if (!Object.keys(local).length) create.mutate();
  };
  const err = create.error;
  return (
    <Modal opened onClose={onClose} title={t('apiKeys.new')}>
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          {err && !Object.keys(errors).length && (
            <Alert color="red" role="alert">
              {err.message}
            </Alert>
          )}
          <TextInput label={t('apiKeys.name')} required value={name} onChange={(e) => setName(e.currentTarget.value)} error={errors.name} data-autofocus />
          <TagsInput label={t('apiKeys.scopes')} description={t('apiKeys.scopesHint')} data={SCOPES} value={scopes} onChange={setScopes} error={errors.scopes} required />
          <TextInput label={t('apiKeys.expiresAt')} type="date" value={expires} onChange={(e) => setExpires(e.currentTarget.value)} error={errors.expiresAt} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending}>
              {t('common.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
