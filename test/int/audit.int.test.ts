import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialects, startTestApp, type TestApp } from '../db-context.js';
import { asRole } from '../http.js';

describe.each(dialects())('audit log (%s)', (dialect) => {
  let t: TestApp;
  let admin: Awaited<ReturnType<typeof asRole>>;
  beforeAll(async () => {
    t = await startTestApp(dialect);
    admin = await asRole(t.loyaal, 'admin');
  });
  afterAll(() => t.close());

  it('filters by action prefix and entity, newest first, with before and after values', async () => {
    const created = await t.loyaal.app.inject({ method: 'POST', url: '/api/v1/teams', headers: admin.headers, payload: { name: 'Audit team' } });
    const team = created.json();
    await t.loyaal.app.inject({ method: 'PATCH', url: `/api/v1/teams/${team.id}`, headers: admin.headers, payload: { version: 1, name: 'Audit team 2' } });
    const res = await t.loyaal.app.inject({ url: `/api/v1/audit?action=team.&entityId=${team.id}`, headers: admin.headers });
    const page = res.json();
    expect(page.items.map((e: { action: string }) => e.action)).toEqual(['team.updated', 'team.created']);
    expect(page.items[0]).toMatchObject({ before: { name: 'Audit team' }, after: { name: 'Audit team 2' }, ip: '127.0.0.1' });
    expect(page.items[0].requestId).toBeTruthy();
  });

  it('exports CSV that a spreadsheet cannot execute', async () => {
    await t.loyaal.app.inject({ method: 'POST', url: '/api/v1/teams', headers: admin.headers, payload: { name: '=HYPERLINK("http://x","klik")' } });
    const res = await t.loyaal.app.inject({ url: '/api/v1/audit/export.csv?entityType=team', headers: admin.headers });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toMatch(/attachment/);
    const lines = res.body.trim().split('\r\n');
    expect(lines[0]).toBe('at,actor,actor_id,ip,action,entity_type,entity_id,before,after,request_id');
    expect(res.body).not.toMatch(/(^|,)=HYPERLINK/m);
    expect(res.body).toContain('""name"":""=HYPERLINK');
  });

  it('is not visible to agents', async () => {
    const agent = await asRole(t.loyaal, 'agent');
    expect((await t.loyaal.app.inject({ url: '/api/v1/audit', headers: agent.headers })).statusCode).toBe(403);
  });
});
