import { join } from 'node:path';
import pg from 'pg';
import { CONNECTIONS, demoCookie, measure, printTable, type Result, SECONDS, serverEnv, start, stop, waitFor } from './harness.js';

const PG_ADMIN = process.env.DATABASE_URL_BENCH ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const PG_DB = 'loyaal_bench_services';

async function admin(sql: string): Promise<void> {
  const c = new pg.Client({ connectionString: PG_ADMIN });
  await c.connect();
  try {
    await c.query(sql);
  } finally {
    await c.end();
  }
}

/** A calendar date in the business time zone, shifted by whole days. */
function amsterdamDate(shiftDays = 0): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date());
  const d = new Date(`${today}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + shiftDays);
  return d.toISOString().slice(0, 10);
}

async function getJson<T>(url: string, cookie: string): Promise<T> {
  const res = await fetch(url, { headers: { cookie } });
  if (!res.ok) throw new Error(`${url}: ${res.status}`);
  return (await res.json()) as T;
}

/** Looks up the ids the targets need through the API, then measures each read as the role that uses it. */
async function targets(base: string, label: string): Promise<Result[]> {
  const [agent, planner, monteur] = await Promise.all(
    ['agent', 'planner', 'monteur'].map((who) => demoCookie(base, `${who}@demo.loyaal.nl`)),
  );
  const services = await getJson<{ items: { id: string; code: string }[] }>(`${base}/api/v1/catalog/services`, agent);
  const homeRepair = services.items.find((s) => s.code === 'REP-AAN-HUIS');
  if (!homeRepair) throw new Error('the demo catalog has no REP-AAN-HUIS');
  const invoices = await getJson<{ items: { id: string; kind: string; status: string; caseId: string | null }[] }>(`${base}/api/v1/invoices`, agent);
  const issued = invoices.items.find((i) => i.kind === 'invoice' && i.status === 'issued' && i.caseId);
  if (!issued?.caseId) throw new Error('the demo data has no issued invoice on a case');

  const today = amsterdamDate();
  const weekday = (new Date(`${today}T00:00:00Z`).getUTCDay() + 6) % 7;
  const monday = amsterdamDate(-weekday);
  const sunday = amsterdamDate(6 - weekday);
  const availability = `/api/v1/availability?serviceId=${homeRepair.id}&postcode=3511AX&from=${amsterdamDate(1)}&to=${amsterdamDate(13)}`;
  const board = `/api/v1/planning/board?from=${monday}&to=${sunday}&view=technician`;
  const jobs = `/api/v1/technician/jobs?date=${today}`;

  const slots = (await getJson<{ items: unknown[] }>(`${base}${availability}`, agent)).items.length;
  const boardJobs = (await getJson<{ jobs: unknown[] }>(`${base}${board}`, planner)).jobs.length;
  const ownJobs = (await getJson<{ items: unknown[] }>(`${base}${jobs}`, monteur)).items.length;

  const get = (title: string, path: string, cookie: string) => measure(`${label} ${title}`, `${base}${path}`, { cookie });
  return [
    await get(`availability, 13 days (${slots} slots), agent`, availability, agent),
    await get(`planning board, week (${boardJobs} jobs), planner`, board, planner),
    await get(`technician jobs today (${ownJobs}), monteur`, jobs, monteur),
    await get('invoices, first page, agent', '/api/v1/invoices', agent),
    await get('invoice PDF with EPC QR code, agent', `/api/v1/invoices/${issued.id}/pdf`, agent),
    await get('case sales (quotes, orders, bookings), agent', `/api/v1/cases/${issued.caseId}/sales`, agent),
  ];
}

/** Starts a server that seeds the small demo department on its empty database; returns the seconds until it answered. */
async function startDemo(port: number, env: Record<string, string>): Promise<{ stopIt: () => void; seconds: number }> {
  const t = Date.now();
  const server = start(['node', 'bin/loyaal.js', 'serve'], env);
  try {
    await waitFor(`http://127.0.0.1:${port}/api/health`, 1500);
  } catch (e) {
    stop(server);
    throw e;
  }
  return { stopIt: () => stop(server), seconds: (Date.now() - t) / 1000 };
}

/** Paid-services reads on the small demo department (two years of orders, repairs and invoices), both dialects. */
export async function benchServices(dir: string, baseline: Result): Promise<void> {
  const rows: Result[] = [];
  const seeds: string[] = [];

  const only = process.env.BENCH_DIALECTS;
  if (!only || only.includes('sqlite')) await benchSqlite(dir, rows, seeds);
  if (!only || only.includes('postgres')) await benchPostgres(dir, rows, seeds);
  printTable(`${SECONDS} s per target, ${CONNECTIONS} connections, loopback, small demo department (${seeds.join(', ')})`, rows, baseline);
}

async function benchSqlite(dir: string, rows: Result[], seeds: string[]): Promise<void> {
  const server = await startDemo(3905, serverEnv(3905, join(dir, 'services-sqlite'), { LOYAAL_DEMO: '1' }));
  try {
    seeds.push(`SQLite seed and start: ${server.seconds.toFixed(0)} s`);
    rows.push(...(await targets('http://127.0.0.1:3905', 'SQLite')));
  } finally {
    server.stopIt();
  }
}

async function benchPostgres(dir: string, rows: Result[], seeds: string[]): Promise<void> {
  await admin(`drop database if exists ${PG_DB} with (force)`);
  await admin(`create database ${PG_DB}`);
  try {
    const env = serverEnv(3906, join(dir, 'services-pg'), { LOYAAL_DEMO: '1', DATABASE_URL: PG_ADMIN.replace(/\/[^/]*$/, `/${PG_DB}`) });
    const server = await startDemo(3906, env);
    try {
      seeds.push(`PostgreSQL seed and start: ${server.seconds.toFixed(0)} s`);
      rows.push(...(await targets('http://127.0.0.1:3906', 'PostgreSQL')));
    } finally {
      server.stopIt();
    }
  } finally {
    await new Promise((r) => setTimeout(r, 1000));
    await admin(`drop database if exists ${PG_DB} with (force)`);
  }
}
