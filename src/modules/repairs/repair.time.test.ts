import { describe, expect, it } from 'vitest';
import { daysWithoutProduct, localDate, nextDate, startOfLocalDay } from './repair.time.js';

describe('localDate', () => {
  it('uses Amsterdam time, not UTC', () => {
    expect(localDate('2026-06-30T22:30:00.000Z')).toBe('2026-07-01');
    expect(localDate('2026-01-31T23:30:00.000Z')).toBe('2026-02-01');
  });
});

describe('startOfLocalDay', () => {
  it('is 22:00 or 23:00 UTC the day before, by season', () => {
    expect(startOfLocalDay('2026-07-01')).toBe('2026-06-30T22:00:00.000Z');
    expect(startOfLocalDay('2026-01-15')).toBe('2026-01-14T23:00:00.000Z');
  });
  it('is right on both DST change days', () => {
    expect(startOfLocalDay('2026-03-29')).toBe('2026-03-28T23:00:00.000Z');
    expect(startOfLocalDay('2026-03-30')).toBe('2026-03-29T22:00:00.000Z');
    expect(startOfLocalDay('2026-10-25')).toBe('2026-10-24T22:00:00.000Z');
    expect(startOfLocalDay('2026-10-26')).toBe('2026-10-25T23:00:00.000Z');
  });
  it('steps through month ends', () => {
    expect(nextDate('2026-02-28')).toBe('2026-03-01');
    expect(nextDate('2026-12-31')).toBe('2027-01-01');
  });
});

describe('daysWithoutProduct', () => {
  const now = new Date('2026-04-10T10:00:00.000Z');
  it('is null before intake', () => {
    expect(daysWithoutProduct(null, null, now)).toBeNull();
  });
  it('counts whole local days from intake to return', () => {
    expect(daysWithoutProduct('2026-04-01T08:00:00.000Z', '2026-04-03T15:00:00.000Z', now)).toBe(2);
    expect(daysWithoutProduct('2026-04-01T08:00:00.000Z', '2026-04-01T15:00:00.000Z', now)).toBe(0);
  });
  it('counts to now while the product is still here', () => {
    expect(daysWithoutProduct('2026-04-07T08:00:00.000Z', null, now)).toBe(3);
  });
  it('is not thrown off by the spring DST change (a 23-hour day)', () => {
    // 28 March 23:30 local (22:30Z) to 30 March 00:30 local (22:30Z on the 29th): two calendar days, 47 hours.
    expect(daysWithoutProduct('2026-03-28T22:30:00.000Z', '2026-03-29T22:30:00.000Z', now)).toBe(2);
  });
  it('is not thrown off by the autumn DST change (a 25-hour day)', () => {
    // 24 October 23:30 local (21:30Z) to 25 October 23:30 local (22:30Z): one calendar day, 25 hours.
    expect(daysWithoutProduct('2026-10-24T21:30:00.000Z', '2026-10-25T22:30:00.000Z', now)).toBe(1);
  });
  it('uses the local date at midnight boundaries', () => {
    // 23:30 UTC on 31 March is already 1 April in Amsterdam.
    expect(daysWithoutProduct('2026-03-31T23:30:00.000Z', '2026-04-01T21:00:00.000Z', now)).toBe(0);
  });
});
