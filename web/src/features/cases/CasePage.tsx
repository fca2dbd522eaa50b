import { Alert, Anchor, Button, Grid, Group, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { isApiError } from '../../app/api';
import { problemMessage } from '../../app/problem-messages';
import { useMe } from '../../app/session';
import { ErrorAlert, Loading } from '../../app/ui';
import { useCase, useUpdateCase } from './api';
import { CaseHeader } from './CaseHeader';
import { CaseSidebar } from './CaseSidebar';
import { CaseTimeline } from './CaseTimeline';
import { Composer } from './Composer';
import { useLiveCases, usePresence, useViewers } from './live';
import { useCanWorkCases } from './people';
import { PresenceNotice } from './PresenceNotice';
import { CaseServicesPanel } from '../sales/CaseServicesPanel';
import type { CaseChanges } from './types';

/** Saves case fields with the version the page shows; returns the save function and its notice. */
function useCaseSaver(id: string) {
  const { t } = useTranslation();
  const kase = useCase(id);
  const update = useUpdateCase(id);
  const [notice, setNotice] = useState<{ conflict: boolean; text: string } | null>(null);
  const save = (changes: CaseChanges) => {
    if (!kase.data || update.isPending) return;
    setNotice(null);
    update.mutate(
      { version: kase.data.version, ...changes },
      {
        onError: (err) => {
          const conflict = isApiError(err) && err.problem.code === 'version_conflict';
          setNotice({ conflict, text: conflict ? t('cases.case.conflict') : problemMessage(err, t) });
          if (conflict) void kase.refetch();
        },
      },
    );
  };
  return { kase, save, saving: update.isPending, notice, clearNotice: () => setNotice(null) };
}

/** One case: header with its fields and SLA, the timeline, the reply composer and the customer beside it. */
export function CasePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const me = useMe().data;
  const { kase, save, saving, notice, clearNotice } = useCaseSaver(id);
  useLiveCases();
  const typed = usePresence(id);
  const viewers = useViewers(id, me?.id);
  const canWork = useCanWorkCases();
  if (kase.isPending) return <Loading />;
  if (kase.isError) return <ErrorAlert error={kase.error} onRetry={() => void kase.refetch()} />;
  const c = kase.data;

  return (
    <Stack>
      <Anchor component={Link} to="/cases" size="sm">
        ← {t('cases.case.back')}
      </Anchor>
      {notice && (
        <Alert color={notice.conflict ? 'orange' : 'red'} role="alert" withCloseButton onClose={clearNotice} data-testid={notice.conflict ? 'case-conflict' : 'case-error'}>
          {notice.text}
        </Alert>
      )}
      {c.mergedIntoId && (
        <Alert color="blue" data-testid="case-merged">
          <Group justify="space-between">
            {t('cases.case.merged')}
            <Button size="xs" variant="light" onClick={() => navigate(`/cases/${c.mergedIntoId}`)}>
              {t('cases.case.openMerged')}
            </Button>
          </Group>
        </Alert>
      )}
      <PresenceNotice viewers={viewers} />
      <Grid key={c.id}>
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <Stack>
            <CaseHeader c={c} save={save} saving={saving} readOnly={!canWork || !!c.mergedIntoId} />
            <CaseServicesPanel caseId={c.id} customerId={c.customerId} />
            <CaseTimeline c={c} />
            {canWork && !c.mergedIntoId && <Composer c={c} save={save} onTyping={typed} />}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <CaseSidebar c={c} save={save} saving={saving} readOnly={!canWork} />
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
