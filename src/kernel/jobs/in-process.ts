import type { Logger } from '../logger.js';
import { type JobHandler, type Jobs, type SendOptions, Ticker } from './jobs.js';

interface Pending {
  queue: string;
  data: object;
  attempt: number;
  retryLimit: number;
  singletonKey?: string;
}

/** The SQLite runner: jobs run in this process, one at a time per queue, with retries and back-off. */
export class InProcessJobs implements Jobs {
  private readonly handlers = new Map<string, JobHandler<object>>();
  private readonly ticker: Ticker;
  private readonly singletons = new Set<string>();
  private readonly inFlight = new Set<Promise<void>>();
  private started = false;

  constructor(private readonly log: Logger) {
    this.ticker = new Ticker((name, err) => log.error({ err, task: name }, 'periodic task failed'));
  }

  async send<T extends object>(queue: string, data: T, opts: SendOptions = {}): Promise<void> {
    if (opts.singletonKey) {
      const key = `${queue}:${opts.singletonKey}`;
      if (this.singletons.has(key)) return;
      this.singletons.add(key);
    }
    this.run({ queue, data, attempt: 1, retryLimit: opts.retryLimit ?? 5, singletonKey: opts.singletonKey });
  }

  work<T extends object>(queue: string, handler: JobHandler<T>): void {
    this.handlers.set(queue, handler as JobHandler<object>);
  }

  every(name: string, intervalMs: number, task: () => Promise<unknown>): void {
    this.ticker.add(name, intervalMs, task);
  }

  async start(): Promise<void> {
    this.started = true;
    this.ticker.start();
  }

  async stop(): Promise<void> {
    this.started = false;
    this.ticker.stop();
    await Promise.allSettled([...this.inFlight]);
  }

  private run(job: Pending): void {
    const handler = this.handlers.get(job.queue);
    if (!handler) {
      this.log.error({ queue: job.queue }, 'no worker for queue; job dropped');
      return;
    }
    const p = (async () => {
      try {
        await handler(job.data);
        if (job.singletonKey) this.singletons.delete(`${job.queue}:${job.singletonKey}`);
      } catch (err) {
        if (job.attempt > job.retryLimit || !this.started) {
          this.log.error({ err, queue: job.queue }, 'job failed for good');
          if (job.singletonKey) this.singletons.delete(`${job.queue}:${job.singletonKey}`);
          return;
        }
        const delay = Math.min(2 ** job.attempt * 500, 60_000);
        setTimeout(() => this.run({ ...job, attempt: job.attempt + 1 }), delay).unref();
      }
    })();
    this.inFlight.add(p);
    void p.finally(() => this.inFlight.delete(p));
  }
}
