import { Alert, Button, Fieldset, Group, NativeSelect, SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { get, isApiError, patch } from '../../app/api';
import { useMe } from '../../app/session';
import type { Organisation } from '../../app/types';
import { ErrorAlert, Loading } from '../../app/ui';

const FIELDS = ['name', 'street', 'houseNumber', 'postcode', 'city', 'country', 'kvkNumber', 'vatId', 'iban'] as const;
type Field = (typeof FIELDS)[number];

export function OrganisationPage() {
  const org = useQuery({ queryKey: ['organisation'], queryFn: () => get<Organisation>('/api/v1/organisation') });
  if (org.isPending) return <Loading />;
  if (org.isError) return <ErrorAlert error={org.error} onRetry={() => void org.refetch()} />;
  return <OrganisationForm key={org.data.version} org={org.data} onReload={() => void org.refetch()} />;
}

function OrganisationForm({ org, onReload }: { org: Organisation; onReload: () => void }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const me = useMe();
  const canEdit = me.data?.role === 'admin';
  const [values, setValues] = useState<Record<Field, string> & { defaultLocale: 'nl' | 'en' }>({ ...org });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const save = useMutation({
    mutationFn: () => patch<Organisation>('/api/v1/organisation', { version: org.version, ...Object.fromEntries(FIELDS.map((f) => [f, values[f]])), defaultLocale: values.defaultLocale }),
    onSuccess: (o) => qc.setQueryData(['organisation'], o),
    onError: (err) => isApiError(err) && setErrors(err.fieldErrors()),
  });
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    setErrors({});
    save.mutate();
  };
  const err = save.error;
  const conflict = isApiError(err) && err.status === 409;

  return (
    <Stack maw={800}>
      <Title order={1}>{t('org.title')}</Title>
      {!canEdit && <Alert color="gray">{t('common.readOnly')}</Alert>}
      {conflict && (
        <Alert color="orange" role="alert">
          <Group justify="space-between">
            {t('common.conflict')}
            <Button size="xs" variant="light" onClick={onReload}>
              {t('common.reload')}
            </Button>
          </Group>
        </Alert>
      )}
      {err && !conflict && !Object.keys(errors).length && <ErrorAlert error={err} />}
      <form onSubmit={onSubmit} noValidate>
        <Fieldset legend={t('org.title')} disabled={!canEdit} variant="unstyled">
          <Stack>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              {FIELDS.map((f) => (
                <TextInput
                  key={f}
                  label={t(`org.${f}`)}
                  value={values[f]}
                  readOnly={!canEdit}
                  onChange={(e) => {
                    const v = e.currentTarget.value;
                    setValues((s) => ({ ...s, [f]: v }));
                  }}
                  error={errors[f]}
                  data-testid={`org-${f}`}
                />
              ))}
              <NativeSelect
                label={t('org.defaultLocale')}
                value={values.defaultLocale}
                onChange={(e) => {
                  const v = e.currentTarget.value as 'nl' | 'en';
                  setValues((s) => ({ ...s, defaultLocale: v }));
                }}
                data={[
                  { value: 'nl', label: t('lang.nl') },
                  { value: 'en', label: t('lang.en') },
                ]}
                error={errors.defaultLocale}
              />
              <TextInput label={t('org.timeZone')} value={org.timeZone} readOnly />
            </SimpleGrid>
            {canEdit && (
              <Group justify="flex-end">
                <Button type="submit" loading={save.isPending} data-testid="org-save">
                  {t('common.save')}
                </Button>
              </Group>
            )}
          </Stack>
        </Fieldset>
      </form>
    </Stack>
  );
}
