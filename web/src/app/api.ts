/** Small fetch wrapper: JSON in and out, problem+json errors as ApiError, 401 goes to the sign-in page. */
export interface FieldError {
  path: string;
  message: string;
  code?: string;
  params?: Record<string, unknown>;
}
export interface Problem {
  type?: string;
  title?: string;
  status: number;
  detail?: string;
  code?: string;
  errors?: FieldError[];
}

export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem;
  constructor(problem: Problem) {
    super(problem.detail ?? problem.title ?? `HTTP ${problem.status}`);
    this.status = problem.status;
    this.problem = problem;
  }
  /** Field errors keyed by field name, with the `body.`/`query.` prefix stripped. */
  fieldErrors(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const e of this.problem.errors ?? []) {
      const key = e.path.replace(/^(body|query|params|querystring)\./, '');
      out[key] ??= e.message;
    }
    return out;
  }
}

let onUnauthorized: () => void = () => {
  if (window.location.pathname !== '/sign-in') window.location.assign('/sign-in');
};
export function setUnauthorizedHandler(fn: () => void): void {
  onUnauthorized = fn;
}

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';

export async function api<T>(method: Method, url: string, body?: unknown, opts: { redirectOn401?: boolean } = {}): Promise<T> {
  const res = await fetch(url, {
    method,
    credentials: 'same-origin',
    headers: body === undefined ? { accept: 'application/json' } : { 'content-type': 'application/json', accept: 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (res.status === 204) return undefined as T;
  const text = await res.text();
  let data: unknown = null;
  try {
    data = text ? JSON.parse(text) : null;
  } catch {
    data = null;
  }
  if (!res.ok) {
    const p = (data && typeof data === 'object' ? data : {}) as Partial<Problem> & { message?: string };
    const err = new ApiError({ ...p, status: res.status, detail: p.detail ?? p.message });
    if (res.status === 401 && opts.redirectOn401 !== false) onUnauthorized();
    throw err;
  }
  return data as T;
}

export const get = <T>(url: string) => api<T>('GET', url);
export const post = <T>(url: string, body: unknown = {}) => api<T>('POST', url, body);
export const patch = <T>(url: string, body: unknown) => api<T>('PATCH', url, body);
export const del = <T = void>(url: string) => api<T>('DELETE', url);

/** Builds a query string, leaving out empty values. */
export function qs(params: Record<string, string | number | boolean | undefined | null>): string {
  const s = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') s.set(k, String(v));
  const out = s.toString();
  return out ? `?${out}` : '';
}

export function isApiError(e: unknown): e is ApiError {
  return e instanceof ApiError;
}
