import type { ServerResponse } from 'node:http';
import pg from 'pg';
import type { Logger } from '../../kernel/logger.js';

export interface LiveEvent {
  type: 'case' | 'presence';
  data: Record<string, unknown>;
}
interface Viewer {
  userId: string;
  name: string;
  typing: boolean;
  until: number;
}

const PRESENCE_TTL_MS = 30_000;
const HEARTBEAT_MS = 20_000;

/**
 * Live updates for the agent app over Server-Sent Events. On PostgreSQL every change and presence ping goes
 * through LISTEN/NOTIFY, so users on any instance see changes made on any other; on SQLite (one instance) the
 * hub delivers directly.
 */
export function createLiveHub(opts: { databaseUrl: string | null; channel: string; log: Logger }) {
  const clients = new Set<ServerResponse>();
  const presence = new Map<string, Map<string, Viewer>>();
  let listener: pg.Client | null = null;
  let notifier: pg.Client | null = null;
  const timer = setInterval(() => {
    for (const c of clients) c.write(': ping\n\n');
    prune();
  }, HEARTBEAT_MS);
  timer.unref();

  function prune() {
    const now = Date.now();
    for (const [caseId, viewers] of presence) {
      let changed = false;
      for (const [id, v] of viewers)
        if (v.until < now) {
          viewers.delete(id);
          changed = true;
        }
      if (changed) deliver({ type: 'presence', data: { caseId, viewers: list(caseId) } });
    }
  }
  const list = (caseId: string) => [...(presence.get(caseId)?.values() ?? [])].map(({ userId, name, typing }) => ({ userId, name, typing }));

  function deliver(e: LiveEvent) {
    const frame = `event: ${e.type}\ndata: ${JSON.stringify(e.data)}\n\n`;
    for (const c of clients) c.write(frame);
  }

  function receive(e: LiveEvent) {
    if (e.type === 'presence' && typeof e.data.caseId === 'string') {
      const viewers = presence.get(e.data.caseId) ?? new Map<string, Viewer>();
      const v = e.data.viewer as Viewer & { leave?: boolean };
      if (v.leave) viewers.delete(v.userId);
      else viewers.set(v.userId, { ...v, until: Date.now() + PRESENCE_TTL_MS });
      presence.set(e.data.caseId, viewers);
      return deliver({ type: 'presence', data: { caseId: e.data.caseId, viewers: list(e.data.caseId) } });
    }
    deliver(e);
  }

  async function publish(e: LiveEvent) {
    if (!notifier) return receive(e);
    await notifier.query('select pg_notify($1, $2)', [opts.channel, JSON.stringify(e)]);
  }

  return {
    async start() {
      if (!opts.databaseUrl) return;
      listener = new pg.Client({ connectionString: opts.databaseUrl });
      notifier = new pg.Client({ connectionString: opts.databaseUrl });
      await Promise.all([listener.connect(), notifier.connect()]);
      listener.on('notification', (n) => {
        try {
          if (n.channel === opts.channel && n.payload) receive(JSON.parse(n.payload));
        } catch (err) {
          opts.log.warn({ err }, 'bad live notification');
        }
      });
      listener.on('error', (err) => opts.log.error({ err }, 'live listener failed'));
      await listener.query(`listen "${opts.channel.replace(/"/g, '')}"`);
    },
    async stop() {
      clearInterval(timer);
      for (const c of clients) c.end();
      clients.clear();
      await Promise.all([listener?.end(), notifier?.end()]);
    },
    publish,
    /** A case changed (created, updated, new message). */
    caseChanged: (caseId: string, number: string, kind: string) => publish({ type: 'case', data: { caseId, number, kind } }),
    /** A user looks at or types in a case; `leave` removes them. */
    presence: (caseId: string, viewer: { userId: string; name: string; typing: boolean; leave?: boolean }) =>
      publish({ type: 'presence', data: { caseId, viewer } }),
    viewers: list,
    /** Registers an open SSE response; returns a function that removes it. */
    attach(res: ServerResponse): () => void {
      res.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache, no-transform', connection: 'keep-alive', 'x-accel-buffering': 'no' });
      res.write('retry: 3000\n\n');
      clients.add(res);
      return () => clients.delete(res);
    },
    clientCount: () => clients.size,
  };
}

export type LiveHub = ReturnType<typeof createLiveHub>;
