import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inject } from 'vitest';
import { createLoyaal, type Loyaal } from '../src/app.js';
import { fixedClock } from '../src/kernel/clock.js';
import { type Config, type Dialect, loadConfig } from '../src/kernel/config.js';
import { createLogger } from '../src/kernel/logger.js';
import type { Mailer, OutgoingMail } from '../src/kernel/mailer.js';
import { PG_URL, pgAdmin } from './pg.js';

export const BASE_URL = 'http://localhost:3000';

/** The dialects this run covers: SQLite always, PostgreSQL when the global setup found it. */
export function dialects(): Dialect[] {
  return inject('postgres') ? ['sqlite', 'postgres'] : ['sqlite'];
}

/** A mailer that keeps what it was asked to send, for tests that read reset links. */
export function memoryMailer(): Mailer & { sent: OutgoingMail[] } {
  const sent: OutgoingMail[] = [];
  return { sent, configured: true, send: async (m) => void sent.push(m) };
}

export interface TestDb {
  config: Config;
  pgSchema?: string;
  drop(): Promise<void>;
}

/** A fresh, empty database: a temporary SQLite file, or a new PostgreSQL schema. */
export async function freshDb(dialect: Dialect): Promise<TestDb> {
  const dir = mkdtempSync(join(tmpdir(), 'loyaal-test-'));
  const base = { DATA_DIR: dir, BASE_URL, LOYAAL_SECRET: 'test-secret-test-secret-test-secret-0123', LOG_LEVEL: 'silent', NODE_ENV: 'test' };
  if (dialect === 'sqlite') {
    return { config: loadConfig(base), drop: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const schema = `t_${Math.random().toString(36).slice(2, 10)}`;
  await pgAdmin((c) => c.query(`create schema ${schema}`));
  return {
    config: loadConfig({ ...base, DATABASE_URL: PG_URL }),
    pgSchema: schema,
    drop: async () => {
      await pgAdmin((c) => c.query(`drop schema if exists ${schema} cascade; drop schema if exists ${schema}_jobs cascade`));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface TestApp {
  loyaal: Loyaal;
  mailer: ReturnType<typeof memoryMailer>;
  clock: ReturnType<typeof fixedClock>;
  close(): Promise<void>;
}

/** A complete Loyaal on a fresh database, with a controllable clock and a memory mailer. */
export async function startTestApp(dialect: Dialect, opts: { startJobs?: boolean; db?: TestDb; mailer?: Mailer } = {}): Promise<TestApp> {
  const db = opts.db ?? (await freshDb(dialect));
  const mailer = memoryMailer();
  const clock = fixedClock(new Date());
  const loyaal = await createLoyaal({
    config: db.config,
    logger: createLogger(process.env.TEST_LOG ?? 'silent'),
    clock,
    pgSchema: db.pgSchema,
    mailer: opts.mailer ?? mailer,
    startJobs: opts.startJobs,
    rateLimitPerMinute: 100_000,
    importMaxBytes: 1024 * 1024,
  });
  return {
    loyaal,
    mailer,
    clock,
    async close() {
      await loyaal.close();
      if (!opts.db) await db.drop();
    },
  };
}
