/**
 * The portal's side of the API. Requests never use the staff 401 redirect: a customer without a session simply
 * sees the sign-in form. Types are the server's schemas, inferred through type-only imports.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import type { z } from 'zod';
import type { Attachment as AttachmentSchema, CaseMessage as CaseMessageSchema, CaseStatus as CaseStatusSchema } from '../../../../src/modules/cases/case.schema';
import { ApiError, api, isApiError, type Problem } from '../../app/api';
import { currentLang } from '../../i18n';

export type CaseStatus = z.infer<typeof CaseStatusSchema>;
export type CaseMessage = z.infer<typeof CaseMessageSchema>;
export type Attachment = z.infer<typeof AttachmentSchema>;

/** A case as the customer sees it: no team, assignee or internal notes. */
export interface PortalCase {
  id: string;
  number: string;
  subject: string;
  status: CaseStatus;
  createdAt: string;
  lastMessageAt: string;
  messages?: CaseMessage[];
}
export interface PortalMe {
  customerId: string;
  email: string;
}

type Method = 'GET' | 'POST' | 'DELETE';
/** JSON request for portal and public pages; problem+json becomes an ApiError, a 401 is left to the page. */
export const portalApi = <T>(method: Method, url: string, body?: unknown) => api<T>(method, url, body, { redirectOn401: false });

/** True when the error is the server saying "nobody is signed in to the portal". */
export const isSignedOut = (e: unknown) => isApiError(e) && e.status === 401;

/** A refusal in the customer's language: known codes get their own text, other client errors a generic one. */
export function portalProblem(err: unknown, t: TFunction): string {
  if (!isApiError(err)) return t('problems.generic');
  const code = (err.problem.code ?? '').replace(/\./g, '_');
  const known = code ? t(`problems.${code}`, { defaultValue: '' }) : '';
  return known || t('problems.generic');
}

const BASE = '/api/portal/v1';
const meKey = ['portal', 'me'] as const;
const casesKey = ['portal', 'cases'] as const;
const caseKey = (id: string) => ['portal', 'case', id] as const;

/** The signed-in customer; a 401 error means "show the sign-in form". */
export function usePortalMe() {
  return useQuery({ queryKey: meKey, queryFn: () => portalApi<PortalMe>('GET', `${BASE}/me`), retry: false, staleTime: 60_000 });
}

/** Asks for a magic link; the server answers 202 whether or not the address is known. */
export function useRequestLink() {
  return useMutation({ mutationFn: (email: string) => portalApi<{ sent: true }>('POST', `${BASE}/magic-link`, { email: email.trim(), locale: currentLang() }) });
}

/** Trades the link token for the session cookie. */
export function useStartSession() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (token: string) => portalApi<void>('POST', `${BASE}/session`, { token }),
    onSuccess: () => qc.resetQueries({ queryKey: ['portal'] }),
  });
}

export function useSignOut() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => portalApi<void>('DELETE', `${BASE}/session`),
    onSettled: () => qc.resetQueries({ queryKey: ['portal'] }),
  });
}

export function usePortalCases(enabled = true) {
  return useQuery({ queryKey: casesKey, queryFn: () => portalApi<{ items: PortalCase[] }>('GET', `${BASE}/cases`), enabled });
}

export function usePortalCase(id: string) {
  return useQuery({ queryKey: caseKey(id), queryFn: () => portalApi<PortalCase>('GET', `${BASE}/cases/${id}`) });
}

export function useCreateQuestion() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: { subject: string; body: string }) => portalApi<PortalCase>('POST', `${BASE}/cases`, body),
    onSuccess: () => qc.invalidateQueries({ queryKey: casesKey }),
  });
}

/** Sends a reply; the answer carries the updated conversation. */
export function useSendReply(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: { body: string; attachmentIds: string[] }) => portalApi<PortalCase>('POST', `${BASE}/cases/${id}/messages`, body),
    onSuccess: (c) => {
      qc.setQueryData(caseKey(id), c);
      void qc.invalidateQueries({ queryKey: casesKey });
    },
  });
}

/** Closes or reopens the case. */
export function useCaseAction(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (action: 'close' | 'reopen') => portalApi<PortalCase>('POST', `${BASE}/cases/${id}/${action}`),
    onSuccess: (c) => {
      qc.setQueryData<PortalCase>(caseKey(id), (old) => (old ? { ...old, ...c, messages: old.messages } : c));
      void qc.invalidateQueries({ queryKey: ['portal'] });
    },
  });
}

/** Uploads one file (multipart, field `file`) before the reply that carries it is sent. */
export async function uploadPortalAttachment(caseId: string, file: File): Promise<Attachment> {
  const form = new FormData();
  form.append('file', file, file.name);
  const res = await fetch(`${BASE}/cases/${caseId}/attachments`, { method: 'POST', credentials: 'same-origin', headers: { accept: 'application/json' }, body: form });
  const data: unknown = await res.json().catch(() => null);
  if (!res.ok) throw new ApiError({ ...((data && typeof data === 'object' ? data : {}) as Partial<Problem>), status: res.status });
  return data as Attachment;
}

/** Where the customer downloads an attachment of their case. */
export const attachmentUrl = (caseId: string, fileId: string) => `${BASE}/cases/${caseId}/attachments/${fileId}`;
