import { join } from 'node:path';
import nodemailer from 'nodemailer';
import pg from 'pg';
import { serverEnv, start, stop, waitFor } from './harness.js';

const MESSAGES = Number(process.env.BENCH_MESSAGES ?? 1000);
const PARALLEL = 4;
const PG_ADMIN = process.env.DATABASE_URL_BENCH ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const PG_DB = 'loyaal_bench_mail';

interface MailResult {
  title: string;
  perSecond: number;
  seconds: number;
}

async function admin(sql: string): Promise<void> {
  const c = new pg.Client({ connectionString: PG_ADMIN });
  await c.connect();
  try {
    await c.query(sql);
  } finally {
    await c.end();
  }
}

/** Waits until an SMTP server answers a connection. */
async function smtpUp(port: number): Promise<void> {
  const t = nodemailer.createTransport({ host: '127.0.0.1', port, secure: false, ignoreTLS: true });
  for (let i = 0; i < 600; i++) {
    try {
      await t.verify();
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 500));
    }
  }
  throw new Error(`SMTP on ${port} did not come up`);
}

/**
 * Sends MESSAGES mails over PARALLEL connections: half open new cases (200 senders), half answer one of them
 * by In-Reply-To, so the threading path is measured too. Each message counts once the server said 250, which
 * the listener only says after the message is stored in its case.
 */
async function send(title: string, port: number): Promise<MailResult> {
  const transport = nodemailer.createTransport({ host: '127.0.0.1', port, secure: false, ignoreTLS: true, pool: true, maxConnections: PARALLEL, maxMessages: Number.POSITIVE_INFINITY });
  const run = `${Date.now()}`;
  const raw = (i: number) => {
    const sender = `klant${i % 200}@bench.test`;
    const reply = i % 2 === 1;
    return [
      `From: Klant ${i % 200} <${sender}>`,
      'To: service@huishoudservice.demo',
      `Subject: ${reply ? 'Re: ' : ''}Storing ${Math.floor(i / 2)}`,
      `Message-ID: <${run}.${i}@bench.test>`,
      ...(reply ? [`In-Reply-To: <${run}.${i - 1}@bench.test>`, `References: <${run}.${i - 1}@bench.test>`] : []),
      'Date: Tue, 01 Dec 2026 10:00:00 +0100',
      'MIME-Version: 1.0',
      'Content-Type: text/plain; charset=utf-8',
      '',
      'Mijn wasmachine geeft foutcode F21 en pompt niet af. Kunnen jullie een monteur sturen, liefst in de avond?',
    ].join('\r\n');
  };
  const started = Date.now();
  // Pairs in order (a reply follows its first message), pairs in parallel.
  const pairs = Array.from({ length: MESSAGES / 2 }, (_, p) => p);
  let next = 0;
  await Promise.all(
    Array.from({ length: PARALLEL }, async () => {
      while (next < pairs.length) {
        const p = pairs[next++];
        for (const i of [p * 2, p * 2 + 1]) await transport.sendMail({ envelope: { from: `klant${i % 200}@bench.test`, to: ['service@huishoudservice.demo'] }, raw: raw(i) });
      }
    }),
  );
  const seconds = (Date.now() - started) / 1000;
  transport.close();
  return { title, perSecond: MESSAGES / seconds, seconds };
}

/** Mail ingestion through the SMTP listener into stored, threaded cases, against a bare SMTP server. */
export async function benchMail(dir: string): Promise<void> {
  const rows: MailResult[] = [];
  const bare = start(['npx', 'tsx', 'bench/bare-smtp.ts'], { PORT: '3911' });
  try {
    await smtpUp(3911);
    rows.push(await send('bare smtp-server, message discarded (baseline)', 3911));
  } finally {
    stop(bare);
  }
  const only = process.env.BENCH_DIALECTS;
  const runs: [string, Record<string, string>][] = [];
  if (!only || only.includes('sqlite')) runs.push(['SQLite', {}]);
  if (!only || only.includes('postgres')) {
    await admin(`drop database if exists ${PG_DB} with (force)`);
    await admin(`create database ${PG_DB}`);
    runs.push(['PostgreSQL', { DATABASE_URL: PG_ADMIN.replace(/\/[^/]*$/, `/${PG_DB}`) }]);
  }
  let port = 3912;
  for (const [label, extra] of runs) {
    const env = serverEnv(port, join(dir, `mail-${label}`), { LOYAAL_DEMO: '1', INBOUND_SMTP_PORT: String(port + 100), INBOUND_SMTP_HOST: '127.0.0.1', LOG_LEVEL: 'error', ...extra });
    const app = start(['node', 'bin/loyaal.js', 'serve'], env);
    try {
      await waitFor(`http://127.0.0.1:${port}/api/health`);
      await smtpUp(port + 100);
      rows.push(await send(`${label}: SMTP listener → parsed, threaded, stored case`, port + 100));
    } finally {
      stop(app);
    }
    port++;
  }
  if (runs.some(([l]) => l === 'PostgreSQL')) await admin(`drop database if exists ${PG_DB} with (force)`);
  const base = rows[0].perSecond;
  console.log(`\n${MESSAGES} messages over ${PARALLEL} SMTP connections, loopback, small demo department (half new cases, half replies)\n`);
  console.log('target'.padEnd(62), 'msg/s'.padStart(8), 'seconds'.padStart(8), 'vs baseline'.padStart(12));
  for (const r of rows) console.log(r.title.padEnd(62), r.perSecond.toFixed(0).padStart(8), r.seconds.toFixed(1).padStart(8), `${(r.perSecond / base).toFixed(3)}x`.padStart(12));
}
