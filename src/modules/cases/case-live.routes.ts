import { z } from 'zod';
import type { App } from '../../kernel/http/build-app.js';
import type { LiveHub } from './case.live.js';

const read = { roles: ['admin', 'manager', 'agent', 'planner', 'technician'] as const, scope: 'cases' };
const Presence = z.object({ caseId: z.string(), viewers: z.array(z.object({ userId: z.string(), name: z.string(), typing: z.boolean() })) });

/** The live stream of case changes and who is looking at or typing in which case. */
export function caseLiveRoutes(app: App, hub: LiveHub): void {
  const tags = ['cases'];
  app.get('/api/v1/cases/stream', { config: { access: read }, schema: { tags, description: 'Server-Sent Events: `case` and `presence`.' } }, async (req, reply) => {
    reply.hijack();
    const detach = hub.attach(reply.raw);
    req.raw.on('close', detach);
  });
  app.post(
    '/api/v1/cases/:id/presence',
    { config: { access: read }, schema: { tags, params: z.strictObject({ id: z.uuid() }), body: z.strictObject({ typing: z.boolean().default(false) }), response: { 200: Presence } } },
    async (req) => {
      const me = req.principal as { userId: string; name: string };
      await hub.presence(req.params.id, { userId: me.userId, name: me.name, typing: req.body.typing });
      return { caseId: req.params.id, viewers: hub.viewers(req.params.id) };
    },
  );
  app.delete('/api/v1/cases/:id/presence', { config: { access: read }, schema: { tags, params: z.strictObject({ id: z.uuid() }) } }, async (req, reply) => {
    const me = req.principal as { userId: string; name: string };
    await hub.presence(req.params.id, { userId: me.userId, name: me.name, typing: false, leave: true });
    return reply.status(204).send();
  });
}
