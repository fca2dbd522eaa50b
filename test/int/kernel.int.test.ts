import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.js';
import { migrations } from '../../src/db/migrations/index.js';
import { createDb, type DbHandle } from '../../src/kernel/db/create-db.js';
import { DbMigrator } from '../../src/kernel/db/migrator.js';
import { dialects, freshDb, startTestApp, type TestDb } from '../db-context.js';

describe.each(dialects())('kernel on %s', (dialect) => {
  const open: { h?: DbHandle<Database>; db?: TestDb } = {};
  afterEach(async () => {
    await open.h?.close();
    await open.db?.drop();
    open.h = undefined;
    open.db = undefined;
  });

  async function handle() {
    open.db = await freshDb(dialect);
    open.h = createDb<Database>({ dialect, url: open.db.config.databaseUrl, schema: open.db.pgSchema });
    return { h: open.h, migrator: (m = migrations) => new DbMigrator(open.h?.db as never, m, open.db?.pgSchema) };
  }

  const tables = async (h: DbHandle<Database>) =>
    (await h.db.introspection.getTables())
      .filter((t) => !open.db?.pgSchema || t.schema === open.db.pgSchema)
      .map((t) => t.name)
      .filter((n) => !n.startsWith('schema_migrations'))
      .sort();

  it('migrates up, all the way down, and up again', async () => {
    const { h, migrator } = await handle();
    await migrator().up();
    const all = await tables(h);
    expect(all).toEqual(expect.arrayContaining(['users', 'sessions', 'audit_log', 'outbox', 'teams', 'organisation', 'api_keys']));
    await migrator().down(true);
    expect(await tables(h)).toEqual([]);
    await migrator().up();
    expect(await tables(h)).toEqual(all);
    expect((await migrator().status()).every((s) => s.executedAt)).toBe(true);
  });

  it('leaves the database as it was when a migration fails', async () => {
    const { h, migrator } = await handle();
    await migrator().up();
    const before = await tables(h);
    const broken = {
      ...migrations,
      '2099_01_01_0000_broken': {
        up: async (db: import('kysely').Kysely<unknown>) => {
          await db.schema.createTable('half_done').addColumn('id', 'text').execute();
          await sql`select * from no_such_table`.execute(db);
        },
      },
    };
    await expect(migrator(broken).up()).rejects.toThrow(/2099_01_01_0000_broken/);
    expect(await tables(h)).toEqual(before);
    expect((await migrator(broken).status()).find((s) => s.name.startsWith('2099'))?.executedAt).toBeUndefined();
  });

  it('writes events only when the transaction commits, and delivers them with retries', async () => {
    const t = await startTestApp(dialect);
    try {
      const { db, bus } = t.loyaal;
      await expect(
        db.transaction().execute(async (trx) => {
          await bus.emit(trx, 'mail.send', { to: 'a@b.nl', subject: 'rolled back', text: '' });
          throw new Error('abort');
        }),
      ).rejects.toThrow('abort');
      expect(await bus.backlog()).toBe(0);

      let calls = 0;
      bus.on('mail.send', async (m) => {
        if (m.subject === 'flaky' && ++calls === 1) throw new Error('smtp down');
      });
      await db.transaction().execute((trx) => bus.emit(trx, 'mail.send', { to: 'a@b.nl', subject: 'flaky', text: '' }));
      expect(await bus.backlog()).toBe(1);
      await bus.dispatch();
      expect(await bus.backlog()).toBe(1);
      expect(await bus.dispatch()).toBe(0);
      t.clock.advance(5_000);
      await bus.dispatch();
      expect(await bus.backlog()).toBe(0);
      // At least once: the first attempt failed after the mailer had run, so the retry ran every subscriber again.
      expect(calls).toBe(2);
    } finally {
      await t.close();
    }
  });

  it('delivers bytes in an event (a mail attachment) as the same bytes', async () => {
    const t = await startTestApp(dialect);
    try {
      const { db, bus } = t.loyaal;
      const content = Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0xff, 0x0a]);
      await db.transaction().execute((trx) =>
        bus.emit(trx, 'mail.send', { to: 'a@b.nl', subject: 'pdf', text: '', attachments: [{ filename: 'x.pdf', contentType: 'application/pdf', content }] }),
      );
      await bus.dispatch();
      const sent = t.mailer.sent.find((m) => m.subject === 'pdf');
      expect(Buffer.isBuffer(sent?.attachments?.[0].content)).toBe(true);
      expect(sent?.attachments?.[0].content.equals(content)).toBe(true);
    } finally {
      await t.close();
    }
  });

  it('runs queued jobs through the dialect runner', async () => {
    const t = await startTestApp(dialect);
    try {
      const done: string[] = [];
      t.loyaal.jobs.work<{ n: string }>('test-queue', async (d) => void done.push(d.n));
      await t.loyaal.jobs.start();
      await t.loyaal.jobs.send('test-queue', { n: 'één' });
      for (let i = 0; i < 100 && done.length === 0; i++) await new Promise((r) => setTimeout(r, 100));
      expect(done).toEqual(['één']);
      await t.loyaal.jobs.stop();
    } finally {
      await t.close();
    }
  });

  it('reports health, metrics with the outbox backlog, and problem+json for unknown routes', async () => {
    const t = await startTestApp(dialect);
    try {
      expect((await t.loyaal.app.inject({ url: '/api/health' })).json()).toMatchObject({ status: 'ok', db: dialect });
      const missing = await t.loyaal.app.inject({ url: '/api/v1/nothing-here' });
      expect(missing.statusCode).toBe(404);
      expect(missing.headers['content-type']).toMatch(/problem\+json/);
      const { asRole } = await import('../http.js');
      const admin = await asRole(t.loyaal, 'admin');
      const metrics = await t.loyaal.app.inject({ url: '/metrics', headers: admin.headers });
      expect(metrics.body).toMatch(/loyaal_http_requests_total\{method="GET",route="\/api\/health",status="200"\} 1/);
      expect(metrics.body).toMatch(/loyaal_http_request_duration_seconds_bucket/);
      expect(metrics.body).toMatch(/loyaal_outbox_backlog \d+/);
    } finally {
      await t.close();
    }
  });
});
