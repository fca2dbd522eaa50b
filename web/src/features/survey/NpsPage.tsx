import { Alert, Button, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { portalProblem } from '../portal/api';
import { PortalError, PortalLoading } from '../portal/PortalLayout';
import { PortalShell } from '../portal/PortalShell';
import { isBadLink, isClosed, useAnswerNps, useNpsForm } from './api';
import { ScoreButtons } from './ScoreButtons';

const SCORES = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const;

/** `/aanbevelen/:token`: the periodic "would you recommend us" question, 0–10 with an optional comment. */
export function NpsPage() {
  const { t } = useTranslation('portal');
  const { token = '' } = useParams();
  const form = useNpsForm(token);
  const answer = useAnswerNps(token);
  const [score, setScore] = useState<number | null>(null);
  const [comment, setComment] = useState<string | null>(null);

  if (form.isPending) return <PortalShell><PortalLoading /></PortalShell>;
  if (isBadLink(form.error)) return <PortalShell><Alert color="orange" role="alert">{t('common.invalidLink')}</Alert></PortalShell>;
  if (form.isError) return <PortalShell><PortalError error={form.error} onRetry={() => void form.refetch()} /></PortalShell>;

  const f = form.data;
  const closed = isClosed(answer.error);
  const shownScore = score ?? f.score;
  const shownComment = comment ?? f.comment ?? '';
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    if (shownScore === null) return;
    answer.mutate({ score: shownScore, comment: shownComment.trim() || null });
  };

  return (
    <PortalShell company={f.company}>
      <Paper withBorder p="lg" maw={720} mx="auto">
        <Stack>
          <Title order={2} size="h3">
            {t('nps.title')}
          </Title>
          {f.score !== null && !closed && (
            <Alert color="teal" role="status" data-testid="nps-thanks">
              <Text fw={600}>{t('nps.thanks')}</Text>
              <Text size="sm">{t('nps.change')}</Text>
            </Alert>
          )}
          {closed && (
            <Alert color="gray" role="status" data-testid="nps-closed">
              {t('nps.closed')}
            </Alert>
          )}
          {answer.isError && !closed && (
            <Alert color="red" role="alert">
              {portalProblem(answer.error, t)}
            </Alert>
          )}
          {!closed && (
            <form onSubmit={onSubmit}>
              <Stack>
                <Text fw={500}>{t('nps.question', { company: f.company })}</Text>
                <ScoreButtons scores={SCORES} value={shownScore} onChange={setScore} testIdPrefix="nps-score" label={t('nps.question', { company: f.company })} />
                <Group justify="space-between">
                  <Text size="xs" c="dimmed">
                    {t('nps.low')}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {t('nps.high')}
                  </Text>
                </Group>
                <Textarea
                  label={t('nps.comment')}
                  autosize
                  minRows={3}
                  maxLength={2000}
                  value={shownComment}
                  onChange={(e) => setComment(e.currentTarget.value)}
                  data-testid="nps-comment"
                />
                <Button type="submit" w="fit-content" loading={answer.isPending} disabled={shownScore === null} data-testid="nps-submit">
                  {t('nps.submit')}
                </Button>
              </Stack>
            </form>
          )}
        </Stack>
      </Paper>
    </PortalShell>
  );
}
