import { Alert, Button, Group, NumberInput, Select, Stack, Switch, TagsInput, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../app/api';
import { eurosToCents } from '../../app/format';
import { translatedFieldErrors } from '../../app/problem-messages';
import { ROLES, type Role, type User } from '../../app/types';
import { useAllUsers, useUpdateUser } from './api';

export function UserEditForm({ user, onReload, onSaved }: { user: User; onReload: () => void; onSaved: (u: User) => void }) {
  const { t } = useTranslation();
  const all = useAllUsers();
  const update = useUpdateUser(user.id);
  const [name, setName] = useState(user.name);
  const [role, setRole] = useState<Role>(user.role);
  const [active, setActive] = useState(user.active);
  const [managerId, setManagerId] = useState<string | null>(user.managerId);
  const [skills, setSkills] = useState<string[]>(user.skills);
  const [cost, setCost] = useState<number | string>(user.hourlyCostCents / 100);
  const [hours, setHours] = useState<number | string>(user.contractHoursPerWeek);
  const [errors, setErrors] = useState<Record<string, string>>({});

  const managers = (all.data?.items ?? []).filter((u) => u.id !== user.id).map((u) => ({ value: u.id, label: `${u.name} (${t(`roles.${u.role}`)})` }));
  if (user.managerId && !managers.some((m) => m.value === user.managerId)) managers.push({ value: user.managerId, label: user.managerId });

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    setErrors({});
    update.mutate(
      {
        version: user.version,
        name: name.trim(),
        role,
        active,
        managerId,
        skills,
        hourlyCostCents: eurosToCents(cost),
        contractHoursPerWeek: typeof hours === 'number' ? hours : Number(hours) || 0,
      },
      {
        onSuccess: onSaved,
        onError: (err) => {
          if (!isApiError(err)) return;
          const f = translatedFieldErrors(err, t);
          if (f.hourlyCostCents) f.cost = f.hourlyCostCents;
          if (f.contractHoursPerWeek) f.hours = f.contractHoursPerWeek;
          setErrors(f);
        },
      },
    );
  };

  const err = update.error;
  const conflict = isApiError(err) && err.status === 409;
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack>
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
        {err && !conflict && !Object.keys(errors).length && (
          <Alert color="red" role="alert">
            {err.message}
          </Alert>
        )}
        <TextInput label={t('userForm.name')} value={name} onChange={(e) => setName(e.currentTarget.value)} error={errors.name} required />
        <Select
          label={t('userForm.role')}
          data={ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
          value={role}
          onChange={(v) => v && setRole(v as Role)}
          allowDeselect={false}
          error={errors.role}
        />
        <Switch label={t('userDetail.active')} checked={active} onChange={(e) => setActive(e.currentTarget.checked)} />
        <Select
          label={t('userDetail.manager')}
          placeholder={t('userDetail.noManager')}
          data={managers}
          value={managerId}
          onChange={setManagerId}
          searchable
          clearable
          error={errors.managerId}
        />
        <TagsInput label={t('userDetail.skills')} description={t('userDetail.skillsHint')} value={skills} onChange={setSkills} error={errors.skills} />
        <Group grow align="flex-start">
          <NumberInput
            label={t('userForm.cost')}
            prefix="€ "
            decimalSeparator=","
            thousandSeparator="."
            decimalScale={2}
            fixedDecimalScale
            min={0}
            value={cost}
            onChange={setCost}
            error={errors.cost}
          />
          <NumberInput label={t('userForm.hours')} decimalSeparator="," decimalScale={1} min={0} max={60} value={hours} onChange={setHours} error={errors.hours} />
        </Group>
        <Group justify="flex-end">
          <Button type="submit" loading={update.isPending} data-testid="user-save">
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
