import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { z } from 'zod';

const LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const bool = z
  .enum(['1', '0', 'true', 'false', 'yes', 'no', 'on', 'off'])
  .transform((v) => ['1', 'true', 'yes', 'on'].includes(v));

/** Every environment variable Loyaal reads, with its rule. The README lists the same set. */
const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATABASE_URL: z
    .string()
    .regex(/^(postgres(ql)?:\/\/|file:|sqlite:)/, 'must start with postgres:// or file:')
    .optional(),
  DATA_DIR: z.string().min(1).default('./data'),
  BASE_URL: z.url().optional(),
  LOYAAL_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  LOYAAL_DEMO: bool.optional(),
  SMTP_HOST: z.string().min(1).optional(),
  SMTP_PORT: z.coerce.number().int().min(1).max(65535).default(587),
  SMTP_SECURE: bool.default(false),
  SMTP_USER: z.string().optional(),
  SMTP_PASSWORD: z.string().optional(),
  SMTP_FROM: z.string().min(3).default('Loyaal <no-reply@localhost>'),
  INBOUND_SMTP_PORT: z.coerce.number().int().min(0).max(65535).optional(),
  INBOUND_SMTP_HOST: z.string().min(1).default('0.0.0.0'),
  INBOUND_MAX_MB: z.coerce.number().int().min(1).max(200).default(25),
  LOG_LEVEL: z.enum(LEVELS).default('info'),
  TRUST_PROXY: bool.default(false),
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(600),
  WEBHOOK_ALLOW_PRIVATE_CIDRS: z.string().default(''),
});

export type Dialect = 'sqlite' | 'postgres';

export interface Config {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  dialect: Dialect;
  /** SQLite file path, or the PostgreSQL connection string. */
  databaseUrl: string;
  dataDir: string;
  baseUrl: string;
  secret: string;
  /** True when the secret was generated on this machine rather than configured. */
  secretGenerated: boolean;
  demo: boolean;
  smtp?: { host: string; port: number; secure: boolean; user?: string; password?: string };
  mailFrom: string;
  /** The inbound SMTP listener for direct delivery of customer mail; absent = off. */
  inboundSmtp?: { host: string; port: number; maxBytes: number };
  logLevel: (typeof LEVELS)[number];
  trustProxy: boolean;
  /** API requests per minute per client address. */
  rateLimitPerMinute: number;
  /** Private address ranges (CIDR) that outgoing webhooks may call anyway; empty allows none. */
  webhookAllowPrivateCidrs: string[];
}

/** A configuration problem, always naming the variable. */
export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    message: string,
  ) {
    super(`Invalid configuration: ${variable} ${message}`);
  }
}

/** Reads `.env` into `process.env` when it exists; variables already set win. */
export function loadDotEnv(file = '.env'): void {
  if (existsSync(file)) process.loadEnvFile(file);
}

/**
 * Builds the configuration from an environment. `defaults` supplies values the entry point chooses (for
 * example demo data on for `npm start`); the environment overrides them.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, defaults: { demo?: boolean } = {}): Config {
  const clean = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = EnvSchema.safeParse(clean);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const name = String(issue.path[0]);
    throw new ConfigError(name, `${issue.message} (got ${JSON.stringify(clean[name] ?? null)})`);
  }
  const e = parsed.data;
  const dataDir = resolve(e.DATA_DIR);
  const url = e.DATABASE_URL ?? `file:${join(dataDir, 'loyaal.sqlite')}`;
  const dialect: Dialect = url.startsWith('postgres') ? 'postgres' : 'sqlite';
  const databaseUrl = dialect === 'sqlite' ? url.replace(/^(file|sqlite):(\/\/)?/, '') : url;
  const production = e.NODE_ENV === 'production';
  if (e.SMTP_HOST === undefined && (e.SMTP_USER || e.SMTP_PASSWORD))
    throw new ConfigError('SMTP_HOST', 'is required when SMTP_USER or SMTP_PASSWORD is set');
  let secret = e.LOYAAL_SECRET;
  let secretGenerated = false;
  if (!secret) {
    if (production) throw new ConfigError('LOYAAL_SECRET', 'is required when NODE_ENV=production');
    secret = readOrCreateSecret(join(dataDir, 'secret'));
    secretGenerated = true;
  }
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    dialect,
    databaseUrl,
    dataDir,
    baseUrl: (e.BASE_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, ''),
    secret,
    secretGenerated,
    demo: e.LOYAAL_DEMO ?? (production ? false : (defaults.demo ?? false)),
    smtp: e.SMTP_HOST
      ? { host: e.SMTP_HOST, port: e.SMTP_PORT, secure: e.SMTP_SECURE, user: e.SMTP_USER, password: e.SMTP_PASSWORD }
      : undefined,
    mailFrom: e.SMTP_FROM,
    inboundSmtp:
      e.INBOUND_SMTP_PORT === undefined ? undefined : { host: e.INBOUND_SMTP_HOST, port: e.INBOUND_SMTP_PORT, maxBytes: e.INBOUND_MAX_MB * 1024 * 1024 },
    logLevel: e.LOG_LEVEL,
    trustProxy: e.TRUST_PROXY,
    rateLimitPerMinute: e.RATE_LIMIT_PER_MINUTE,
    webhookAllowPrivateCidrs: e.WEBHOOK_ALLOW_PRIVATE_CIDRS.split(',').map((c) => c.trim()).filter(Boolean),
  };
}

function readOrCreateSecret(file: string): string {
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dirname(file), { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}
