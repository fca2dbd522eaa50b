import { z } from 'zod';
import { pageOf } from '../../kernel/pagination.js';

/** The events a webhook can subscribe to. */
export const WEBHOOK_EVENTS = ['case.created', 'case.updated', 'case.resolved', 'message.created', 'rating.received'] as const;
export const WebhookEvent = z.enum(WEBHOOK_EVENTS);
export type WebhookEvent = z.infer<typeof WebhookEvent>;

export const Webhook = z.object({
  id: z.string(),
  url: z.string(),
  description: z.string(),
  events: z.array(WebhookEvent),
  active: z.boolean(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Webhook = z.infer<typeof Webhook>;

/** The create response: the only time the signing secret is shown. */
export const WebhookWithSecret = Webhook.extend({ secret: z.string() });
export type WebhookWithSecret = z.infer<typeof WebhookWithSecret>;

const url = z.string().trim().min(1).max(2048);
const events = z
  .array(WebhookEvent)
  .min(1)
  .refine((e) => new Set(e).size === e.length, 'an event is listed twice');

export const CreateWebhookBody = z.strictObject({
  url,
  description: z.string().trim().max(500).default(''),
  events,
  active: z.boolean().default(true),
});
export type CreateWebhookBody = z.infer<typeof CreateWebhookBody>;

export const UpdateWebhookBody = z.strictObject({
  version: z.number().int().min(1),
  url: url.optional(),
  description: z.string().trim().max(500).optional(),
  events: events.optional(),
  active: z.boolean().optional(),
});
export type UpdateWebhookBody = z.infer<typeof UpdateWebhookBody>;

export const DeleteWebhookQuery = z.strictObject({ version: z.coerce.number().int().min(1) });
export const WebhookParams = z.strictObject({ id: z.uuid() });
export const DeliveryParams = z.strictObject({ id: z.uuid(), deliveryId: z.uuid() });
export const WebhookList = z.object({ items: z.array(Webhook) });

export const Delivery = z.object({
  id: z.string(),
  webhookId: z.string(),
  eventId: z.string(),
  eventType: z.string(),
  status: z.enum(['pending', 'delivered', 'failed']),
  attempts: z.number().int(),
  responseStatus: z.number().int().nullable(),
  /** The start of the receiver's answer (at most 4 kB). */
  responseBody: z.string().nullable(),
  error: z.string().nullable(),
  createdAt: z.string(),
  lastAttemptAt: z.string().nullable(),
  /** When the next attempt is due; null once delivered or given up on. */
  nextAttemptAt: z.string().nullable(),
  deliveredAt: z.string().nullable(),
});
export type Delivery = z.infer<typeof Delivery>;
export const DeliveryPage = pageOf(Delivery);

/** The JSON body of every webhook request. */
export interface WebhookEnvelope {
  /** The event id: the same on every attempt and redelivery, so receivers can drop duplicates. */
  id: string;
  type: WebhookEvent;
  createdAt: string;
  data: unknown;
}
