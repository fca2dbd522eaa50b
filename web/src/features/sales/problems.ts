import type { TFunction } from 'i18next';
import { isApiError } from '../../app/api';
import { problemMessage } from '../../app/problem-messages';
import i18n from '../../i18n';

/** Last segment of a problem code (`planning.slot_full` → `slot_full`). */
export const problemCode = (err: unknown): string | undefined => (isApiError(err) ? err.problem.code?.split('.').pop() : undefined);

const SLOT_GONE = ['slot_full', 'slot_unavailable'];

/** True when the server refused a booking because the slot has no room left (or is no longer offered). */
export const isSlotFull = (err: unknown): boolean => SLOT_GONE.includes(problemCode(err) ?? '');

/** A refusal in the UI language: sales-specific codes first, then the app-wide messages, then the server's detail. */
export function salesProblem(err: unknown, t: TFunction): string {
  const code = problemCode(err);
  const own = code ? t(`problems.${code}`, { ns: 'sales', defaultValue: '' }) : '';
  return own || problemMessage(err, i18n.getFixedT(null, 'translation'));
}
