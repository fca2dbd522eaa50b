/** Kysely tables of the webhooks module. */
export interface WebhooksTables {
  webhooks: {
    id: string;
    url: string;
    description: string;
    /** JSON array of event names. */
    events: string;
    active: boolean | number;
    secret: string;
    version: number;
    createdAt: string;
    updatedAt: string;
  };
  webhookDeliveries: {
    id: string;
    webhookId: string;
    eventId: string;
    eventType: string;
    /** The exact JSON body sent, so retries and redeliveries carry the same bytes. */
    body: string;
    status: DeliveryStatus;
    attempts: number;
    /** When the next attempt is due; while an attempt runs, the end of its lease. */
    nextAttemptAt: string;
    lastAttemptAt: string | null;
    responseStatus: number | null;
    responseBody: string | null;
    error: string | null;
    createdAt: string;
    deliveredAt: string | null;
  };
}

/** Where a delivery stands: waiting for (another) attempt, accepted by the receiver, or given up on. */
export type DeliveryStatus = 'pending' | 'delivered' | 'failed';

export type WebhookRow = WebhooksTables['webhooks'];
export type DeliveryRow = WebhooksTables['webhookDeliveries'];
