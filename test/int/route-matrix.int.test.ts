import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STAFF_ROLES, type StaffRole } from '../../src/kernel/auth/principal.js';
import type { RouteEntry } from '../../src/kernel/http/build-app.js';
import { dialects, startTestApp, type TestApp } from '../db-context.js';
import { asRole } from '../http.js';

const SAMPLE_ID = '01900000-0000-7000-8000-000000000000';
const concrete = (url: string) => url.replace(/:[a-zA-Z]+/g, SAMPLE_ID).replace('*', 'get-session');

/**
 * Every registered route × anonymous and every staff role. Declared roles must pass the guard (any answer but
 * 401/403), other roles get 403, anonymous gets 401. New routes join this matrix by being registered.
 */
describe.each(dialects())('authorization matrix (%s)', (dialect) => {
  let t: TestApp;
  const cookies = new Map<StaffRole, Record<string, string>>();

  beforeAll(async () => {
    t = await startTestApp(dialect);
    for (const role of STAFF_ROLES) cookies.set(role, (await asRole(t.loyaal, role)).headers);
  });
  afterAll(() => t.close());

  it('knows every route and every route declares access', () => {
    const routes = t.loyaal.app.routeTable;
    expect(routes.length).toBeGreaterThan(15);
    for (const r of routes) expect(r.access, `${r.method} ${r.url}`).toBeDefined();
  });

  it('answers each route for each role as declared', async () => {
    const failures: string[] = [];
    const routes: RouteEntry[] = t.loyaal.app.routeTable.filter((r) => r.access !== 'public');
    for (const r of routes) {
      const access = r.access;
      const url = concrete(r.url);
      const payload = ['POST', 'PATCH', 'PUT'].includes(r.method) ? {} : undefined;
      const anon = await t.loyaal.app.inject({ method: r.method as 'GET', url, payload });
      if (anon.statusCode !== 401) failures.push(`${r.method} ${r.url} anonymous → ${anon.statusCode}`);
      for (const role of STAFF_ROLES) {
        // Event streams never end: read the status line and hang up.
        const res = await t.loyaal.app.inject({ method: r.method as 'GET', url, payload, headers: cookies.get(role), payloadAsStream: url.endsWith('/stream') });
        if (url.endsWith('/stream')) res.stream().destroy();
        const allowed = access !== 'public' && access !== 'customer' && access.roles.includes(role);
        const ok = allowed ? ![401, 403].includes(res.statusCode) : res.statusCode === 403;
        if (!ok) failures.push(`${r.method} ${r.url} as ${role} → ${res.statusCode} (${allowed ? 'allowed' : 'refused'})`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('serves public routes to anonymous callers', async () => {
    for (const url of ['/api/health', '/api/v1/openapi.json']) {
      expect((await t.loyaal.app.inject({ url })).statusCode, url).toBe(200);
    }
  });

  it('lists every non-public API route in the OpenAPI document', async () => {
    const doc = (await t.loyaal.app.inject({ url: '/api/v1/openapi.json' })).json();
    const documented = new Set(Object.keys(doc.paths).map((p) => p.replace(/\{(\w+)\}/g, ':$1')));
    const missing = t.loyaal.app.routeTable
      .filter((r) => r.url.startsWith('/api/v1/') && r.url !== '/api/v1/openapi.json' && !r.url.endsWith('.csv'))
      .filter((r) => !documented.has(r.url))
      .map((r) => r.url);
    expect(missing).toEqual([]);
  });
});
