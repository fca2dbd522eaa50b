import { describe, expect, it } from 'vitest';
import { addMonths, warrantyOf } from './warranty.js';

describe('addMonths', () => {
  it.each([
    ['2024-01-31', 1, '2024-02-29'],
    ['2023-01-31', 1, '2023-02-28'],
    ['2024-03-15', 24, '2026-03-15'],
    ['2024-12-10', 2, '2025-02-10'],
    ['2024-02-29', 12, '2025-02-28'],
  ])('%s + %i months = %s', (d, m, out) => expect(addMonths(d, m)).toBe(out));
});

describe('warrantyOf', () => {
  it('covers up to the day before the anniversary', () => {
    expect(warrantyOf('2024-03-15', 24, null, '2026-03-14')).toMatchObject({ warrantyEnd: '2026-03-14', status: 'in_warranty' });
    expect(warrantyOf('2024-03-15', 24, null, '2026-03-15')).toMatchObject({ status: 'expired', covered: false });
  });
  it('continues under an extended warranty through its end date', () => {
    expect(warrantyOf('2020-05-01', 24, '2025-04-30', '2025-04-30')).toMatchObject({ status: 'extended', covered: true });
    expect(warrantyOf('2020-05-01', 24, '2025-04-30', '2025-05-01').status).toBe('expired');
  });
});
