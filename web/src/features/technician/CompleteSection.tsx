import { Alert, Button, Checkbox, Image, Stack, Text, TextInput } from '@mantine/core';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../app/format';
import { currentLang } from '../../i18n';
import { useComplete } from '../repairs/api';
import type { RepairOrderDetail } from '../repairs/types';
import { MutationError } from '../repairs/ui';
import { Section } from './Section';
import { SignaturePad, type SignaturePadHandle } from './SignaturePad';

/** Completion with the customer's signature, the signer's name and whether the fault was fixed at once. */
export function CompleteSection({ job }: { job: RepairOrderDetail }) {
  const { t } = useTranslation('field');
  const complete = useComplete(job.id);
  const pad = useRef<SignaturePadHandle>(null);
  const [signedBy, setSignedBy] = useState('');
  const [firstTimeFix, setFirstTimeFix] = useState(true);
  const [problem, setProblem] = useState<string | null>(null);

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    const signature = pad.current?.toDataUrl() ?? null;
    if (!signature) return setProblem(t('job.needSignature'));
    if (!signedBy.trim()) return setProblem(t('job.needName'));
    setProblem(null);
    complete.mutate({ signature, signedBy: signedBy.trim(), firstTimeFix, version: job.version });
  };

  return (
    <Section title={t('job.completeTitle')} testId="job-complete-section">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <SignaturePad ref={pad} onChange={(ink) => ink && setProblem(null)} />
          <TextInput label={t('job.signedBy')} size="md" value={signedBy} onChange={(e) => setSignedBy(e.currentTarget.value)} maxLength={120} autoComplete="off" required data-testid="signed-by" />
          <Checkbox size="md" label={t('job.firstTimeFix')} checked={firstTimeFix} onChange={(e) => setFirstTimeFix(e.currentTarget.checked)} data-testid="job-ftf" />
          {problem && (
            <Alert color="orange" role="alert" p="xs">
              {problem}
            </Alert>
          )}
          <MutationError error={complete.error} />
          <Button type="submit" size="lg" color="green" fullWidth loading={complete.isPending} data-testid="job-complete">
            {t('job.complete')}
          </Button>
        </Stack>
      </form>
    </Section>
  );
}

/** The signature once the job is done. */
export function SignedBlock({ job }: { job: RepairOrderDetail }) {
  const { t } = useTranslation('field');
  return (
    <Section title={t('repairs.signature')} testId="job-signed">
      {job.signature ? (
        <Image src={job.signature} alt={t('repairs.signatureAlt', { name: job.signedBy ?? '' })} maw={360} bg="white" style={{ border: '1px solid var(--mantine-color-gray-3)' }} data-testid="signature-image" />
      ) : (
        <Text size="sm" c="dimmed">
          {t('repairs.notSigned')}
        </Text>
      )}
      {job.signedBy && <Text size="sm">{t('repairs.signedBy', { name: job.signedBy, at: formatDateTime(job.signedAt, currentLang()) })}</Text>}
      {job.firstTimeFix !== null && (
        <Text size="sm">
          {t('repairs.firstTimeFix')}: {job.firstTimeFix ? t('common.yes') : t('common.no')}
        </Text>
      )}
    </Section>
  );
}
