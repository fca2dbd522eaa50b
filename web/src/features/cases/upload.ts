/** Attachment upload (multipart, field `file`) before the message that carries it is sent. */
import { ApiError, type Problem } from '../../app/api';
import type { Attachment } from './types';

/** Uploads one file to a case; the returned id goes into the message's `attachmentIds`. */
export async function uploadAttachment(caseId: string, file: File): Promise<Attachment> {
  const form = new FormData();
  form.append('file', file, file.name);
  const res = await fetch(`/api/v1/cases/${caseId}/attachments`, { method: 'POST', credentials: 'same-origin', headers: { accept: 'application/json' }, body: form });
  const data: unknown = await res.json().catch(() => null);
  if (!res.ok) {
    const p = (data && typeof data === 'object' ? data : {}) as Partial<Problem>;
    throw new ApiError({ ...p, status: res.status });
  }
  return data as Attachment;
}

/** File size for people: "512 B", "14 kB", "2,3 MB". */
export function formatBytes(n: number): string {
  const f = (v: number) => new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 }).format(v);
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${f(n / 1024)} kB`;
  return `${f(n / (1024 * 1024))} MB`;
}
