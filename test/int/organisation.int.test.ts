import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialects, startTestApp, type TestApp } from '../db-context.js';
import { asRole } from '../http.js';

describe.each(dialects())('organisation settings (%s)', (dialect) => {
  let t: TestApp;
  let admin: Awaited<ReturnType<typeof asRole>>;
  beforeAll(async () => {
    t = await startTestApp(dialect);
    admin = await asRole(t.loyaal, 'admin');
  });
  afterAll(() => t.close());

  it('normalises Dutch details and refuses invalid ones field by field', async () => {
    const org = (await t.loyaal.app.inject({ url: '/api/v1/organisation', headers: admin.headers })).json();
    expect(org).toMatchObject({ timeZone: 'Europe/Amsterdam', defaultLocale: 'nl' });
    const bad = await t.loyaal.app.inject({
      method: 'PATCH',
      url: '/api/v1/organisation',
      headers: admin.headers,
      payload: { version: org.version, postcode: '0123 AB', iban: 'NL00 ABNA 0000 0000 00', kvkNumber: '123' },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors.map((e: { path: string }) => e.path).sort()).toEqual(['body.iban', 'body.kvkNumber', 'body.postcode']);
    const ok = await t.loyaal.app.inject({
      method: 'PATCH',
      url: '/api/v1/organisation',
      headers: admin.headers,
      payload: { version: org.version, name: 'Fietsservice Zwolle', postcode: '8011ab', iban: 'nl91abna0417164300', kvkNumber: '12345678', vatId: 'nl 123456789 b01' },
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ postcode: '8011 AB', iban: 'NL91 ABNA 0417 1643 00', vatId: 'NL123456789B01', version: org.version + 1 });
  });

  it('lets only admins change the settings', async () => {
    const manager = await asRole(t.loyaal, 'manager');
    const org = (await t.loyaal.app.inject({ url: '/api/v1/organisation', headers: manager.headers })).json();
    expect((await t.loyaal.app.inject({ method: 'PATCH', url: '/api/v1/organisation', headers: manager.headers, payload: { version: org.version, name: 'X' } })).statusCode).toBe(403);
  });
});
