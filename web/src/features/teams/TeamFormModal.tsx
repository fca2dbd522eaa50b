import { Alert, Button, Group, Modal, MultiSelect, Stack, Textarea, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../app/api';
import type { Team, User } from '../../app/types';
import { useSaveTeam } from './api';

export function TeamFormModal({ team, users, onClose }: { team: Team | null; users: User[]; onClose: () => void }) {
  const { t } = useTranslation();
  const save = useSaveTeam();
  const [name, setName] = useState(team?.name ?? '');
  const [description, setDescription] = useState(team?.description ?? '');
  const [members, setMembers] = useState<string[]>(team?.members.map((m) => m.userId) ?? []);
  const [leads, setLeads] = useState<string[]>(team?.members.filter((m) => m.isLead).map((m) => m.userId) ?? []);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const options = users.map((u) => ({ value: u.id, label: u.name }));

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    if (!name.trim()) return setErrors({ name: t('errors.required') });
    setErrors({});
    const input = { name: name.trim(), description: description.trim(), members: members.map((userId) => ({ userId, isLead: leads.includes(userId) })) };
    save.mutate(
      { team, input },
      {
        onSuccess: onClose,
        onError: (err) => {
          if (!isApiError(err)) return;
          if (err.problem.code === 'team.name_taken') return setErrors({ name: t('teams.nameTaken') });
          setErrors(err.fieldErrors());
        },
      },
    );
  };

  const err = save.error;
  return (
    <Modal opened onClose={onClose} title={team ? t('teams.edit') : t('teams.new')} size="lg">
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          {isApiError(err) && err.status === 409 && err.problem.code !== 'team.name_taken' && (
            <Alert color="orange" role="alert">
              {t('common.conflict')}
            </Alert>
          )}
          {err && !isApiError(err) && <Alert color="red">{t('errors.generic')}</Alert>}
          <TextInput label={t('common.name')} required value={name} onChange={(e) => setName(e.currentTarget.value)} error={errors.name} data-testid="team-form-name" data-autofocus />
          <Textarea label={t('common.description')} value={description} onChange={(e) => setDescription(e.currentTarget.value)} error={errors.description} autosize minRows={2} />
          <MultiSelect
            label={t('teams.members')}
            data={options}
            value={members}
            onChange={(v) => {
              setMembers(v);
              setLeads((l) => l.filter((id) => v.includes(id)));
            }}
            searchable
            error={errors.members}
          />
          <MultiSelect label={t('teams.leads')} data={options.filter((o) => members.includes(o.value))} value={leads} onChange={setLeads} searchable />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending} data-testid="team-form-submit">
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
