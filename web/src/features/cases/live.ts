/**
 * Live updates from `GET /api/v1/cases/stream` (Server-Sent Events, cookie auth): one shared EventSource while
 * any screen listens. `case` events refresh the cached lists and the case; `presence` events say who else has
 * a case open. Presence of this browser is reported with `POST/DELETE /api/v1/cases/:id/presence`.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useSyncExternalStore } from 'react';
import type { Viewer } from './types';

/** Data of a `case` event: which case changed and how. */
export interface CaseChange {
  caseId: string;
  number: string;
  kind: string;
}

const NO_VIEWERS: Viewer[] = [];
const caseListeners = new Set<(e: CaseChange) => void>();
const presenceListeners = new Set<() => void>();
const viewers = new Map<string, Viewer[]>();
let source: EventSource | null = null;
let users = 0;

function parse<T>(data: string): T | null {
  try {
    return JSON.parse(data) as T;
  } catch {
    return null;
  }
}

function open(): void {
  users += 1;
  if (source || typeof EventSource === 'undefined') return;
  source = new EventSource('/api/v1/cases/stream', { withCredentials: true });
  source.addEventListener('case', (ev) => {
    const change = parse<CaseChange>((ev as MessageEvent<string>).data);
    if (change) for (const l of caseListeners) l(change);
  });
  source.addEventListener('presence', (ev) => setViewers(parse<Presence>((ev as MessageEvent<string>).data)));
}

interface Presence {
  caseId: string;
  viewers: Viewer[];
}

function setViewers(p: Presence | null): void {
  if (!p?.caseId) return;
  viewers.set(p.caseId, Array.isArray(p.viewers) ? p.viewers : NO_VIEWERS);
  for (const l of presenceListeners) l();
}

function close(): void {
  users -= 1;
  if (users > 0 || !source) return;
  source.close();
  source = null;
  viewers.clear();
}

/** Keeps the stream open while mounted and refreshes cached cases when they change (lists at most every 2 s). */
export function useLiveCases(): void {
  const qc = useQueryClient();
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onCase = (e: CaseChange) => {
      void qc.invalidateQueries({ queryKey: ['case', e.caseId] });
      timer ??= setTimeout(() => {
        timer = undefined;
        void qc.invalidateQueries({ queryKey: ['cases'] });
      }, 2000);
    };
    caseListeners.add(onCase);
    open();
    return () => {
      caseListeners.delete(onCase);
      clearTimeout(timer);
      close();
    };
  }, [qc]);
}

/** The other people who have case `caseId` open right now. */
export function useViewers(caseId: string, myId: string | undefined): Viewer[] {
  const subscribe = useCallback((fn: () => void) => {
    presenceListeners.add(fn);
    return () => void presenceListeners.delete(fn);
  }, []);
  const all = useSyncExternalStore(subscribe, () => viewers.get(caseId) ?? NO_VIEWERS);
  return all.filter((v) => v.userId !== myId);
}

const HEARTBEAT_MS = 10_000;
const TYPING_IDLE_MS = 4_000;

/** Reports this user's presence; the answer lists everybody on the case, so the notice is right at once. */
function report(caseId: string, typing: boolean): void {
  fetch(`/api/v1/cases/${caseId}/presence`, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ typing }),
  })
    .then((res) => (res.ok ? (res.json() as Promise<Presence>) : null))
    .then(setViewers)
    .catch(() => undefined);
}

/** Reports that this page has the case open (every 10 s, and when leaving); returns `typed()` for the editor. */
export function usePresence(caseId: string): () => void {
  const typing = useRef(false);
  const idle = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => {
    typing.current = false;
    report(caseId, false);
    const beat = setInterval(() => report(caseId, typing.current), HEARTBEAT_MS);
    const leave = () => void fetch(`/api/v1/cases/${caseId}/presence`, { method: 'DELETE', credentials: 'same-origin', keepalive: true }).catch(() => undefined);
    window.addEventListener('pagehide', leave);
    return () => {
      clearInterval(beat);
      clearTimeout(idle.current);
      window.removeEventListener('pagehide', leave);
      leave();
    };
  }, [caseId]);
  return useCallback(() => {
    if (!typing.current) {
      typing.current = true;
      report(caseId, true);
    }
    clearTimeout(idle.current);
    idle.current = setTimeout(() => {
      typing.current = false;
      report(caseId, false);
    }, TYPING_IDLE_MS);
  }, [caseId]);
}
