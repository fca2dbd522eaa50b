/**
 * The one error type of Loyaal. Services throw `AppError` with a code from `ERROR_STATUS`; the HTTP layer renders
 * it as `application/problem+json`. The domain never speaks HTTP.
 */
export const ERROR_STATUS = {
  /** The request body, query or path did not match its schema. */
  validation: 400,
  /** The body was not valid JSON. */
  malformed_json: 400,
  /** No valid session or API key. */
  unauthenticated: 401,
  /** Signed in, but this role or scope may not do this. */
  forbidden: 403,
  /** The record does not exist (or the caller may not know that it does). */
  not_found: 404,
  /** Stale `version` on an update: somebody else changed the record first. */
  version_conflict: 409,
  /** The change would break a uniqueness or state rule. */
  conflict: 409,
  /** The body is larger than the server accepts. */
  payload_too_large: 413,
  /** The media type of the body is not accepted. */
  unsupported_media_type: 415,
  /** A business rule refuses the request as it stands. */
  unprocessable: 422,
  /** Too many attempts; try again later. */
  rate_limited: 429,
  /** Anything unexpected; details go to the log only. */
  internal: 500,
  /** A dependency (database, mail server) is not available. */
  unavailable: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

export interface FieldError {
  path: string;
  message: string;
  /** The validator's reason (`too_small`, `invalid_format`, `unrecognized_keys`, `custom`…), for translated messages. */
  code?: string;
  /** Limits that belong to the reason, e.g. `{ minimum: 10 }`. */
  params?: Record<string, unknown>;
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly detail?: string;
  readonly errors?: FieldError[];
  /** A more specific, stable machine code, e.g. `user.email_taken`. */
  readonly subcode?: string;

  constructor(code: ErrorCode, opts: { detail?: string; errors?: FieldError[]; subcode?: string; cause?: unknown } = {}) {
    super(opts.detail ?? code, { cause: opts.cause });
    this.name = 'AppError';
    this.code = code;
    this.detail = opts.detail;
    this.errors = opts.errors;
    this.subcode = opts.subcode;
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }
}

const TITLES: Record<ErrorCode, string> = {
  validation: 'Invalid request',
  malformed_json: 'Malformed JSON',
  unauthenticated: 'Not signed in',
  forbidden: 'Not allowed',
  not_found: 'Not found',
  version_conflict: 'Changed by someone else',
  conflict: 'Conflict',
  payload_too_large: 'Request too large',
  unsupported_media_type: 'Unsupported media type',
  unprocessable: 'Request refused',
  rate_limited: 'Too many requests',
  internal: 'Internal error',
  unavailable: 'Service unavailable',
};

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  code: string;
  errors?: FieldError[];
}

/** Renders an AppError as an RFC 9457 problem document. Internal errors never carry their message out. */
export function toProblem(err: AppError, instance?: string): Problem {
  const code = err.subcode ?? err.code;
  return {
    type: `https://loyaal.dev/problems/${err.code.replace(/_/g, '-')}`,
    title: TITLES[err.code],
    status: err.status,
    detail: err.code === 'internal' ? 'An unexpected error occurred. It has been logged.' : err.detail,
    instance,
    code,
    ...(err.errors ? { errors: err.errors } : {}),
  };
}

/** Throws `not_found` when a lookup returned nothing. */
export function found<T>(value: T | undefined | null, what: string): T {
  if (value === undefined || value === null) throw new AppError('not_found', { detail: `${what} not found` });
  return value;
}
