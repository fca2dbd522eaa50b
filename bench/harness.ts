import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import autocannon from 'autocannon';

export const ROOT = join(import.meta.dirname, '..');
export const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
export const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);

export interface Result {
  title: string;
  rps: number;
  p50: number;
  p99: number;
}

/** Starts a process in the project root; its output goes to this process's stderr. */
export function start(cmd: string[], env: Record<string, string>): ChildProcess {
  return spawn(cmd[0], cmd.slice(1), { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'inherit'], detached: true });
}

/** Ends a started process and everything it started. */
export function stop(p: ChildProcess): void {
  if (p.pid) {
    try {
      process.kill(-p.pid, 'SIGTERM');
    } catch {}
  }
}

export async function waitFor(url: string, tries = 600): Promise<void> {
  for (let i = 0; i < tries; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not come up`);
}

export async function measure(title: string, url: string, headers: Record<string, string> = {}): Promise<Result> {
  const r = await autocannon({ url, connections: CONNECTIONS, duration: SECONDS, headers });
  if (r.non2xx > 0 || r.errors > 0) throw new Error(`${title}: ${r.non2xx} non-2xx answers, ${r.errors} errors`);
  return { title, rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99 };
}

/** Signs in as a demo login (the manager unless told) and returns the session cookie. */
export async function demoCookie(base: string, email = 'manager@demo.loyaal.nl'): Promise<string> {
  const res = await fetch(`${base}/api/auth/sign-in/email`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: base },
    body: JSON.stringify({ email, password: 'Loyaal-demo-2026' }),
  });
  const cookie = (res.headers.getSetCookie()[0] ?? '').split(';')[0];
  if (!cookie) throw new Error(`could not sign in at ${base}`);
  return cookie;
}

export function printTable(heading: string, rows: Result[], baseline: Result): void {
  console.log(`\n${heading}\n`);
  console.log('target'.padEnd(58), 'req/s'.padStart(9), 'p50 ms'.padStart(8), 'p99 ms'.padStart(8), 'vs baseline'.padStart(12));
  for (const r of [baseline, ...rows])
    console.log(r.title.padEnd(58), r.rps.toFixed(0).padStart(9), String(r.p50).padStart(8), String(r.p99).padStart(8), `${(r.rps / baseline.rps).toFixed(3)}x`.padStart(12));
}

/** Environment for a benchmarked server: loopback, quiet, no rate limit in the way. */
export function serverEnv(port: number, dataDir: string, extra: Record<string, string> = {}): Record<string, string> {
  return {
    PORT: String(port),
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    BASE_URL: `http://127.0.0.1:${port}`,
    LOG_LEVEL: 'warn',
    RATE_LIMIT_PER_MINUTE: '100000000',
    LOYAAL_SECRET: 'bench-secret-bench-secret-bench-secret-01',
    ...extra,
  };
}
