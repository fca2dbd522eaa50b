import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import pg from 'pg';
import { demoCookie, measure, printTable, type Result, ROOT, SECONDS, CONNECTIONS, serverEnv, start, stop, waitFor } from './harness.js';

const PG_ADMIN = process.env.DATABASE_URL_BENCH ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const PG_DB = 'loyaal_bench';

async function admin(sql: string): Promise<void> {
  const c = new pg.Client({ connectionString: PG_ADMIN });
  await c.connect();
  try {
    await c.query(sql);
  } finally {
    await c.end();
  }
}

function seedLarge(env: Record<string, string>): number {
  const t = Date.now();
  execFileSync('node', ['bin/loyaal.js', 'seed', '--demo', '--size', 'large'], { cwd: ROOT, env: { ...process.env, ...env }, stdio: 'inherit' });
  return (Date.now() - t) / 1000;
}

async function targets(base: string, label: string): Promise<Result[]> {
  const cookie = await demoCookie(base);
  const get = (title: string, path: string) => measure(`${label} ${title}`, `${base}${path}`, { cookie });
  return [
    await get('list, first page by name', '/api/v1/customers?pageSize=50'),
    await get('list, page 2,000 by name', '/api/v1/customers?page=2000&pageSize=50'),
    await get('search a surname (q=jansen)', '/api/v1/customers?q=jansen&pageSize=20'),
    await get('search postcode + house number', `/api/v1/customers?q=${encodeURIComponent('3511 AB 12')}`),
    ...(await caseTargets(base, cookie, label)),
  ];
}

/** The case list on the million demo cases: inbox views, the full history, one customer's cases, a number. */
async function caseTargets(base: string, cookie: string, label: string): Promise<Result[]> {
  const get = (title: string, path: string) => measure(`${label} ${title}`, `${base}${path}`, { cookie });
  const all = (await (await fetch(`${base}/api/v1/cases?view=all&pageSize=200`, { headers: { cookie } })).json()) as { items: { customerId: string; number: string }[]; nextCursor: string };
  const sample = all.items[150];
  const next = all.nextCursor as string;
  return [
    await get('cases: open inbox, first page', '/api/v1/cases?view=open&pageSize=50'),
    await get('cases: all, newest first', '/api/v1/cases?view=all&pageSize=50'),
    await get('cases: all, page after a cursor', `/api/v1/cases?view=all&pageSize=50&cursor=${next}`),
    await get("cases: one customer's history", `/api/v1/cases?view=all&customerId=${sample.customerId}`),
    await get('cases: by number', `/api/v1/cases?view=all&q=${sample.number}`),
    await get('cases: counts of every view', '/api/v1/cases/counts'),
  ];
}

/** Customer list and search on the large demo data (≥ 200,000 customers, ≥ 2,000,000 sales lines), both dialects. */
export async function benchCustomers(dir: string, baseline: Result): Promise<void> {
  const rows: Result[] = [];
  const seeds: string[] = [];

  const only = process.env.BENCH_DIALECTS;
  if (!only || only.includes('sqlite')) await benchSqlite(dir, rows, seeds);
  if (!only || only.includes('postgres')) await benchPostgres(dir, rows, seeds);
  printTable(`${SECONDS} s per target, ${CONNECTIONS} connections, loopback, large demo data (${seeds.join(', ')})`, rows, baseline);
}

async function benchSqlite(dir: string, rows: Result[], seeds: string[]): Promise<void> {
  const sqliteEnv = serverEnv(3903, join(dir, 'sqlite'));
  seeds.push(`SQLite seed: ${seedLarge(sqliteEnv).toFixed(0)} s`);
  const sqlite = start(['node', 'bin/loyaal.js', 'serve'], sqliteEnv);
  try {
    await waitFor('http://127.0.0.1:3903/api/health');
    rows.push(...(await targets('http://127.0.0.1:3903', 'SQLite')));
  } finally {
    stop(sqlite);
  }
}

async function benchPostgres(dir: string, rows: Result[], seeds: string[]): Promise<void> {
  await admin(`drop database if exists ${PG_DB} with (force)`);
  await admin(`create database ${PG_DB}`);
  const pgEnv = serverEnv(3904, join(dir, 'pg'), { DATABASE_URL: PG_ADMIN.replace(/\/[^/]*$/, `/${PG_DB}`) });
  try {
    seeds.push(`PostgreSQL seed: ${seedLarge(pgEnv).toFixed(0)} s`);
    const server = start(['node', 'bin/loyaal.js', 'serve'], pgEnv);
    try {
      await waitFor('http://127.0.0.1:3904/api/health');
      rows.push(...(await targets('http://127.0.0.1:3904', 'PostgreSQL')));
    } finally {
      stop(server);
    }
  } finally {
    await new Promise((r) => setTimeout(r, 1000));
    await admin(`drop database if exists ${PG_DB} with (force)`);
  }
}
