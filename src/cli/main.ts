import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import SQLite from 'better-sqlite3';
import type { Database } from '../db/database.js';
import { migrations } from '../db/migrations/index.js';
import { type Config, ConfigError, loadConfig, loadDotEnv } from '../kernel/config.js';
import { createDb } from '../kernel/db/create-db.js';
import { DbMigrator } from '../kernel/db/migrator.js';
import { createLogger } from '../kernel/logger.js';
import { Progress } from './progress.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const USAGE = `loyaal <command>

  start                      build the web app if needed, then serve (demo data on by default)
  serve                      serve http://localhost:$PORT
  migrate up|down|status     apply, revert the newest, or list migrations
  users:create --email E --name N --role R --password P
  seed --demo [--size small|large]
  import <customers|installed-products|sales> <file> [--dry-run] [--all-or-nothing]
  backup <file>              SQLite online backup (prints the pg_dump command on PostgreSQL)`;

function flag(args: string[], name: string): string | undefined {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
}

/** Builds the web app when its output is missing or older than its sources. */
function buildWebIfNeeded(): void {
  const dist = join(ROOT, 'web', 'dist', 'index.html');
  const newest = (dir: string): number => {
    let max = 0;
    for (const entry of execFileSync('find', [dir, '-type', 'f'], { encoding: 'utf8' }).split('\n').filter(Boolean))
      max = Math.max(max, statSync(entry).mtimeMs);
    return max;
  };
  if (existsSync(dist) && statSync(dist).mtimeMs >= newest(join(ROOT, 'web', 'src'))) return;
  process.stderr.write('Building the web app…\n');
  execFileSync('npx', ['vite', 'build', '--config', 'web/vite.config.ts', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit' });
}

async function withDb<T>(config: Config, fn: (m: DbMigrator, close: () => Promise<void>) => Promise<T>): Promise<T> {
  const h = createDb<Database>({ dialect: config.dialect, url: config.databaseUrl });
  try {
    return await fn(new DbMigrator(h.db as never, migrations), h.close);
  } finally {
    await h.close();
  }
}

async function serve(config: Config): Promise<void> {
  const { createLoyaal } = await import('../app.js');
  const logger = createLogger(config.logLevel);
  if (config.secretGenerated) logger.warn(`LOYAAL_SECRET is not set; using a generated secret stored in ${join(config.dataDir, 'secret')}`);
  const loyaal = await createLoyaal({ config, logger, startJobs: true });
  if (config.demo && (await loyaal.services.users.listUsers({ page: 1, pageSize: 1 })).total === 0) {
    const { seedDemo } = await import('./seed-demo.js');
    logger.info('empty database: seeding the demo service department');
    await seedDemo(loyaal, 'small');
  }
  const stop = async () => {
    await loyaal.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  await loyaal.app.listen({ port: config.port, host: config.host });
  logger.info(`Loyaal ${config.dialect === 'sqlite' ? `on SQLite ${config.databaseUrl}` : 'on PostgreSQL'} at ${config.baseUrl}`);
}

export async function main(argv: string[]): Promise<void> {
  const [command, ...args] = argv;
  loadDotEnv();
  const config = loadConfig(process.env, { demo: command === 'start' });
  switch (command) {
    case 'start':
      buildWebIfNeeded();
      return serve(config);
    case 'serve':
      return serve(config);
    case 'migrate': {
      const sub = args[0] ?? 'status';
      return withDb(config, async (m) => {
        if (sub === 'up') for (const line of await m.up()) console.log(line);
        else if (sub === 'down') for (const line of await m.down(args.includes('--all'))) console.log(line);
        else for (const s of await m.status()) console.log(`${s.executedAt ? 'applied' : 'pending'}  ${s.name}  ${s.executedAt ?? ''}`);
      });
    }
    case 'users:create': {
      const { createLoyaal } = await import('../app.js');
      const loyaal = await createLoyaal({ config, logger: createLogger('warn') });
      try {
        const { SYSTEM_ACTOR } = await import('../kernel/context.js');
        const actor = { ...SYSTEM_ACTOR, principal: { kind: 'staff' as const, userId: '', name: 'cli', email: 'cli', role: 'admin' as const, locale: 'nl', sessionId: '' } };
        const { CreateUserBody } = await import('../modules/users/index.js');
        const body = CreateUserBody.parse({ email: flag(args, 'email'), name: flag(args, 'name'), role: flag(args, 'role') ?? 'admin', password: flag(args, 'password') });
        const u = await loyaal.services.users.createUser(actor, body);
        console.log(`created ${u.role} ${u.email} (${u.id})`);
      } finally {
        await loyaal.close();
      }
      return;
    }
    case 'seed': {
      if (!args.includes('--demo')) throw new Error('only `seed --demo` exists');
      const size = flag(args, 'size') === 'large' ? 'large' : 'small';
      const { createLoyaal } = await import('../app.js');
      const { seedDemo } = await import('./seed-demo.js');
      const loyaal = await createLoyaal({ config, logger: createLogger('warn') });
      try {
        if ((await loyaal.services.users.listUsers({ page: 1, pageSize: 1 })).total > 0) throw new Error('the database already has users; seed an empty one');
        await seedDemo(loyaal, size, new Progress('Seeding'));
      } finally {
        await loyaal.close();
      }
      return;
    }
    case 'import': {
      const [kind, file] = args;
      const { IMPORT_KINDS } = await import('../modules/imports/index.js');
      if (!(IMPORT_KINDS as readonly string[]).includes(kind) || !file) throw new Error(`usage: loyaal import <${IMPORT_KINDS.join('|')}> <file> [--dry-run] [--all-or-nothing]`);
      const { createLoyaal } = await import('../app.js');
      const { SYSTEM_ACTOR } = await import('../kernel/context.js');
      const loyaal = await createLoyaal({ config, logger: createLogger('warn') });
      const progress = new Progress(`Import ${basename(file)}`);
      let started = false;
      try {
        const report = await loyaal.services.imports.runImport({
          kind: kind as (typeof IMPORT_KINDS)[number],
          path: file,
          fileName: basename(file),
          dryRun: args.includes('--dry-run'),
          mode: args.includes('--all-or-nothing') ? 'all-or-nothing' : 'best-effort',
          actor: SYSTEM_ACTOR,
          onProgress: (bytes, total) => {
            if (!started) progress.start(total);
            started = true;
            progress.set(bytes);
          },
        });
        if (started) progress.done();
        console.log(
          `${report.status}: ${report.rowsRead} rows read, ${report.created} created, ${report.updated} updated, ${report.skipped} unchanged, ${report.rejected} rejected (${report.encoding})`,
        );
        for (const r of report.rejections.slice(0, 20)) console.log(`  line ${r.line}: ${r.reason}`);
        if (report.rejected > 20) console.log(`  … the full report: loyaal serve, then GET ${report.reportUrl}`);
        if (report.status === 'failed' || report.status === 'rejected') process.exitCode = 1;
      } finally {
        await loyaal.close();
      }
      return;
    }
    case 'backup': {
      const file = args[0];
      if (!file) throw new Error('usage: loyaal backup <file>');
      if (config.dialect === 'postgres') {
        console.log(`pg_dump --format=custom --file=${file} '${config.databaseUrl}'`);
        return;
      }
      const db = new SQLite(config.databaseUrl, { readonly: true });
      const progress = new Progress('Backup');
      let started = false;
      await db.backup(file, {
        progress: ({ totalPages, remainingPages }) => {
          if (!started) progress.start(totalPages);
          started = true;
          progress.set(totalPages - remainingPages);
          return 100;
        },
      });
      progress.done();
      db.close();
      console.log(`backup written to ${file}`);
      return;
    }
    default:
      console.log(USAGE);
      if (command && command !== 'help' && command !== '--help') process.exitCode = 2;
  }
}

main(process.argv.slice(2)).catch((err) => {
  if (err instanceof ConfigError) console.error(err.message);
  else console.error(`loyaal: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
