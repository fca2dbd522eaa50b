import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Builds the web app once and checks for Chromium: missing Chromium skips loudly here and fails in CI. */
export default async function setup({ provide }: { provide: (key: string, value: unknown) => void }) {
  const ok = existsSync(CHROMIUM);
  if (!ok) {
    const line = `Chromium not found at ${CHROMIUM}: the end-to-end tests`;
    if (process.env.CI === 'true') throw new Error(`${line} cannot run, and CI requires them.`);
    console.warn(`\n!!! ${line} are SKIPPED. Install it with: apt-get install -y chromium\n`);
  } else {
    // A production build: vitest sets NODE_ENV=test, which would give React's slow development build.
    execFileSync('npx', ['vite', 'build', '--config', 'web/vite.config.ts', '--logLevel', 'warn'], { stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });
  }
  provide('chromium', ok);
}

declare module 'vitest' {
  export interface ProvidedContext {
    chromium: boolean;
  }
}
