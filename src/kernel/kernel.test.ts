import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkAccess } from './http/access.js';
import { type ConfigError, loadConfig } from './config.js';
import { csvCell, csvRow } from './csv.js';
import { AppError, toProblem } from './errors.js';
import { newId, UUID_RE } from './ids.js';
import { formatEuro, parseEuro, sumCents, vatAtBp, vatPerRate } from './money.js';

describe('newId', () => {
  it('makes version-7 UUIDs that sort in creation order', () => {
    const ids = Array.from({ length: 5000 }, () => newId());
    for (const id of ids) expect(id).toMatch(UUID_RE);
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
  });
  it('puts the millisecond timestamp in the first 48 bits', () => {
    const id = newId(Date.UTC(2030, 0, 1));
    expect(Number.parseInt(id.replace(/-/g, '').slice(0, 12), 16)).toBeGreaterThanOrEqual(Date.UTC(2030, 0, 1));
  });
});

describe('money', () => {
  it.each([
    ['1.234,56', 123456],
    ['1234,56', 123456],
    ['€ 12', 1200],
    ['-0,05', -5],
    ['1234.56', 123456],
    ['1.234', 123400],
    ['0,5', 50],
  ])('parses %s as %i cents', (text, value) => expect(parseEuro(text)).toBe(value));

  it.each(['1,234,56', 'abc', '12,345', '1.23.4'])('refuses %s', (text) => expect(() => parseEuro(text)).toThrow(RangeError));

  it('formats cents as Dutch euros', () => {
    expect(formatEuro(123456).replace(/\s/g, ' ')).toBe('€ 1.234,56');
  });

  it('rounds VAT half away from zero per line', () => {
    expect(vatAtBp(1050, 2100)).toBe(221); // 220.5
    expect(vatAtBp(-1050, 2100)).toBe(-221);
    expect(vatAtBp(999, 900)).toBe(90); // 89.91
    expect(vatAtBp(12345, 0)).toBe(0);
    expect(vatAtBp(100_000_000_003, 2100)).toBe(21_000_000_001); // 0.63 cents on a billion euros: exact
    // Per rate, not per line: three lines of € 0,12 at 21 % are 3 × 2,52 → 9 cents per line, but 7,56 → 8 per rate.
    expect(vatPerRate([1, 2, 3].map(() => ({ quantity: 1, unitPriceCents: 12, vatCode: 'standard', vatPercentBp: 2100 })))).toEqual([
      { vatCode: 'standard', vatPercentBp: 2100, netCents: 36, vatCents: 8 },
    ]);
  });

  it('sums cents exactly, unlike floating euros', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -1_000_000, max: 1_000_000 })), (xs) => {
        expect(sumCents(xs)).toBe(xs.reduce((a, b) => a + b, 0));
      }),
    );
    expect(() => sumCents([0.5])).toThrow();
  });
});

describe('csv', () => {
  it.each([
    ['=SUM(A1)', "'=SUM(A1)"],
    ['+31 6 1234', "'+31 6 1234"],
    ['-1', "'-1"],
    ['@cmd', "'@cmd"],
    ['a,b', '"a,b"'],
    ['zeg "hoi"', '"zeg ""hoi"""'],
    ['gewoon', 'gewoon'],
  ])('makes %s safe as %s', (input, out) => expect(csvCell(input)).toBe(out));
  it('ends rows with CRLF', () => expect(csvRow([1, null, 'x'])).toBe('1,,x\r\n'));
});

describe('loadConfig', () => {
  it('defaults to SQLite in the data folder', () => {
    const c = loadConfig({ DATA_DIR: '/tmp/loyaal-cfg', LOYAAL_SECRET: 'x'.repeat(32) });
    expect(c).toMatchObject({ dialect: 'sqlite', databaseUrl: '/tmp/loyaal-cfg/loyaal.sqlite', port: 3000, demo: false });
  });
  it('switches to PostgreSQL by URL', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://u@h/db', LOYAAL_SECRET: 'x'.repeat(32) }).dialect).toBe('postgres');
  });
  it.each([
    ['PORT', 'abc'],
    ['DATABASE_URL', 'mysql://x'],
    ['LOYAAL_SECRET', 'short'],
    ['LOG_LEVEL', 'loud'],
    ['BASE_URL', 'not a url'],
  ])('names %s when it is invalid', (name, value) => {
    expect(() => loadConfig({ [name]: value, LOYAAL_SECRET: name === 'LOYAAL_SECRET' ? value : 'x'.repeat(32) })).toThrow(
      expect.objectContaining({ variable: name }) as ConfigError,
    );
  });
  it('requires a secret in production and turns demo data off there', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/LOYAAL_SECRET/);
    expect(loadConfig({ NODE_ENV: 'production', LOYAAL_SECRET: 'x'.repeat(32) }, { demo: true }).demo).toBe(false);
  });
});

describe('checkAccess', () => {
  const staff = { kind: 'staff' as const, userId: 'u', name: 'n', email: 'e', role: 'agent' as const, locale: 'nl', sessionId: 's' };
  const key = { ...staff, kind: 'apiKey' as const, keyId: 'k', scopes: ['users:read'] };
  const code = (fn: () => void) => {
    try {
      fn();
      return 'ok';
    } catch (e) {
      return (e as AppError).code;
    }
  };
  it('separates 401 from 403', () => {
    expect(code(() => checkAccess({ roles: ['agent'], scope: 'users' }, null, 'GET'))).toBe('unauthenticated');
    expect(code(() => checkAccess({ roles: ['admin'], scope: 'users' }, staff, 'GET'))).toBe('forbidden');
    expect(code(() => checkAccess({ roles: ['agent'], scope: 'users' }, staff, 'POST'))).toBe('ok');
  });
  it('limits API keys to their scopes', () => {
    expect(code(() => checkAccess({ roles: ['agent'], scope: 'users' }, key, 'GET'))).toBe('ok');
    expect(code(() => checkAccess({ roles: ['agent'], scope: 'users' }, key, 'PATCH'))).toBe('forbidden');
    expect(code(() => checkAccess({ roles: ['agent'], scope: 'teams' }, key, 'GET'))).toBe('forbidden');
  });
  it('never lets a customer onto a staff route', () => {
    expect(code(() => checkAccess({ roles: ['agent'], scope: 'users' }, { kind: 'customer', customerId: 'c', contactEmail: 'x' }, 'GET'))).toBe('forbidden');
  });
});

describe('toProblem', () => {
  it('hides the message of internal errors', () => {
    const p = toProblem(new AppError('internal', { detail: 'db password is hunter2' }), '/x');
    expect(p).toMatchObject({ status: 500, code: 'internal' });
    expect(JSON.stringify(p)).not.toContain('hunter2');
  });
  it('prefers the specific code', () => {
    expect(toProblem(new AppError('conflict', { subcode: 'user.email_taken' })).code).toBe('user.email_taken');
  });
});
