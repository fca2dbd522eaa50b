import { describe, expect, test } from 'vitest';
import { matchPolicy, type SlaPolicy } from './policy.js';

const targets = { firstResponseMinutes: 60, nextResponseMinutes: null, resolutionMinutes: 960, warnAtPercent: 80 };
const policy = (id: string, position: number, match: SlaPolicy['match']): SlaPolicy => ({ id, name: id, position, match, targets });

const POLICIES = [
  policy('fallback', 100, {}),
  policy('business-urgent', 10, { priorities: ['urgent', 'high'], segments: ['business'] }),
  policy('phone', 20, { channels: ['phone'] }),
  policy('urgent', 30, { priorities: ['urgent'] }),
  policy('empty-lists', 40, { priorities: [], channels: [], segments: [] }),
];

describe('matchPolicy', () => {
  test.each([
    [{ priority: 'urgent', channel: 'email', segment: 'business' }, 'business-urgent'],
    [{ priority: 'high', channel: 'phone', segment: 'business' }, 'business-urgent'],
    [{ priority: 'urgent', channel: 'email', segment: 'consumer' }, 'urgent'],
    [{ priority: 'urgent', channel: 'phone', segment: null }, 'phone'],
    [{ priority: 'urgent', channel: 'email', segment: null }, 'urgent'],
    [{ priority: 'normal', channel: 'email', segment: 'business' }, 'empty-lists'],
  ])('%j → %s', (subject, expected) => {
    expect(matchPolicy(POLICIES, subject)?.id).toBe(expected);
  });

  test('the lowest position wins, whatever the array order', () => {
    const reversed = [...POLICIES].reverse();
    expect(matchPolicy(reversed, { priority: 'urgent', channel: 'phone', segment: 'business' })?.id).toBe('business-urgent');
  });

  test('every given criterion must match; a null segment never matches a segment list', () => {
    const only = [policy('b2b-phone', 1, { channels: ['phone'], segments: ['business'] })];
    expect(matchPolicy(only, { priority: 'low', channel: 'phone', segment: 'business' })?.id).toBe('b2b-phone');
    expect(matchPolicy(only, { priority: 'low', channel: 'email', segment: 'business' })).toBeNull();
    expect(matchPolicy(only, { priority: 'low', channel: 'phone', segment: null })).toBeNull();
  });

  test('equal positions fall back to the id; no policies match nothing', () => {
    const tied = [policy('b', 5, {}), policy('a', 5, {})];
    expect(matchPolicy(tied, { priority: 'low', channel: 'email', segment: null })?.id).toBe('a');
    expect(matchPolicy([], { priority: 'low', channel: 'email', segment: null })).toBeNull();
  });
});
