import type { Kysely } from 'kysely';
import type { Clock } from '../clock.js';
import type { Dialect } from '../config.js';
import type { DbExecutor, KernelTables } from '../db/types.js';
import { newId } from '../ids.js';
import type { Logger } from '../logger.js';
import { outboxRepo } from './outbox.repo.js';

/**
 * The events of the whole application, by topic. Modules add theirs with declaration merging:
 * `declare module '../../kernel/events/bus.js' { interface EventMap { 'user.created': { userId: string } } }`.
 */
// biome-ignore lint/suspicious/noEmptyInterface: filled by declaration merging in the modules
export interface EventMap {}

export type Topic = keyof EventMap & string;

export interface EventMeta {
  /** The outbox row id: the idempotency key for at-least-once delivery. */
  eventId: string;
  attempt: number;
}

type Handler<T extends Topic> = (payload: EventMap[T], meta: EventMeta) => Promise<void>;

const MAX_ATTEMPTS = 8;
const LEASE_MS = 60_000;

/**
 * A typed event bus over a transactional outbox. `emit` writes the event in the caller's transaction, so it
 * exists exactly when the change that caused it was committed; `dispatch` delivers it afterwards, at least once,
 * with exponential back-off, to every subscriber of its topic.
 */
export class EventBus {
  private readonly handlers = new Map<string, Handler<Topic>[]>();

  constructor(
    private readonly db: Kysely<KernelTables>,
    private readonly dialect: Dialect,
    private readonly clock: Clock,
    private readonly log: Logger,
  ) {}

  /** Records an event inside `trx`; it is delivered after commit. */
  async emit<T extends Topic>(trx: DbExecutor<KernelTables>, topic: T, payload: EventMap[T]): Promise<string> {
    const now = this.clock.now().toISOString();
    const id = newId();
    await outboxRepo.insert(trx, {
      id,
      topic,
      payload: JSON.stringify(payload, keepBytes),
      createdAt: now,
      availableAt: now,
      attempts: 0,
      lastError: null,
      dispatchedAt: null,
      failedAt: null,
    });
    return id;
  }

  on<T extends Topic>(topic: T, handler: Handler<T>): void {
    const list = this.handlers.get(topic) ?? [];
    list.push(handler as unknown as Handler<Topic>);
    this.handlers.set(topic, list);
  }

  /** Delivers due events; returns how many were handled. Safe to run on several instances at once. */
  async dispatch(limit = 50): Promise<number> {
    const now = this.clock.now();
    const rows = await outboxRepo.claimDue(
      this.db,
      this.dialect,
      now.toISOString(),
      new Date(now.getTime() + LEASE_MS).toISOString(),
      limit,
    );
    for (const row of rows) {
      const handlers = this.handlers.get(row.topic) ?? [];
      try {
        const payload = JSON.parse(row.payload, reviveBytes);
        for (const h of handlers) await h(payload as never, { eventId: row.id, attempt: row.attempts });
        await outboxRepo.markDispatched(this.db, row.id, this.clock.now().toISOString());
      } catch (err) {
        const message = err instanceof Error ? err.message : String(err);
        const at = this.clock.now();
        if (row.attempts >= MAX_ATTEMPTS) {
          this.log.error({ err, eventId: row.id, topic: row.topic }, 'event delivery failed for good');
          await outboxRepo.markFailed(this.db, row.id, at.toISOString(), message);
        } else {
          const backoff = Math.min(2 ** row.attempts * 1000, 3_600_000);
          this.log.warn({ err, eventId: row.id, topic: row.topic, attempt: row.attempts }, 'event delivery failed');
          await outboxRepo.markRetry(this.db, row.id, new Date(at.getTime() + backoff).toISOString(), message);
        }
      }
    }
    return rows.length;
  }

  /** Events not yet delivered (and not given up on). */
  backlog(): Promise<number> {
    return outboxRepo.backlog(this.db);
  }
}

/**
 * Bytes in an event (a PDF attached to a mail) are stored as base64 and come back as a Buffer, instead of
 * JSON's `{type: 'Buffer', data: [...]}` that no handler could use.
 */
function keepBytes(this: Record<string, unknown>, key: string, value: unknown): unknown {
  const raw = this[key];
  return raw instanceof Uint8Array ? { $base64: Buffer.from(raw).toString('base64') } : value;
}

function reviveBytes(_key: string, value: unknown): unknown {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const v = value as Record<string, unknown>;
    if (typeof v.$base64 === 'string' && Object.keys(v).length === 1) return Buffer.from(v.$base64, 'base64');
  }
  return value;
}
