import type { TFunction } from 'i18next';
import { isApiError } from '../../app/api';
import { problemMessage, translatedFieldErrors } from '../../app/problem-messages';
import i18n from '../../i18n';

/** A refusal in the UI language: catalog codes first, then the app-wide messages, then the server's detail. */
export function catalogProblem(err: unknown, t: TFunction): string {
  const code = isApiError(err) ? err.problem.code : undefined;
  const own = code ? t(`problems.${code.replace(/\./g, '_')}`, { ns: 'catalog', defaultValue: '' }) : '';
  return own || problemMessage(err, i18n.getFixedT(null, 'translation'));
}

/** Field errors of a refused save, keyed by field name. */
export function fieldErrorsOf(err: unknown): Record<string, string> {
  return isApiError(err) ? translatedFieldErrors(err, i18n.getFixedT(null, 'translation')) : {};
}
