import { Alert, Button, Group, Modal, NativeSelect, Stack, Textarea, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../app/api';
import { problemMessage, translatedFieldErrors } from '../../app/problem-messages';
import { useCaseCustomer, useCreateCase } from './api';
import { CustomerPicker } from './CustomerPicker';
import { parseCallDuration } from './deadline';
import { usePeople, useTeams } from './people';
import { type Case, type CaseChannel, type CasePriority, LOG_CHANNELS, PRIORITIES } from './types';

interface Form {
  customerId: string | null;
  contactId: string;
  channel: CaseChannel;
  callDuration: string;
  subject: string;
  body: string;
  priority: CasePriority;
  teamId: string;
  assigneeId: string;
}

const EMPTY: Form = { customerId: null, contactId: '', channel: 'phone', callDuration: '', subject: '', body: '', priority: 'normal', teamId: '', assigneeId: '' };

/** Opens a case by hand, typically while on the phone: customer, subject, call notes and call duration. */
export function NewCaseModal({ opened, onClose, onCreated }: { opened: boolean; onClose: () => void; onCreated: (c: Case) => void }) {
  const { t } = useTranslation();
  const [form, setForm] = useState<Form>(EMPTY);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const create = useCreateCase();
  const customer = useCaseCustomer(form.customerId);
  const people = usePeople();
  const teams = useTeams();
  const set = <K extends keyof Form>(k: K, v: Form[K]) => setForm((f) => ({ ...f, [k]: v }));
  const contacts = form.customerId && customer.data?.id === form.customerId ? customer.data.contacts : [];
  const phone = form.channel === 'phone';

  const close = () => {
    setForm(EMPTY);
    setErrors({});
    create.reset();
    onClose();
  };

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const seconds = phone ? parseCallDuration(form.callDuration) : null;
    const problems: Record<string, string> = {};
    if (!form.customerId) problems.customerId = t('errors.required');
    if (!form.subject.trim()) problems.subject = t('errors.required');
    if (!form.body.trim()) problems.body = t('errors.required');
    if (seconds === undefined) problems.callSeconds = t('cases.form.invalidDuration');
    setErrors(problems);
    if (Object.keys(problems).length || !form.customerId) return;
    create.mutate(
      {
        customerId: form.customerId,
        contactId: form.contactId || null,
        channel: form.channel,
        subject: form.subject.trim(),
        body: form.body.trim(),
        priority: form.priority,
        teamId: form.teamId || null,
        assigneeId: form.assigneeId || null,
        callSeconds: seconds ?? null,
      },
      {
        onSuccess: (c) => {
          close();
          onCreated(c);
        },
        onError: (err) => isApiError(err) && setErrors(translatedFieldErrors(err, t)),
      },
    );
  };

  return (
    <Modal opened={opened} onClose={close} title={t('cases.form.title')} size="lg">
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          {create.isError && Object.keys(errors).length === 0 && (
            <Alert color="red" role="alert" data-testid="case-form-error">
              {problemMessage(create.error, t)}
            </Alert>
          )}
          <CustomerPicker value={form.customerId} onChange={(id) => setForm((f) => ({ ...f, customerId: id, contactId: '' }))} error={errors.customerId} />
          {contacts.length > 0 && (
            <NativeSelect
              label={t('cases.form.contact')}
              value={form.contactId}
              onChange={(e) => set('contactId', e.currentTarget.value)}
              data={[{ value: '', label: t('common.none') }, ...contacts.map((c) => ({ value: c.id, label: [c.name, c.email ?? c.phone].filter(Boolean).join(' · ') }))]}
              data-testid="case-form-contact"
            />
          )}
          <Group grow align="flex-start">
            <NativeSelect
              label={t('cases.form.channel')}
              value={form.channel}
              onChange={(e) => set('channel', e.currentTarget.value as CaseChannel)}
              data={LOG_CHANNELS.map((c) => ({ value: c, label: t(`cases.channels.${c}`) }))}
              data-testid="case-form-channel"
            />
            {phone && (
              <TextInput
                label={t('cases.form.callDuration')}
                placeholder={t('cases.form.callDurationHint')}
                value={form.callDuration}
                onChange={(e) => set('callDuration', e.currentTarget.value)}
                error={errors.callSeconds}
                inputMode="numeric"
                data-testid="case-form-call-duration"
              />
            )}
          </Group>
          <TextInput label={t('cases.form.subject')} required value={form.subject} onChange={(e) => set('subject', e.currentTarget.value)} error={errors.subject} maxLength={300} data-testid="case-form-subject" />
          <Textarea
            label={phone ? t('cases.form.bodyPhone') : t('cases.form.body')}
            required
            autosize
            minRows={4}
            value={form.body}
            onChange={(e) => set('body', e.currentTarget.value)}
            error={errors.body}
            data-testid="case-form-body"
          />
          <Group grow>
            <NativeSelect
              label={t('cases.form.priority')}
              value={form.priority}
              onChange={(e) => set('priority', e.currentTarget.value as CasePriority)}
              data={PRIORITIES.map((p) => ({ value: p, label: t(`cases.priorities.${p}`) }))}
              data-testid="case-form-priority"
            />
            <NativeSelect
              label={t('cases.form.team')}
              value={form.teamId}
              onChange={(e) => set('teamId', e.currentTarget.value)}
              data={[{ value: '', label: t('cases.form.automatic') }, ...(teams.data?.items ?? []).map((tm) => ({ value: tm.id, label: tm.name }))]}
              data-testid="case-form-team"
            />
            <NativeSelect
              label={t('cases.form.assignee')}
              value={form.assigneeId}
              onChange={(e) => set('assigneeId', e.currentTarget.value)}
              data={[{ value: '', label: t('cases.form.automatic') }, ...people.map((p) => ({ value: p.id, label: p.name }))]}
              data-testid="case-form-assignee"
            />
          </Group>
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending} data-testid="case-form-submit">
              {t('cases.form.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
