/** Upload of an import file with XMLHttpRequest, because fetch cannot report upload progress. */
import { ApiError, type Problem } from '../../app/api';

export const IMPORT_KINDS = ['customers', 'installed-products', 'sales'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];
export type ImportMode = 'best-effort' | 'all-or-nothing';
export const MAX_IMPORT_BYTES = 200 * 1024 * 1024;

/** i18n key of an import kind (`installed-products` → `installedProducts`). */
export const kindKey = (k: string) => k.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());

export interface ImportSummary {
  id: string;
  kind: string;
  fileName: string;
  mode: string;
  dryRun: boolean;
  status: 'running' | 'completed' | 'dry_run' | 'rejected' | 'failed';
  encoding: string | null;
  rowsRead: number;
  created: number;
  updated: number;
  skipped: number;
  rejected: number;
  error: string | null;
  startedAt: string;
  finishedAt: string | null;
}

export interface ImportReport extends ImportSummary {
  rejections: { line: number; reason: string }[];
  reportUrl: string;
}

export interface UploadOptions {
  kind: ImportKind;
  file: File;
  dryRun: boolean;
  mode: ImportMode;
  /** Fraction 0–1 of the file sent so far. */
  onProgress: (fraction: number) => void;
  /** The whole file has been sent; the server is now reading it. */
  onUploaded: () => void;
}

export function uploadImport(o: UploadOptions): Promise<ImportReport> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api/v1/imports/${o.kind}?dryRun=${o.dryRun}&mode=${o.mode}`);
    xhr.setRequestHeader('accept', 'application/json');
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) o.onProgress(e.loaded / e.total);
    };
    xhr.upload.onload = () => o.onUploaded();
    xhr.onerror = () => reject(new ApiError({ status: 0, detail: 'network error' }));
    xhr.onload = () => {
      let data: unknown = null;
      try {
        data = xhr.responseText ? JSON.parse(xhr.responseText) : null;
      } catch {
        data = null;
      }
      if (xhr.status >= 200 && xhr.status < 300) return resolve(data as ImportReport);
      const p = (data && typeof data === 'object' ? data : {}) as Partial<Problem> & { message?: string };
      if (xhr.status === 401) window.location.assign('/sign-in');
      reject(new ApiError({ ...p, status: xhr.status, detail: p.detail ?? p.message }));
    };
    const body = new FormData();
    body.append('file', o.file, o.file.name);
    xhr.send(body);
  });
}
