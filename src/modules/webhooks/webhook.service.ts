import type { Kysely } from 'kysely';
import type { Clock } from '../../kernel/clock.js';
import { ConfigError, type Dialect } from '../../kernel/config.js';
import type { Actor } from '../../kernel/context.js';
import type { DbExecutor } from '../../kernel/db/types.js';
import { AppError, found } from '../../kernel/errors.js';
import type { EventBus } from '../../kernel/events/bus.js';
import { newId, newToken } from '../../kernel/ids.js';
import type { Logger } from '../../kernel/logger.js';
import { offsetOf, type Page, type PageQuery } from '../../kernel/pagination.js';
import type { AuditService, AuditTables } from '../audit/index.js';
import { checkTarget, parseCidr, type Resolver, TargetRefused } from './ssrf.js';
import { webhookRepo } from './webhook.repo.js';
import {
  type CreateWebhookBody,
  type Delivery,
  type UpdateWebhookBody,
  WEBHOOK_EVENTS,
  type Webhook,
  type WebhookWithSecret,
} from './webhook.schema.js';
import { createWebhookSender } from './webhook.sender.js';
import type { DeliveryRow, WebhookRow, WebhooksTables } from './webhook.table.js';

type DB = WebhooksTables & AuditTables;

export interface WebhookServiceDeps {
  db: Kysely<DB>;
  dialect: Dialect;
  clock: Clock;
  audit: AuditService;
  /** Private ranges (CIDR) that webhooks may call anyway, for receivers inside the operator's network. */
  allowPrivateCidrs?: readonly string[];
  resolve?: Resolver;
  log?: Logger;
  timeoutMs?: number;
}

export type WebhookService = ReturnType<typeof createWebhookService>;

function toWebhook(r: WebhookRow): Webhook {
  const { secret: _secret, ...rest } = r;
  return { ...rest, active: Boolean(r.active), events: JSON.parse(r.events) };
}

function toDelivery(r: DeliveryRow): Delivery {
  const { body: _body, ...rest } = r;
  return { ...rest, nextAttemptAt: r.status === 'pending' ? r.nextAttemptAt : null };
}

const stale = () => new AppError('version_conflict', { detail: 'The webhook was changed by someone else; reload it.' });

/** Outgoing webhooks: administrators register URLs; subscribed events are signed and POSTed to them. */
export function createWebhookService(deps: WebhookServiceDeps) {
  const { db, clock, audit } = deps;
  const allow = (deps.allowPrivateCidrs ?? []).map((c) => {
    try {
      return parseCidr(c);
    } catch {
      throw new ConfigError('WEBHOOK_ALLOW_PRIVATE_CIDRS', `has an invalid address range ${JSON.stringify(c)}`);
    }
  });
  const sender = createWebhookSender({ db, dialect: deps.dialect, clock, allow, resolve: deps.resolve, log: deps.log, timeoutMs: deps.timeoutMs });

  async function checkedUrl(raw: string): Promise<string> {
    try {
      return (await checkTarget(raw, { allow, resolve: deps.resolve })).url.href;
    } catch (err) {
      if (!(err instanceof TargetRefused)) throw err;
      throw new AppError('validation', {
        subcode: 'webhook.target_refused',
        detail: `This webhook URL is refused: ${err.message}`,
        errors: [{ path: 'body.url', message: err.message, code: 'custom' }],
      });
    }
  }

  const load = async (exec: DbExecutor<DB>, id: string) => found(await webhookRepo.findById(exec, id), 'Webhook');

  return {
    listWebhooks: async (): Promise<Webhook[]> => (await webhookRepo.findAll(db)).map(toWebhook),
    getWebhook: async (id: string): Promise<Webhook> => toWebhook(await load(db, id)),

    async createWebhook(actor: Actor, body: CreateWebhookBody): Promise<WebhookWithSecret> {
      const url = await checkedUrl(body.url);
      return db.transaction().execute(async (trx) => {
        const now = clock.now().toISOString();
        // Kept as given, not hashed: signing each delivery needs the secret itself (an HMAC key), not a digest.
        const row: WebhookRow = {
          id: newId(),
          url,
          description: body.description,
          events: JSON.stringify(body.events),
          active: body.active,
          secret: `whsec_${newToken()}`,
          version: 1,
          createdAt: now,
          updatedAt: now,
        };
        await webhookRepo.insert(trx, row);
        const webhook = toWebhook(row);
        await audit.record(trx, actor, { action: 'webhook.created', entityType: 'webhook', entityId: row.id, after: webhook });
        return { ...webhook, secret: row.secret };
      });
    },

    async updateWebhook(actor: Actor, id: string, body: UpdateWebhookBody): Promise<Webhook> {
      const url = body.url === undefined ? undefined : await checkedUrl(body.url);
      return db.transaction().execute(async (trx) => {
        const before = toWebhook(await load(trx, id));
        const { version, events, ...fields } = body;
        const patch = { ...fields, ...(url ? { url } : {}), ...(events ? { events: JSON.stringify(events) } : {}), updatedAt: clock.now().toISOString() };
        if (!(await webhookRepo.updateVersioned(trx, id, version, patch))) throw stale();
        const after = toWebhook(await load(trx, id));
        await audit.record(trx, actor, { action: 'webhook.updated', entityType: 'webhook', entityId: id, before, after });
        return after;
      });
    },

    async deleteWebhook(actor: Actor, id: string, version: number): Promise<void> {
      await db.transaction().execute(async (trx) => {
        const before = toWebhook(await load(trx, id));
        if (!(await webhookRepo.deleteVersioned(trx, id, version))) throw stale();
        await audit.record(trx, actor, { action: 'webhook.deleted', entityType: 'webhook', entityId: id, before });
      });
    },

    async listDeliveries(id: string, q: PageQuery): Promise<Page<Delivery>> {
      await load(db, id);
      const { items, total } = await webhookRepo.findPage(db, id, offsetOf(q), q.pageSize);
      return { items: items.map(toDelivery), total, page: q.page, pageSize: q.pageSize };
    },

    /** Queues a delivery again from its first attempt, with the same body and event id. */
    async redeliver(actor: Actor, id: string, deliveryId: string): Promise<Delivery> {
      return db.transaction().execute(async (trx) => {
        found(await webhookRepo.findDelivery(trx, id, deliveryId), 'Delivery');
        await webhookRepo.requeue(trx, deliveryId, clock.now().toISOString());
        await audit.record(trx, actor, { action: 'webhook.redelivered', entityType: 'webhook', entityId: id, after: { deliveryId } });
        return toDelivery(found(await webhookRepo.findDelivery(trx, id, deliveryId), 'Delivery'));
      });
    },

    enqueue: sender.enqueue,
    deliverDue: sender.deliverDue,

    /** Subscribes to every event a webhook can receive. */
    listen(bus: EventBus): void {
      for (const topic of WEBHOOK_EVENTS) bus.on(topic, (payload, meta) => sender.enqueue(topic, payload, meta).then(() => undefined));
    },
  };
}
