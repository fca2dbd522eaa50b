import type { Kysely } from 'kysely';
import type { Clock } from '../../kernel/clock.js';
import type { Dialect } from '../../kernel/config.js';
import type { EventMeta } from '../../kernel/events/bus.js';
import { newId } from '../../kernel/ids.js';
import type { Logger } from '../../kernel/logger.js';
import { DELIVERY_TIMEOUT_MS, postWebhook, retryDelay } from './delivery.js';
import { signPayload } from './signature.js';
import type { Cidr, Resolver } from './ssrf.js';
import { webhookRepo } from './webhook.repo.js';
import type { WebhookEnvelope, WebhookEvent } from './webhook.schema.js';
import type { DeliveryRow, WebhookRow, WebhooksTables } from './webhook.table.js';

/** Longer than an attempt can take, so a lease only runs out when its instance died mid-attempt. */
const LEASE_MS = DELIVERY_TIMEOUT_MS * 6;

export interface SenderDeps {
  db: Kysely<WebhooksTables>;
  dialect: Dialect;
  clock: Clock;
  allow: readonly Cidr[];
  resolve?: Resolver;
  log?: Logger;
  timeoutMs?: number;
}

/** Whether a stored webhook listens to `topic`. */
export function subscribes(row: WebhookRow, topic: string): boolean {
  return Boolean(row.active) && (JSON.parse(row.events) as string[]).includes(topic);
}

/** Turns events into delivery rows and sends due deliveries, with retries, on any number of instances. */
export function createWebhookSender(deps: SenderDeps) {
  const { db, clock } = deps;

  async function attempt(row: DeliveryRow, hook: WebhookRow | undefined): Promise<void> {
    if (!hook?.active) {
      const error = hook ? 'The webhook is inactive.' : 'The webhook no longer exists.';
      await webhookRepo.finishAttempt(db, row.id, row.attempts, { status: 'failed', error, nextAttemptAt: clock.now().toISOString() });
      return;
    }
    const headers = {
      'content-type': 'application/json',
      'user-agent': 'Loyaal-Webhooks/1',
      'x-loyaal-event': row.eventType,
      'x-loyaal-delivery': row.id,
      'x-loyaal-signature': signPayload(hook.secret, row.body, clock.now()),
    };
    const out = await postWebhook(hook.url, row.body, headers, { allow: deps.allow, resolve: deps.resolve, timeoutMs: deps.timeoutMs });
    const now = clock.now();
    const result = { responseStatus: out.status, responseBody: out.body, error: out.error };
    if (out.ok) {
      await webhookRepo.finishAttempt(db, row.id, row.attempts, { ...result, status: 'delivered', deliveredAt: now.toISOString(), nextAttemptAt: now.toISOString() });
      return;
    }
    const delay = retryDelay(row.attempts);
    deps.log?.warn({ deliveryId: row.id, webhookId: hook.id, attempt: row.attempts, error: out.error }, 'webhook delivery failed');
    await webhookRepo.finishAttempt(db, row.id, row.attempts, {
      ...result,
      status: delay === null ? 'failed' : 'pending',
      nextAttemptAt: new Date(now.getTime() + (delay ?? 0)).toISOString(),
    });
  }

  return {
    /** Adds one delivery per active webhook subscribed to `topic`; safe to call twice for the same event. */
    async enqueue(topic: WebhookEvent, payload: unknown, meta: EventMeta): Promise<number> {
      const hooks = (await webhookRepo.findActive(db)).filter((h) => subscribes(h, topic));
      if (hooks.length === 0) return 0;
      const now = clock.now().toISOString();
      const at = (payload as { at?: unknown })?.at;
      const envelope: WebhookEnvelope = { id: meta.eventId, type: topic, createdAt: typeof at === 'string' ? at : now, data: payload };
      const body = JSON.stringify(envelope);
      await webhookRepo.insertDeliveries(
        db,
        hooks.map((h) => ({
          id: newId(),
          webhookId: h.id,
          eventId: meta.eventId,
          eventType: topic,
          body,
          status: 'pending' as const,
          attempts: 0,
          nextAttemptAt: now,
          lastAttemptAt: null,
          responseStatus: null,
          responseBody: null,
          error: null,
          createdAt: now,
          deliveredAt: null,
        })),
      );
      return hooks.length;
    },

    /** Sends up to `limit` due deliveries at once; returns how many it took. The periodic job calls this. */
    async deliverDue(limit = 20): Promise<number> {
      const now = clock.now();
      const rows = await webhookRepo.claimDue(db, deps.dialect, now.toISOString(), new Date(now.getTime() + LEASE_MS).toISOString(), limit);
      if (rows.length === 0) return 0;
      const hooks = new Map((await webhookRepo.findByIds(db, [...new Set(rows.map((r) => r.webhookId))])).map((h) => [h.id, h]));
      await Promise.all(
        rows.map((r) =>
          attempt(r, hooks.get(r.webhookId)).catch((err) => deps.log?.error({ err, deliveryId: r.id }, 'webhook delivery crashed')),
        ),
      );
      return rows.length;
    },
  };
}
