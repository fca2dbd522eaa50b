import PgBoss from 'pg-boss';
import type { Logger } from '../logger.js';
import { type JobHandler, type Jobs, type SendOptions, Ticker } from './jobs.js';

/** The PostgreSQL runner: pg-boss queues in their own schema, shared by every instance. */
export class PgBossJobs implements Jobs {
  private readonly boss: PgBoss;
  private readonly handlers = new Map<string, JobHandler<object>>();
  private readonly ticker: Ticker;

  constructor(
    connectionString: string,
    schema: string,
    log: Logger,
  ) {
    this.boss = new PgBoss({ connectionString, schema, max: 4, supervise: true, schedule: false });
    this.boss.on('error', (err) => log.error({ err }, 'pg-boss error'));
    this.ticker = new Ticker((name, err) => log.error({ err, task: name }, 'periodic task failed'));
  }

  async send<T extends object>(queue: string, data: T, opts: SendOptions = {}): Promise<void> {
    await this.boss.send(queue, data, {
      retryLimit: opts.retryLimit ?? 5,
      retryBackoff: true,
      retryDelay: 1,
      ...(opts.singletonKey ? { singletonKey: opts.singletonKey } : {}),
    });
  }

  work<T extends object>(queue: string, handler: JobHandler<T>): void {
    this.handlers.set(queue, handler as JobHandler<object>);
  }

  every(name: string, intervalMs: number, task: () => Promise<unknown>): void {
    this.ticker.add(name, intervalMs, task);
  }

  async start(): Promise<void> {
    await this.boss.start();
    for (const [queue, handler] of this.handlers) {
      await this.boss.createQueue(queue);
      await this.boss.work<object>(queue, { pollingIntervalSeconds: 0.5 }, async (jobs) => {
        for (const job of jobs) await handler(job.data);
      });
    }
    this.ticker.start();
  }

  async stop(): Promise<void> {
    this.ticker.stop();
    await this.boss.stop({ graceful: true, wait: true, timeout: 10_000 });
  }
}
