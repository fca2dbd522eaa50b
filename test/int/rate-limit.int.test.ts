import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLoyaal, type Loyaal } from '../../src/app.js';
import { createLogger } from '../../src/kernel/logger.js';
import { freshDb, memoryMailer, type TestDb } from '../db-context.js';
import { newUser, signIn } from '../http.js';

/** The request budget is per signed-in caller on staff routes (a desk shares one office address), per address otherwise. */
describe('request rate limit', () => {
  let db: TestDb;
  let loyaal: Loyaal;
  beforeAll(async () => {
    db = await freshDb('sqlite');
    loyaal = await createLoyaal({ config: db.config, logger: createLogger('silent'), mailer: memoryMailer(), rateLimitPerMinute: 5 });
  });
  afterAll(async () => {
    await loyaal.close();
    await db.drop();
  });

  it('gives every signed-in colleague behind one address their own budget', async () => {
    const cookies = [];
    for (const role of ['agent', 'agent'] as const) cookies.push(await signIn(loyaal, (await newUser(loyaal, role)).email));
    const status = async (cookie?: string) => (await loyaal.app.inject({ url: '/api/v1/me', headers: cookie ? { cookie } : {} })).statusCode;
    const first = [];
    for (let i = 0; i < 6; i++) first.push(await status(cookies[0]));
    expect(first.slice(0, 5)).toEqual([200, 200, 200, 200, 200]);
    expect(first[5]).toBe(429);
    expect(await status(cookies[1])).toBe(200);
    const anonymous = [];
    for (let i = 0; i < 6; i++) anonymous.push((await loyaal.app.inject({ url: '/api/health' })).statusCode);
    expect(anonymous).toContain(429);
  });
});
