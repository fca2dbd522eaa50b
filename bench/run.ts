/**
 * Benchmarks against a baseline measured in the same run, on loopback. Each target runs in its own process;
 * autocannon drives it from this one. Prints req/s, p50 and p99 latency and the ratio to the baseline.
 *
 *   npm run bench                 (BENCH_SECONDS=10 BENCH_CONNECTIONS=10 by default)
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const ROOT = join(import.meta.dirname, '..');

function start(cmd: string[], env: Record<string, string>): ChildProcess {
  return spawn(cmd[0], cmd.slice(1), { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'inherit'] });
}

async function waitFor(url: string): Promise<void> {
  for (let i = 0; i < 300; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not come up`);
}

async function measure(title: string, url: string, headers: Record<string, string> = {}) {
  const r = await autocannon({ url, connections: CONNECTIONS, duration: SECONDS, headers });
  if (r.non2xx > 0 || r.errors > 0) throw new Error(`${title}: ${r.non2xx} non-2xx answers, ${r.errors} errors`);
  return { title, rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99 };
}

const dir = mkdtempSync(join(tmpdir(), 'loyaal-bench-'));
const bare = start(['npx', 'tsx', 'bench/bare-server.ts'], { PORT: '3901' });
const app = start(['node', 'bin/loyaal.js', 'serve'], {
  PORT: '3902',
  HOST: '127.0.0.1',
  DATA_DIR: dir,
  BASE_URL: 'http://127.0.0.1:3902',
  LOYAAL_DEMO: '1',
  LOG_LEVEL: 'warn',
  RATE_LIMIT_PER_MINUTE: '100000000',
  LOYAAL_SECRET: 'bench-secret-bench-secret-bench-secret-01',
});
try {
  await waitFor('http://127.0.0.1:3901/ping');
  await waitFor('http://127.0.0.1:3902/api/health');
  const signIn = await fetch('http://127.0.0.1:3902/api/auth/sign-in/email', {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: 'http://127.0.0.1:3902' },
    body: JSON.stringify({ email: 'manager@demo.loyaal.nl', password: 'Loyaal-demo-2026' }),
  });
  const cookie = (signIn.headers.getSetCookie()[0] ?? '').split(';')[0];
  if (!cookie) throw new Error('could not sign in to the demo department');

  const baseline = await measure('bare Fastify GET /ping (baseline)', 'http://127.0.0.1:3901/ping');
  const users = await measure('authenticated GET /api/v1/users?pageSize=50', 'http://127.0.0.1:3902/api/v1/users?pageSize=50', { cookie });
  const health = await measure('GET /api/health (full stack, no session)', 'http://127.0.0.1:3902/api/health');

  console.log(`\n${SECONDS} s per target, ${CONNECTIONS} connections, loopback, SQLite demo department (17 users)\n`);
  console.log('target'.padEnd(48), 'req/s'.padStart(9), 'p50 ms'.padStart(8), 'p99 ms'.padStart(8), 'vs baseline'.padStart(12));
  for (const r of [baseline, users, health])
    console.log(r.title.padEnd(48), r.rps.toFixed(0).padStart(9), String(r.p50).padStart(8), String(r.p99).padStart(8), `${(r.rps / baseline.rps).toFixed(3)}x`.padStart(12));
} finally {
  bare.kill();
  app.kill();
  rmSync(dir, { recursive: true, force: true });
}
