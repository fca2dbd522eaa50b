/** Options for a queued job. */
export interface SendOptions {
  /** How often to retry after a failure (default 5), with exponential back-off. */
  retryLimit?: number;
  /** A key that makes a second send with the same key a no-op while the first is pending. */
  singletonKey?: string;
}

export type JobHandler<T> = (data: T) => Promise<void>;

/**
 * Background work behind one interface: pg-boss on PostgreSQL (durable, shared by all instances), an in-process
 * runner on SQLite (one instance by design). Durable side effects go through the event outbox instead; `send`
 * is for work that may be lost with a crash on SQLite and retried by whoever asked.
 */
export interface Jobs {
  /** Queues one job. */
  send<T extends object>(queue: string, data: T, opts?: SendOptions): Promise<void>;
  /** Handles a queue's jobs. Register before `start`. */
  work<T extends object>(queue: string, handler: JobHandler<T>): void;
  /**
   * Runs `task` every `intervalMs` on this instance, never overlapping itself. The task must be safe to run on
   * several instances at once (for example by claiming rows with `SKIP LOCKED`).
   */
  every(name: string, intervalMs: number, task: () => Promise<unknown>): void;
  start(): Promise<void>;
  stop(): Promise<void>;
}

/** The periodic part shared by both runners: a self-rescheduling, non-overlapping timer per task. */
export class Ticker {
  private readonly tasks: { name: string; ms: number; run: () => Promise<unknown>; timer?: NodeJS.Timeout }[] = [];
  private running = false;

  constructor(private readonly onError: (name: string, err: unknown) => void) {}

  add(name: string, ms: number, run: () => Promise<unknown>): void {
    this.tasks.push({ name, ms, run });
  }

  start(): void {
    this.running = true;
    for (const t of this.tasks) this.schedule(t);
  }

  stop(): void {
    this.running = false;
    for (const t of this.tasks) clearTimeout(t.timer);
  }

  private schedule(t: (typeof this.tasks)[number]): void {
    if (!this.running) return;
    t.timer = setTimeout(async () => {
      try {
        await t.run();
      } catch (err) {
        this.onError(t.name, err);
      }
      this.schedule(t);
    }, t.ms);
    t.timer.unref();
  }
}
