import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, chromium } from 'playwright-core';
import { createLoyaal, type Loyaal } from '../../src/app.js';
import { seedDemo } from '../../src/cli/seed-demo.js';
import { loadConfig } from '../../src/kernel/config.js';
import { createLogger } from '../../src/kernel/logger.js';
import { CHROMIUM } from './global-setup.js';

/** Chromium from Debian with the flags this machine needs (no sandbox as root, no background network). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** The real server with the built web app and the demo department, on a free loopback port. */
export async function startDemoServer(env: Record<string, string> = {}): Promise<{ loyaal: Loyaal; url: string; stop(): Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'loyaal-e2e-'));
  const port = 40_000 + Math.floor(Math.random() * 20_000);
  const url = `http://127.0.0.1:${port}`;
  const config = loadConfig({ DATA_DIR: dir, BASE_URL: url, PORT: String(port), LOYAAL_SECRET: 'e2e-secret-e2e-secret-e2e-secret-012345', LOG_LEVEL: 'warn', ...env });
  const loyaal = await createLoyaal({ config, logger: createLogger('warn'), startJobs: true });
  await seedDemo(loyaal, 'small');
  await loyaal.app.listen({ port, host: '127.0.0.1' });
  return {
    loyaal,
    url,
    async stop() {
      await loyaal.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
