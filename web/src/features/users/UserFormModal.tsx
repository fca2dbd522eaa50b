import { Alert, Button, Group, Modal, NativeSelect, NumberInput, PasswordInput, Stack, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../app/api';
import { eurosToCents } from '../../app/format';
import { translatedFieldErrors } from '../../app/problem-messages';
import { ROLES, type Role } from '../../app/types';
import { currentLang } from '../../i18n';
import { useCreateUser } from './api';

const EMPTY = { name: '', email: '', role: 'agent' as Role, password: '', cost: '' as number | string, hours: '' as number | string };

export function UserFormModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const [form, setForm] = useState(EMPTY);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [general, setGeneral] = useState<string | null>(null);
  const create = useCreateUser();
  const set = <K extends keyof typeof EMPTY>(k: K, v: (typeof EMPTY)[K]) => setForm((f) => ({ ...f, [k]: v }));

  const close = () => {
    setForm(EMPTY);
    setErrors({});
    setGeneral(null);
    create.reset();
    onClose();
  };

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const local: Record<string, string> = {};
    if (!form.name.trim()) local.name = t('errors.required');
    if (!form.email.trim()) local.email = t('errors.required');
    setErrors(local);
    setGeneral(null);
    if (Object.keys(local).length) return;
    create.mutate(
      {
        name: form.name.trim(),
        email: form.email.trim(),
        role: form.role,
        locale: currentLang(),
        ...(form.password ? { password: form.password } : {}),
        hourlyCostCents: eurosToCents(form.cost),
        contractHoursPerWeek: typeof form.hours === 'number' ? form.hours : Number(form.hours) || 0,
      },
      {
        onSuccess: close,
        onError: (err) => {
          if (!isApiError(err)) return setGeneral(t('errors.generic'));
          if (err.status === 409 && err.problem.code === 'user.email_taken') return setErrors({ email: t('users.emailTaken') });
          const fields = translatedFieldErrors(err, t);
          if (fields.hourlyCostCents) fields.cost = fields.hourlyCostCents;
          if (fields.contractHoursPerWeek) fields.hours = fields.contractHoursPerWeek;
          setErrors(fields);
          if (!Object.keys(fields).length || err.status !== 400) setGeneral(err.message);
        },
      },
    );
  };

  return (
    <Modal opened={opened} onClose={close} title={t('userForm.title')} size="lg">
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          {general && (
            <Alert color="red" role="alert">
              {general}
            </Alert>
          )}
          <TextInput label={t('userForm.name')} required value={form.name} onChange={(e) => set('name', e.currentTarget.value)} error={errors.name} data-testid="user-form-name" data-autofocus />
          <TextInput label={t('userForm.email')} type="email" required value={form.email} onChange={(e) => set('email', e.currentTarget.value)} error={errors.email} data-testid="user-form-email" />
          <NativeSelect
            label={t('userForm.role')}
            required
            value={form.role}
            onChange={(e) => set('role', e.currentTarget.value as Role)}
            data={ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
            error={errors.role}
            data-testid="user-form-role"
          />
          <PasswordInput
            label={t('userForm.password')}
            description={t('userForm.passwordHint')}
            autoComplete="new-password"
            value={form.password}
            onChange={(e) => set('password', e.currentTarget.value)}
            error={errors.password}
            data-testid="user-form-password"
          />
          <Group grow align="flex-start">
            <NumberInput
              label={t('userForm.cost')}
              prefix="€ "
              decimalSeparator=","
              thousandSeparator="."
              decimalScale={2}
              min={0}
              value={form.cost}
              onChange={(v) => set('cost', v)}
              error={errors.cost}
              data-testid="user-form-cost"
            />
            <NumberInput
              label={t('userForm.hours')}
              decimalSeparator=","
              decimalScale={1}
              min={0}
              max={60}
              value={form.hours}
              onChange={(v) => set('hours', v)}
              error={errors.hours}
              data-testid="user-form-hours"
            />
          </Group>
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending} data-testid="user-form-submit">
              {t('userForm.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
