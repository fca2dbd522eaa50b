import { type Kysely, type Migration, type MigrationResultSet, Migrator, NO_MIGRATIONS } from 'kysely';

export interface MigrationStatus {
  name: string;
  executedAt?: string;
}

/**
 * Runs the app's ordered migrations. Each run is one transaction on both dialects, so a failing migration leaves
 * the database exactly as it was. On PostgreSQL, Kysely's advisory lock lets several instances start at once.
 */
export class DbMigrator {
  private readonly migrator: Migrator;

  /** `schema`: the PostgreSQL schema that holds the migration tables (default: the search path's first). */
  constructor(db: Kysely<unknown>, migrations: Record<string, Migration>, schema?: string) {
    this.migrator = new Migrator({
      db,
      ...(schema ? { migrationTableSchema: schema } : {}),
      provider: { getMigrations: async () => migrations },
      migrationTableName: 'schema_migrations',
      migrationLockTableName: 'schema_migrations_lock',
    });
  }

  /** Applies every pending migration. */
  async up(): Promise<string[]> {
    return unwrap(await this.migrator.migrateToLatest());
  }

  /** Reverts the newest migration, or all of them with `all`. */
  async down(all = false): Promise<string[]> {
    return unwrap(all ? await this.migrator.migrateTo(NO_MIGRATIONS) : await this.migrator.migrateDown());
  }

  async status(): Promise<MigrationStatus[]> {
    const list = await this.migrator.getMigrations();
    return list.map((m) => ({ name: m.name, executedAt: m.executedAt?.toISOString() }));
  }
}

function unwrap(result: MigrationResultSet): string[] {
  if (result.error) {
    const failed = result.results?.find((r) => r.status === 'Error')?.migrationName;
    throw new Error(`migration ${failed ?? '(unknown)'} failed: ${String((result.error as Error).message ?? result.error)}`, {
      cause: result.error,
    });
  }
  return (result.results ?? []).map((r) => `${r.direction === 'Up' ? 'up' : 'down'} ${r.migrationName}`);
}
