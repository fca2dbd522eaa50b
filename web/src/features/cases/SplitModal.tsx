import { Alert, Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { problemMessage } from '../../app/problem-messages';
import { useSplitMessage } from './api';
import type { CaseMessage } from './types';

/** Moves an inbound message into a new case of its own and opens that case. */
export function SplitModal({ caseId, m, onClose }: { caseId: string; m: CaseMessage; onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const split = useSplitMessage(caseId);
  const [subject, setSubject] = useState(m.subject);
  return (
    <Modal opened onClose={onClose} title={t('cases.timeline.splitTitle')}>
      <Stack>
        <TextInput label={t('cases.timeline.splitSubject')} value={subject} onChange={(e) => setSubject(e.currentTarget.value)} maxLength={300} data-testid="case-split-subject" />
        {split.isError && (
          <Alert color="red" role="alert">
            {problemMessage(split.error, t)}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button
            loading={split.isPending}
            onClick={() => split.mutate({ messageId: m.id, subject: subject.trim() || undefined }, { onSuccess: (c) => navigate(`/cases/${c.id}`) })}
            data-testid="case-split-submit"
          >
            {t('cases.timeline.splitSubmit')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
