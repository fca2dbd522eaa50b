import { describe, expect, it } from 'vitest';
import { canMove } from './repair.status.js';

describe('repair status machine', () => {
  it('lets the workshop start on a product handed in without a plan, but not a visit', () => {
    expect(canMove('workshop', 'created', 'in_progress')).toBe(true);
    expect(canMove('home', 'created', 'in_progress')).toBe(false);
    expect(canMove('delivery', 'created', 'in_progress')).toBe(false);
  });

  it('keeps ready for workshop jobs and nothing leaves a final status', () => {
    expect(canMove('workshop', 'in_progress', 'ready')).toBe(true);
    expect(canMove('home', 'in_progress', 'ready')).toBe(false);
    expect(canMove('workshop', 'created', 'ready')).toBe(false);
    for (const to of ['planned', 'in_progress', 'ready', 'completed', 'cancelled'] as const) {
      expect(canMove('workshop', 'completed', to)).toBe(false);
      expect(canMove('home', 'cancelled', to)).toBe(false);
    }
  });
});
