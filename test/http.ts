import type { Loyaal } from '../src/app.js';
import { SYSTEM_ACTOR } from '../src/kernel/context.js';
import type { StaffRole } from '../src/kernel/auth/principal.js';
import { BASE_URL } from './db-context.js';

export const PASSWORD = 'correct-horse-battery';
let seq = 0;

/** A unique email per call, so tests never depend on each other's data. */
export function uniqueEmail(prefix = 'user'): string {
  seq += 1;
  return `${prefix}.${process.pid}.${seq}.${Math.random().toString(36).slice(2, 6)}@test.loyaal.nl`;
}

const seedActor = {
  ...SYSTEM_ACTOR,
  principal: { kind: 'staff' as const, userId: '', name: 'test', email: 'test', role: 'admin' as const, locale: 'nl', sessionId: '' },
};

/** Creates an active user with a password directly through the service. */
export async function newUser(loyaal: Loyaal, role: StaffRole, overrides: { email?: string; password?: string; managerId?: string } = {}) {
  return loyaal.services.users.createUser(seedActor, {
    name: `Test ${role}`,
    email: overrides.email ?? uniqueEmail(role),
    role,
    locale: 'nl',
    password: overrides.password ?? PASSWORD,
    managerId: overrides.managerId ?? null,
    skills: [],
    hourlyCostCents: 0,
    contractHoursPerWeek: 0,
  });
}

/** Signs in through the HTTP API and returns the cookie header to send afterwards. */
export async function signIn(loyaal: Loyaal, email: string, password = PASSWORD, origin = BASE_URL): Promise<string> {
  const res = await loyaal.app.inject({
    method: 'POST',
    url: '/api/auth/sign-in/email',
    headers: { origin, 'content-type': 'application/json' },
    payload: { email, password },
  });
  if (res.statusCode !== 200) throw new Error(`sign-in failed: ${res.statusCode} ${res.body}`);
  const cookie = [res.headers['set-cookie']].flat().find((c) => c?.includes('session_token'));
  return String(cookie).split(';')[0];
}

/** Signs in a new user of `role` and returns a request helper that carries its session. */
export async function asRole(loyaal: Loyaal, role: StaffRole) {
  const user = await newUser(loyaal, role);
  const cookie = await signIn(loyaal, user.email);
  return { user, cookie, headers: { cookie, origin: BASE_URL } };
}
