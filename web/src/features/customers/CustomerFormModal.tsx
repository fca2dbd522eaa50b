import { Alert, Button, Group, Modal, Stack } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../app/api';
import { translatedFieldErrors } from '../../app/problem-messages';
import { currentLang } from '../../i18n';
import { useCreateCustomer, useUpdateCustomer } from './api';
import { bodyOf, type CustomerForm, changesOf, EMPTY_FORM, formOf } from './customer-form';
import { CustomerFormFields } from './CustomerFormFields';
import type { Customer } from './types';

interface Props {
  opened: boolean;
  onClose: () => void;
  onSaved?: (c: Customer) => void;
  /** Edit this customer (PATCH with its version); without it the form creates a new one. */
  customer?: Customer;
  onReload?: () => void;
}

export function CustomerFormModal({ opened, onClose, onSaved, customer, onReload }: Props) {
  const { t } = useTranslation();
  const initial = () => (customer ? formOf(customer) : { ...EMPTY_FORM, locale: currentLang() });
  const [form, setForm] = useState<CustomerForm>(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [conflict, setConflict] = useState(false);
  const create = useCreateCustomer();
  const update = useUpdateCustomer(customer?.id ?? '');
  const set = <K extends keyof CustomerForm>(k: K, v: CustomerForm[K]) => setForm((f) => ({ ...f, [k]: v }));
  const pending = create.isPending || update.isPending;

  const close = () => {
    setForm(initial());
    setErrors({});
    setGeneral(null);
    setConflict(false);
    onClose();
  };

  const onError = (err: Error) => {
    if (!isApiError(err)) return setGeneral(t('errors.generic'));
    if (err.status === 409 && err.problem.code === 'customer.external_id_taken') return setErrors({ externalId: t('customerForm.externalIdTaken') });
    if (err.status === 409) return setConflict(true);
    const fields = translatedFieldErrors(err, t);
    setErrors(fields);
    if (!Object.keys(fields).length || err.status !== 400) setGeneral(err.message);
  };

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    setGeneral(null);
    setConflict(false);
    if (!form.name.trim()) return setErrors({ name: t('errors.required') });
    setErrors({});
    const body = bodyOf(form, customer);
    const done = (c: Customer) => {
      onSaved?.(c);
      close();
    };
    if (customer) update.mutate({ version: customer.version, ...changesOf(body, customer) }, { onSuccess: done, onError });
    else create.mutate(body, { onSuccess: done, onError });
  };

  return (
    <Modal opened={opened} onClose={close} title={customer ? t('customerForm.editTitle') : t('customerForm.title')} size="xl">
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          {conflict && (
            <Alert color="orange" role="alert" data-testid="customer-conflict">
              <Group justify="space-between">
                {t('customer.conflict')}
                {onReload && (
                  <Button
                    size="xs"
                    variant="light"
                    onClick={() => {
                      close();
                      onReload();
                    }}
                  >
                    {t('common.reload')}
                  </Button>
                )}
              </Group>
            </Alert>
          )}
          {general && (
            <Alert color="red" role="alert">
              {general}
            </Alert>
          )}
          <CustomerFormFields form={form} set={set} errors={errors} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={pending} data-testid="customer-form-submit">
              {t('customerForm.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
