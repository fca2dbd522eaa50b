import { describe, expect, it } from 'vitest';
import { formatCallDuration, formatDeadline, parseCallDuration, type RelativeDay } from '../../../web/src/features/cases/deadline.js';

const nl: Record<RelativeDay, string> = { today: 'vandaag', tomorrow: 'morgen', yesterday: 'gisteren' };
const en: Record<RelativeDay, string> = { today: 'today', tomorrow: 'tomorrow', yesterday: 'yesterday' };
/** Monday 1 December 2025, 09:15 in Amsterdam (CET, UTC+1). */
const now = new Date('2025-12-01T08:15:00Z');

describe('[CASES][DEADLINE]: due times as agents read them, in Amsterdam time', () => {
  it('names today, tomorrow and yesterday by their Amsterdam calendar day', () => {
    expect(formatDeadline('2025-12-01T15:30:00Z', 'nl', (d) => nl[d], now)).toBe('vandaag 16:30');
    expect(formatDeadline('2025-12-01T22:59:00Z', 'nl', (d) => nl[d], now)).toBe('vandaag 23:59');
    expect(formatDeadline('2025-12-01T23:00:00Z', 'nl', (d) => nl[d], now)).toBe('morgen 00:00');
    expect(formatDeadline('2025-11-30T16:00:00Z', 'nl', (d) => nl[d], now)).toBe('gisteren 17:00');
    expect(formatDeadline('2025-12-01T15:30:00Z', 'en', (d) => en[d], now)).toBe('today 16:30');
  });

  it('writes other days with a short weekday, day and month, and the year only when it differs', () => {
    expect(formatDeadline('2025-12-02T09:00:00Z', 'nl', (d) => nl[d], new Date('2025-11-28T10:00:00Z'))).toBe('di 2 dec 10:00');
    expect(formatDeadline('2025-12-02T09:00:00Z', 'en', (d) => en[d], new Date('2025-11-28T10:00:00Z'))).toBe('Tue 2 Dec 10:00');
    expect(formatDeadline('2026-06-01T07:00:00Z', 'nl', (d) => nl[d], now)).toBe('ma 1 jun 2026 09:00');
  });

  it('crosses the switch to summer time on the right day', () => {
    const saturday = new Date('2026-03-28T12:00:00Z');
    expect(formatDeadline('2026-03-29T00:30:00Z', 'nl', (d) => nl[d], saturday)).toBe('morgen 01:30');
    expect(formatDeadline('2026-03-29T01:30:00Z', 'nl', (d) => nl[d], saturday)).toBe('morgen 03:30');
  });

  it('shows nothing for a missing or broken time', () => {
    expect(formatDeadline(null, 'nl', (d) => nl[d], now)).toBe('');
    expect(formatDeadline('not a date', 'nl', (d) => nl[d], now)).toBe('');
  });

  it('reads and writes call durations as minutes:seconds', () => {
    expect(parseCallDuration('4:30')).toBe(270);
    expect(parseCallDuration(' 12 ')).toBe(720);
    expect(parseCallDuration('75:00')).toBe(4500);
    expect(parseCallDuration('1:02:03')).toBe(3723);
    expect(parseCallDuration('')).toBeNull();
    expect(parseCallDuration('4:3')).toBeUndefined();
    expect(parseCallDuration('4:60')).toBeUndefined();
    expect(parseCallDuration('vier')).toBeUndefined();
    expect(parseCallDuration('25:00:00')).toBeUndefined();
    expect(formatCallDuration(270)).toBe('4:30');
    expect(formatCallDuration(5)).toBe('0:05');
    expect(formatCallDuration(3723)).toBe('1:02:03');
    expect(formatCallDuration(null)).toBe('');
    for (const s of [0, 59, 60, 599, 3599, 3600, 86_400]) expect(parseCallDuration(formatCallDuration(s))).toBe(s);
  });
});
