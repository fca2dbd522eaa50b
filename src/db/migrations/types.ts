import { type ColumnDataType, type Kysely, SqliteAdapter } from 'kysely';

/**
 * Column types that mean the same on SQLite and PostgreSQL. Frozen with the migrations that use them: change
 * nothing here that an existing migration depends on; add a new helper instead.
 */
export function columnTypes(db: Kysely<unknown>) {
  const sqlite = db.getExecutor().adapter instanceof SqliteAdapter;
  return {
    sqlite,
    /** A UUIDv7 or other string id. */
    id: 'text' as ColumnDataType,
    /** A UTC instant: ISO-8601 text on SQLite, timestamptz on PostgreSQL. */
    instant: (sqlite ? 'text' : 'timestamptz') as ColumnDataType,
    /** Integer cents and other whole numbers that may exceed 2^31. */
    bigint: 'bigint' as ColumnDataType,
    /** JSON stored as text on both dialects; parsed by the repository that owns it. */
    json: 'text' as ColumnDataType,
  };
}
