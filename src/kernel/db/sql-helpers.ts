import { type Expression, type Kysely, type SqlBool, sql } from 'kysely';

/** Escapes LIKE wildcards so user text matches literally (used with `escape '\'`). */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** Case-insensitive "column contains text" on both dialects. */
export function containsText(column: string, text: string): Expression<SqlBool> {
  return sql<SqlBool>`lower(${sql.ref(column)}) like ${`%${escapeLike(text.toLowerCase())}%`} escape '\\'`;
}

/** "column starts with text" (case-sensitive) on both dialects. */
export function startsWith(column: string, text: string): Expression<SqlBool> {
  return sql<SqlBool>`${sql.ref(column)} like ${`${escapeLike(text)}%`} escape '\\'`;
}

/**
 * Runs a multi-row insert in slices that stay under SQLite's limit of 32,766 bound values per statement
 * (PostgreSQL allows 65,535), whatever the number of rows.
 */
export async function insertInChunks<R extends object>(rows: R[], insert: (slice: R[]) => Promise<unknown>): Promise<void> {
  if (rows.length === 0) return;
  const perRow = Object.keys(rows[0]).length;
  const size = Math.max(1, Math.floor(30_000 / perRow));
  for (let i = 0; i < rows.length; i += size) await insert(rows.slice(i, i + size));
}

/**
 * Refreshes the query planner's statistics after a bulk load (outside any transaction). Without them, PostgreSQL plans a fresh table of
 * millions of rows as if it were empty, and SQLite cannot tell a selective index from a useless one.
 */
export async function analyze(db: Kysely<unknown>, dialect: 'sqlite' | 'postgres'): Promise<void> {
  // On PostgreSQL, VACUUM also sets the visibility map, without which counts and deep pages cannot be answered
  // from the index alone and visit every heap page of freshly loaded rows.
  await sql`${sql.raw(dialect === 'postgres' ? 'vacuum analyze' : 'analyze')}`.execute(db);
}
