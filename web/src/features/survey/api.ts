/** The public survey endpoints: answered by link, no sign-in. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { isApiError } from '../../app/api';
import { portalApi } from '../portal/api';

export interface RatingForm {
  number: string;
  subject: string;
  rating: number | null;
  comment: string | null;
  changeable: boolean;
}
export interface NpsForm {
  company: string;
  score: number | null;
  comment: string | null;
}

const ratingKey = (token: string) => ['survey', 'rating', token] as const;
const npsKey = (token: string) => ['survey', 'nps', token] as const;

/** True when the server says the answer may no longer change (409 `rating.closed`). */
export const isClosed = (e: unknown) => isApiError(e) && e.status === 409;
/** True when the link itself is wrong (unknown or malformed token). */
export const isBadLink = (e: unknown) => isApiError(e) && (e.status === 404 || e.status === 400);

export function useRatingForm(token: string) {
  return useQuery({ queryKey: ratingKey(token), queryFn: () => portalApi<RatingForm>('GET', `/api/v1/public/ratings/${encodeURIComponent(token)}`), retry: false });
}

/** Saves a 1–5 rating with an optional comment; the form's cached copy follows. */
export function useRate(token: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (a: { rating: number; comment: string | null }) =>
      portalApi<{ rating: number; comment: string | null; changeable: boolean }>('POST', `/api/v1/public/ratings/${encodeURIComponent(token)}`, a),
    onSuccess: (r) => qc.setQueryData<RatingForm>(ratingKey(token), (old) => (old ? { ...old, ...r } : old)),
  });
}

export function useNpsForm(token: string) {
  return useQuery({ queryKey: npsKey(token), queryFn: () => portalApi<NpsForm>('GET', `/api/v1/public/nps/${encodeURIComponent(token)}`), retry: false });
}

/** Saves a 0–10 recommendation score with an optional comment. */
export function useAnswerNps(token: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (a: { score: number; comment: string | null }) => portalApi<NpsForm>('POST', `/api/v1/public/nps/${encodeURIComponent(token)}`, a),
    onSuccess: (r) => qc.setQueryData(npsKey(token), r),
  });
}
