import { AppError } from '../../kernel/errors.js';

/** An issued invoice or credit note is never changed; corrections go through a credit note. */
export const issuedError = () =>
  new AppError('conflict', { subcode: 'invoice.issued', detail: 'This invoice has been issued and can no longer be changed; make a credit note instead.' });

export const staleError = () => new AppError('version_conflict', { detail: 'The invoice was changed by someone else; reload it.' });

export const unprocessable = (subcode: string, detail: string, errors?: { path: string; message: string }[]) =>
  new AppError('unprocessable', { subcode, detail, errors });
