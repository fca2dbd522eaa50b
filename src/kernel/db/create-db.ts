import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import {
  CamelCasePlugin,
  CompiledQuery,
  type DatabaseConnection,
  type Driver,
  Kysely,
  type KyselyPlugin,
  OperationNodeTransformer,
  type PrimitiveValueListNode,
  type ValueNode,
  type PluginTransformQueryArgs,
  type PluginTransformResultArgs,
  type QueryResult,
  type RootOperationNode,
  type UnknownRow,
  PostgresDialect,
  SqliteAdapter,
  SqliteDialect,
  SqliteDriver,
} from 'kysely';
import pg from 'pg';
import type { Dialect } from '../config.js';

/**
 * SQLite writes start with `BEGIN IMMEDIATE`, so a transaction takes the write lock up front instead of failing
 * halfway with SQLITE_BUSY when it upgrades from a read.
 */
class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }
}

/** SQLite does run DDL inside transactions; saying so makes every migration batch all-or-nothing. */
class TransactionalDdlSqliteAdapter extends SqliteAdapter {
  override get supportsTransactionalDdl(): boolean {
    return true;
  }
}

class LoyaalSqliteDialect extends SqliteDialect {
  constructor(private readonly database: SQLite.Database) {
    super({ database });
  }
  override createDriver(): Driver {
    return new ImmediateSqliteDriver({ database: this.database });
  }
  override createAdapter(): SqliteAdapter {
    return new TransactionalDdlSqliteAdapter();
  }
}

export interface DbHandle<DB> {
  db: Kysely<DB>;
  dialect: Dialect;
  /** The PostgreSQL pool (for pg-boss and LISTEN/NOTIFY); absent on SQLite. */
  pool?: pg.Pool;
  close(): Promise<void>;
}

export interface CreateDbOptions {
  dialect: Dialect;
  /** SQLite file path (or `:memory:`), or a PostgreSQL connection string. */
  url: string;
  /** PostgreSQL schema to use (tests give each file its own). */
  schema?: string;
  poolSize?: number;
}

const PG_INT8 = 20;
const PG_NUMERIC = 1700;

/** better-sqlite3 binds no booleans; SQLite stores them as 1 and 0 anyway. */
class SqliteBooleanTransformer extends OperationNodeTransformer {
  protected override transformValue(node: ValueNode): ValueNode {
    return typeof node.value === 'boolean' ? { ...node, value: node.value ? 1 : 0 } : node;
  }
  protected override transformPrimitiveValueList(node: PrimitiveValueListNode): PrimitiveValueListNode {
    return { ...node, values: node.values.map((v) => (typeof v === 'boolean' ? (v ? 1 : 0) : v)) };
  }
}

class SqliteBooleanPlugin implements KyselyPlugin {
  private readonly transformer = new SqliteBooleanTransformer();
  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    return this.transformer.transformNode(args.node);
  }
  async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    return args.result;
  }
}

/** PostgreSQL returns `timestamptz` as Date; the app works with ISO strings on both dialects. */
class DatesAsIsoPlugin implements KyselyPlugin {
  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    return args.node;
  }
  async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    for (const row of args.result.rows) {
      for (const key in row) if (row[key] instanceof Date) row[key] = (row[key] as Date).toISOString();
    }
    return args.result;
  }
}

/**
 * Opens the database. Both dialects return the same JavaScript shapes: instants as ISO-8601 UTC strings,
 * bigint/numeric as numbers (cents fit easily in 2^53), snake_case columns as camelCase properties.
 * `db.withoutPlugins()` gives the raw view that the sign-in library uses with its own field mapping.
 */
export function createDb<DB>(opts: CreateDbOptions): DbHandle<DB> {
  const plugins = [new CamelCasePlugin(), new DatesAsIsoPlugin()];
  if (opts.dialect === 'sqlite') {
    if (opts.url !== ':memory:') mkdirSync(dirname(opts.url), { recursive: true });
    const database = new SQLite(opts.url);
    database.pragma('journal_mode = WAL');
    database.pragma('synchronous = FULL');
    database.pragma('foreign_keys = ON');
    database.pragma('busy_timeout = 5000');
    const db = new Kysely<DB>({ dialect: new LoyaalSqliteDialect(database), plugins: [...plugins, new SqliteBooleanPlugin()] });
    return { db, dialect: 'sqlite', close: () => db.destroy() };
  }
  const types = {
    getTypeParser(oid: number, format?: 'text' | 'binary') {
      if (oid === PG_INT8 || oid === PG_NUMERIC) return (v: string) => Number(v);
      return pg.types.getTypeParser(oid, format);
    },
  };
  const pool = new pg.Pool({
    connectionString: opts.url,
    max: opts.poolSize ?? 10,
    types: types as pg.CustomTypesConfig,
    ...(opts.schema ? { options: `-c search_path=${opts.schema}` } : {}),
  });
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }), plugins });
  return { db, dialect: 'postgres', pool, close: () => db.destroy() };
}
