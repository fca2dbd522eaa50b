import { Alert, Button, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { portalProblem } from '../portal/api';
import { PortalError, PortalLoading } from '../portal/PortalLayout';
import { PortalShell } from '../portal/PortalShell';
import { isBadLink, isClosed, useRate, useRatingForm } from './api';
import { ScoreButtons } from './ScoreButtons';

const SCORES = [1, 2, 3, 4, 5] as const;

/** The score in a link (`?score=4`), when it is a valid rating. */
function scoreFromLink(raw: string | null): number | null {
  const n = Number(raw);
  return raw && Number.isInteger(n) && n >= 1 && n <= 5 ? n : null;
}

/**
 * `/beoordeling/:token?score=N`: each score in the email is its own link, so the click itself is the answer. The
 * page saves it at once, thanks the customer, and lets them change the score or add a comment while allowed.
 */
export function RatingPage() {
  const { t } = useTranslation('portal');
  const { token = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const form = useRatingForm(token);
  const rate = useRate(token);
  const [score, setScore] = useState<number | null>(null);
  const [comment, setComment] = useState<string | null>(null);
  const [edited, setEdited] = useState(false);
  const fromLink = useRef(scoreFromLink(params.get('score')));
  const autoSent = useRef(false);

  useEffect(() => {
    const f = form.data;
    const wanted = fromLink.current;
    if (!f || autoSent.current || wanted === null || !f.changeable) return;
    autoSent.current = true;
    setScore(wanted);
    rate.mutate({ rating: wanted, comment: f.comment }, { onSettled: () => setParams({}, { replace: true }) });
  }, [form.data, rate, setParams]);

  if (form.isPending) return <PortalShell><PortalLoading /></PortalShell>;
  if (isBadLink(form.error)) return <PortalShell><Alert color="orange" role="alert">{t('common.invalidLink')}</Alert></PortalShell>;
  if (form.isError) return <PortalShell><PortalError error={form.error} onRetry={() => void form.refetch()} /></PortalShell>;

  const f = form.data;
  const closed = !f.changeable || isClosed(rate.error);
  const shownScore = score ?? f.rating;
  const shownComment = comment ?? f.comment ?? '';
  const thanked = f.rating !== null && !rate.isPending;

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    if (shownScore === null) return;
    rate.mutate({ rating: shownScore, comment: shownComment.trim() || null }, { onSuccess: () => setEdited(true) });
  };

  return (
    <PortalShell>
      <Paper withBorder p="lg" maw={640} mx="auto">
        <Stack>
          <Title order={2} size="h3">
            {t('rating.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('rating.about', { number: f.number, subject: f.subject })}
          </Text>
          {thanked && !closed && (
            <Alert color="teal" role="status" data-testid="rating-thanks">
              <Stack gap={4}>
                <Text fw={600}>{edited ? t('rating.saved') : t('rating.thanks')}</Text>
                <Text size="sm">{t('rating.yourScore', { score: f.rating })}</Text>
                <Text size="sm">{t('rating.change')}</Text>
              </Stack>
            </Alert>
          )}
          {closed && (
            <Alert color="gray" role="status" data-testid="rating-closed">
              <Stack gap={4}>
                <Text size="sm">{t('rating.closed')}</Text>
                {f.rating !== null && <Text size="sm">{t('rating.yourScore', { score: f.rating })}</Text>}
              </Stack>
            </Alert>
          )}
          {rate.isError && !closed && (
            <Alert color="red" role="alert">
              {portalProblem(rate.error, t)}
            </Alert>
          )}
          {!closed && (
            <form onSubmit={onSubmit}>
              <Stack>
                <Text fw={500}>{t('rating.question')}</Text>
                <ScoreButtons
                  scores={SCORES}
                  value={shownScore}
                  onChange={setScore}
                  testIdPrefix="rating-score"
                  label={t('rating.question')}
                  titleFor={(n) => t('rating.scoreLabel', { score: n, label: t(`rating.scores.${n}`) })}
                />
                <Textarea
                  label={t('rating.comment')}
                  placeholder={t('rating.commentPlaceholder')}
                  autosize
                  minRows={3}
                  maxLength={2000}
                  value={shownComment}
                  onChange={(e) => setComment(e.currentTarget.value)}
                  data-testid="rating-comment"
                />
                <Button type="submit" w="fit-content" loading={rate.isPending} disabled={shownScore === null} data-testid="rating-submit">
                  {t('rating.submit')}
                </Button>
              </Stack>
            </form>
          )}
        </Stack>
      </Paper>
    </PortalShell>
  );
}
