import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SLA_TABLE } from '../../src/modules/sla/business-time.cases.js';
import { dialects, startTestApp, type TestApp } from '../db-context.js';
import { asRole } from '../http.js';

/**
 * The hand-computed business-time table through the whole product on both databases: each row becomes a
 * calendar (stored via the API), a team using it, a policy whose resolution target is the row's minutes, and a
 * case opened at the row's instant; the case's resolution deadline must be the row's answer.
 */
describe.each(dialects())('SLA table through cases (%s)', (dialect) => {
  let t: TestApp;
  let headers: Record<string, string>;
  beforeAll(async () => {
    t = await startTestApp(dialect);
    // An API key, not a session: the clock jumps to each row's instant, months from when a session began.
    const admin = await asRole(t.loyaal, 'admin');
    const key = await t.loyaal.app.inject({ method: 'POST', url: '/api/v1/api-keys', headers: admin.headers, payload: { name: 'SLA', scopes: ['*'] } });
    headers = { authorization: `Bearer ${key.json().key}` };
  });
  afterAll(() => t.close());

  const call = (method: 'GET' | 'POST' | 'PUT', url: string, payload?: unknown) => t.loyaal.app.inject({ method, url, headers, payload: payload as object });
  const rows = SLA_TABLE.flatMap((r, i) => (r.op === 'add' && r.minutes > 0 ? [{ ...r, i }] : []));

  it(`gives each of the ${rows.length} hand-computed deadlines`, { timeout: 300_000 }, async () => {
    expect(rows.length).toBeGreaterThanOrEqual(30);
    const wrong: string[] = [];
    for (const row of rows) {
      const segment = `sla-${row.i}`;
      const calendar = await call('POST', '/api/v1/sla/calendars', { name: `Rij ${row.i}`, calendar: row.cal });
      expect(calendar.statusCode, calendar.body).toBe(201);
      const team = (await call('POST', '/api/v1/teams', { name: `SLA-team ${row.i}` })).json();
      expect((await call('PUT', `/api/v1/teams/${team.id}/case-settings`, { calendarId: calendar.json().id })).statusCode).toBe(200);
      const policy = await call('POST', '/api/v1/sla/policies', {
        name: `Rij ${row.i}`,
        position: 1,
        match: { segments: [segment] },
        targets: { firstResponseMinutes: null, nextResponseMinutes: null, resolutionMinutes: row.minutes, warnAtPercent: 80 },
      });
      expect(policy.statusCode, policy.body).toBe(201);
      const customer = (await call('POST', '/api/v1/customers', { kind: 'person', name: `Klant ${row.i}`, segment })).json();
      t.clock.set(new Date(row.from));
      const made = await call('POST', '/api/v1/cases', { customerId: customer.id, subject: row.name, body: 'x', teamId: team.id });
      expect(made.statusCode, made.body).toBe(201);
      const due = made.json().sla.find((s: { target: string }) => s.target === 'resolution')?.dueAt;
      if (due !== new Date(row.expected).toISOString()) wrong.push(`${row.name}: ${due} ≠ ${row.expected}`);
    }
    expect(wrong).toEqual([]);
  });
});
