/**
 * Benchmarks against a bare Fastify route measured in the same run, on loopback. Each target runs in its own
 * process; autocannon drives it from this one.
 *
 *   npm run bench                     the users list on the small demo department (SQLite)
 *   npm run bench -- customers        customer and case lists on the large demo data, SQLite and PostgreSQL
 *   npm run bench -- mail             mail ingestion through the SMTP listener, SQLite and PostgreSQL
 *   npm run bench -- services         paid-services reads on the small demo department, SQLite and PostgreSQL
 *
 * BENCH_SECONDS (10) and BENCH_CONNECTIONS (10) set the load; DATABASE_URL_BENCH the PostgreSQL server;
 * BENCH_DIALECTS=sqlite or =postgres limits the customer and services benchmarks to one database.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CONNECTIONS, demoCookie, measure, printTable, SECONDS, serverEnv, start, stop, waitFor } from './harness.js';

const which = process.argv[2] ?? 'users';
const dir = mkdtempSync(join(tmpdir(), 'loyaal-bench-'));
const bare = start(['npx', 'tsx', 'bench/bare-server.ts'], { PORT: '3901' });
try {
  await waitFor('http://127.0.0.1:3901/ping');
  const baseline = await measure('bare Fastify GET /ping (baseline)', 'http://127.0.0.1:3901/ping');
  if (which === 'mail') {
    const { benchMail } = await import('./mail.js');
    await benchMail(dir);
  } else if (which === 'customers') {
    const { benchCustomers } = await import('./customers.js');
    await benchCustomers(dir, baseline);
  } else if (which === 'services') {
    const { benchServices } = await import('./services.js');
    await benchServices(dir, baseline);
  } else {
    const app = start(['node', 'bin/loyaal.js', 'serve'], serverEnv(3902, dir, { LOYAAL_DEMO: '1' }));
    try {
      await waitFor('http://127.0.0.1:3902/api/health');
      const cookie = await demoCookie('http://127.0.0.1:3902');
      const rows = [
        await measure('authenticated GET /api/v1/users?pageSize=50', 'http://127.0.0.1:3902/api/v1/users?pageSize=50', { cookie }),
        await measure('GET /api/health (full stack, no session)', 'http://127.0.0.1:3902/api/health'),
      ];
      printTable(`${SECONDS} s per target, ${CONNECTIONS} connections, loopback, SQLite, small demo department`, rows, baseline);
    } finally {
      stop(app);
    }
  }
} finally {
  stop(bare);
  rmSync(dir, { recursive: true, force: true });
}
