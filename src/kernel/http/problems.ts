import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError, toProblem } from '../errors.js';

/** Maps anything thrown while handling a request to one AppError. */
export function toAppError(err: unknown): AppError {
  if (err instanceof AppError) return err;
  const e = err as FastifyError & { statusCode?: number };
  if (hasZodFastifySchemaValidationErrors(e)) {
    return new AppError('validation', {
      detail: 'The request does not match its schema.',
      errors: e.validation.flatMap((v) => {
        const base = [e.validationContext, ...String(v.instancePath).split('/').filter(Boolean)];
        const params = (v.params ?? {}) as Record<string, unknown>;
        const unknown = params.keys as string[] | undefined;
        if (unknown?.length)
          return unknown.map((k) => ({ path: [...base, k].join('.'), message: 'unknown field', code: 'unrecognized_keys' }));
        const limits = Object.fromEntries(
          Object.entries(params).filter(([k, val]) => ['minimum', 'maximum', 'format', 'origin', 'expected', 'values'].includes(k) && val !== undefined),
        );
        return [{ path: base.join('.'), message: v.message ?? 'invalid', code: v.keyword, params: limits }];
      }),
    });
  }
  switch (e.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return new AppError('malformed_json', { detail: 'The body is not valid JSON.' });
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new AppError('payload_too_large', { detail: 'The body is larger than the server accepts.' });
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new AppError('unsupported_media_type', { detail: 'Send application/json.' });
    case 'FST_ERR_VALIDATION':
      return new AppError('validation', { detail: e.message });
  }
  if (e.statusCode === 429) return new AppError('rate_limited', { detail: 'Too many requests; wait a moment.' });
  if (e.statusCode && e.statusCode >= 400 && e.statusCode < 500) {
    return new AppError(e.statusCode === 404 ? 'not_found' : 'validation', { detail: e.message });
  }
  return new AppError('internal', { cause: err });
}

/** The single error handler: problem+json for every failure; 5xx logged with the request, never shown. */
export function sendProblem(err: unknown, req: FastifyRequest, reply: FastifyReply): FastifyReply {
  const appError = toAppError(err);
  if (appError.status >= 500) req.log.error({ err }, 'request failed');
  else req.log.info({ code: appError.subcode ?? appError.code }, 'request refused');
  return reply
    .status(appError.status)
    .type('application/problem+json')
    .send(toProblem(appError, req.url.split('?')[0]));
}
