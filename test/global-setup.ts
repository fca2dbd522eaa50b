import { postgresReachable, PG_URL } from './pg.js';

/**
 * Decides once whether the PostgreSQL half of the integration tests runs. Missing PostgreSQL skips it loudly on a
 * laptop and fails the run in CI.
 */
export default async function setup({ provide }: { provide: (key: string, value: unknown) => void }) {
  const ok = await postgresReachable();
  if (!ok) {
    const line = `PostgreSQL not reachable at ${PG_URL}: the PostgreSQL integration tests`;
    if (process.env.CI === 'true') throw new Error(`${line} cannot run, and CI requires them.`);
    console.warn(`\n!!! ${line} are SKIPPED. Start PostgreSQL or set DATABASE_URL_TEST.\n`);
  }
  provide('postgres', ok);
}

declare module 'vitest' {
  export interface ProvidedContext {
    postgres: boolean;
  }
}
