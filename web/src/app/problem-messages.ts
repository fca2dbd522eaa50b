/** Translates problem+json responses (problem codes and zod issue codes from the server) into the UI language. */
import type { TFunction } from 'i18next';
import { type ApiError, type FieldError, isApiError } from './api';

/** `body.addresses.0.postcode` → `addresses.0.postcode`. */
export const fieldKey = (path: string) => path.replace(/^(body|query|params|querystring)\./, '');

/** One field error in the UI language; falls back to the server's own message. */
export function fieldMessage(e: FieldError, t: TFunction): string {
  const p = e.params ?? {};
  const key = fieldKey(e.path);
  const last = key.split('.').pop() ?? '';
  const numeric = p.origin === 'number' || p.origin === 'int' || p.expected === 'number';
  switch (e.code) {
    case 'invalid_format':
      if (p.format === 'email' || last === 'email') return t('problems.invalid_email');
      if (p.format === 'date' || /Date$|End$/.test(last)) return t('problems.invalid_date');
      if (last === 'country') return t('problems.country');
      return t('problems.invalid_format');
    case 'too_small':
      if (p.minimum === undefined) break;
      if (numeric) return t('problems.too_small_number', { minimum: p.minimum });
      if (p.minimum === 1 && p.origin === 'string') return t('errors.required');
      return t('problems.too_small', { minimum: p.minimum });
    case 'too_big':
      if (p.maximum === undefined) break;
      return numeric ? t('problems.too_big_number', { maximum: p.maximum }) : t('problems.too_big', { maximum: p.maximum });
    case 'invalid_type':
      return p.expected === 'nonoptional' || /received undefined/.test(e.message) ? t('errors.required') : t('problems.invalid_type');
    case 'invalid_value':
      return t('problems.invalid_value');
    case 'unrecognized_keys':
      return t('problems.unrecognized_keys');
    case 'custom':
      if (last === 'postcode' || /postcode/i.test(e.message)) return t('problems.postcode');
      if (last === 'kvkNumber') return t('problems.kvk');
      if (last === 'vatId') return t('problems.vat');
      break;
  }
  return e.message;
}

/** Field errors keyed by path without the `body.` prefix (nested: `addresses.0.postcode`), translated; first error per field wins. */
export function translatedFieldErrors(err: ApiError, t: TFunction): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of err.problem.errors ?? []) out[fieldKey(e.path)] ??= fieldMessage(e, t);
  return out;
}

/** A refusal in the UI language: known problem codes (`version_conflict`, `case.*`) get their own text, others the server's detail. */
export function problemMessage(err: unknown, t: TFunction): string {
  if (!isApiError(err)) return t('errors.generic');
  const code = err.problem.code;
  const known = code ? t(`problems.codes.${code.replace(/\./g, '_')}`, { defaultValue: '' }) : '';
  return known || err.problem.detail || err.message || t('errors.generic');
}
