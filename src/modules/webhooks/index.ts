export { SIGNATURE_HEADER, signPayload, verifySignature } from './signature.js';
export { webhookRoutes } from './webhook.routes.js';
export { type Delivery, WEBHOOK_EVENTS, type Webhook, type WebhookEnvelope, type WebhookEvent } from './webhook.schema.js';
export { createWebhookService, type WebhookService, type WebhookServiceDeps } from './webhook.service.js';
export type { WebhooksTables } from './webhook.table.js';
