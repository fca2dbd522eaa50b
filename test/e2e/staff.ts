import { expect } from 'vitest';
import { DEMO_PASSWORD } from '../../src/cli/seed-demo.js';
import { signIn } from '../http.js';
import type { startDemoServer } from './browser.js';

// biome-ignore lint/suspicious/noExplicitAny: API answers are checked by the assertions, not by types
export type Json = Record<string, any>;
type Server = Awaited<ReturnType<typeof startDemoServer>>;

/**
 * API sessions for demo staff (`agent` → agent@demo.loyaal.nl) on an end-to-end server, and a request helper
 * that asserts success: the setup and checks around what the browser does.
 */
export async function demoStaff(server: Server, who: readonly string[]) {
  const headers: Record<string, Record<string, string>> = {};
  for (const w of who) headers[w] = { cookie: await signIn(server.loyaal, `${w}@demo.loyaal.nl`, DEMO_PASSWORD, server.url), origin: server.url };
  async function call(w: string, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: unknown): Promise<Json> {
    const res = await server.loyaal.app.inject({ method, url, headers: headers[w], payload: payload as object });
    expect(res.statusCode, `${method} ${url}: ${res.body}`).toBeLessThan(300);
    return res.json();
  }
  return { headers, call };
}
