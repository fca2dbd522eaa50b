import { actorOf } from '../../kernel/context.js';
import type { App } from '../../kernel/http/build-app.js';
import { PageQuery } from '../../kernel/pagination.js';
import {
  CreateWebhookBody,
  DeleteWebhookQuery,
  Delivery,
  DeliveryPage,
  DeliveryParams,
  UpdateWebhookBody,
  Webhook,
  WebhookList,
  WebhookParams,
  WebhookWithSecret,
} from './webhook.schema.js';
import type { WebhookService } from './webhook.service.js';

const admin = { roles: ['admin'] as const, scope: 'webhooks' };

/** Administration of outgoing webhooks and their delivery log. */
export function webhookRoutes(app: App, webhooks: WebhookService): void {
  const tags = ['webhooks'];
  const config = { access: admin };
  app.get('/api/v1/webhooks', { config, schema: { tags, response: { 200: WebhookList } } }, async () => ({
    items: await webhooks.listWebhooks(),
  }));
  app.post(
    '/api/v1/webhooks',
    { config, schema: { tags, body: CreateWebhookBody, response: { 201: WebhookWithSecret } } },
    async (req, reply) => reply.status(201).send(await webhooks.createWebhook(actorOf(req), req.body)),
  );
  app.get('/api/v1/webhooks/:id', { config, schema: { tags, params: WebhookParams, response: { 200: Webhook } } }, async (req) =>
    webhooks.getWebhook(req.params.id),
  );
  app.patch(
    '/api/v1/webhooks/:id',
    { config, schema: { tags, params: WebhookParams, body: UpdateWebhookBody, response: { 200: Webhook } } },
    async (req) => webhooks.updateWebhook(actorOf(req), req.params.id, req.body),
  );
  app.delete(
    '/api/v1/webhooks/:id',
    { config, schema: { tags, params: WebhookParams, querystring: DeleteWebhookQuery } },
    async (req, reply) => {
      await webhooks.deleteWebhook(actorOf(req), req.params.id, req.query.version);
      return reply.status(204).send();
    },
  );
  app.get(
    '/api/v1/webhooks/:id/deliveries',
    { config, schema: { tags, params: WebhookParams, querystring: PageQuery, response: { 200: DeliveryPage } } },
    async (req) => webhooks.listDeliveries(req.params.id, req.query),
  );
  app.post(
    '/api/v1/webhooks/:id/deliveries/:deliveryId/redeliver',
    { config, schema: { tags, params: DeliveryParams, response: { 202: Delivery } } },
    async (req, reply) => reply.status(202).send(await webhooks.redeliver(actorOf(req), req.params.id, req.params.deliveryId)),
  );
}
