import { describe, expect, it } from 'vitest';
import { addDays, isoWeekday, localDateOf, localTimeOf, localToUtc, minutesInside, regionOf, surchargeOf, workingWindows } from './planning.rules.js';

describe('regionOf', () => {
  it.each([
    ['1011 AB', 'west'],
    ['3999ZZ', 'west'],
    ['4000 AA', 'zuid'],
    ['4611 CD', 'zuid'],
    ['6599', 'zuid'],
    ['6600 AA', 'oost'],
    ['8399 XX', 'oost'],
    ['8400 AA', 'noord'],
    ['9999 ZZ', 'noord'],
  ])('maps %s to %s', (postcode, region) => {
    expect(regionOf(postcode)).toBe(region);
  });

  it.each(['0999 AA', '123', 'B-1000', '', '10000'])('has no region for %j', (postcode) => {
    expect(regionOf(postcode)).toBeNull();
  });
});

describe('surchargeOf', () => {
  it('takes a fixed surcharge as it is', () => {
    expect(surchargeOf(8995, 'fixed', 2495)).toBe(2495);
  });

  it('rounds a percentage half up to the cent', () => {
    expect(surchargeOf(8995, 'percent', 2500)).toBe(2249); // 2248.75
    expect(surchargeOf(1010, 'percent', 1250)).toBe(126); // 126.25
    expect(surchargeOf(1002, 'percent', 5000)).toBe(501); // 501.0
    expect(surchargeOf(1001, 'percent', 5000)).toBe(501); // 500.5 rounds up
    expect(surchargeOf(999, 'percent', 5000)).toBe(500); // 499.5 rounds up
    expect(surchargeOf(0, 'percent', 5000)).toBe(0);
  });
});

describe('local time in Europe/Amsterdam', () => {
  it('reads winter and summer slots with their own offset', () => {
    expect(localToUtc('2027-01-12', '18:00')).toBe('2027-01-12T17:00:00.000Z');
    expect(localToUtc('2027-07-12', '18:00')).toBe('2027-07-12T16:00:00.000Z');
  });

  it('handles the last Sunday of October (summer time ends at 03:00)', () => {
    expect(localToUtc('2026-10-25', '00:00')).toBe('2026-10-24T22:00:00.000Z');
    expect(localToUtc('2026-10-25', '09:00')).toBe('2026-10-25T08:00:00.000Z');
    expect(localToUtc('2026-10-25', '02:30')).toBe('2026-10-25T00:30:00.000Z'); // the earlier of the two
    expect(localToUtc('2026-10-24', '18:00')).toBe('2026-10-24T16:00:00.000Z');
  });

  it('handles the last Saturday and Sunday of March (summer time starts at 02:00)', () => {
    expect(localToUtc('2027-03-27', '09:00')).toBe('2027-03-27T08:00:00.000Z');
    expect(localToUtc('2027-03-28', '09:00')).toBe('2027-03-28T07:00:00.000Z');
    expect(localToUtc('2027-03-28', '02:30')).toBe('2027-03-28T01:30:00.000Z'); // skipped: read as winter time
  });

  it('gives the local date and time of an instant', () => {
    expect(localDateOf('2026-12-31T23:30:00.000Z')).toBe('2027-01-01');
    expect(localTimeOf('2026-10-25T08:00:00.000Z')).toBe('09:00');
    expect(isoWeekday('2027-04-27')).toBe(2);
    expect(addDays('2027-02-28', 1)).toBe('2027-03-01');
  });
});

describe('technician minutes in a slot', () => {
  const ms = (iso: string) => Date.parse(iso);
  const date = '2027-03-29'; // Monday, summer time
  const windows = workingWindows(date, [{ startTime: '08:00', endTime: '17:00' }]);
  const slot = { start: ms('2027-03-29T11:00:00Z'), end: ms('2027-03-29T15:00:00Z') }; // 13:00–17:00 local

  it('counts the overlap of working hours with the slot window', () => {
    expect(minutesInside(windows, slot, [])).toBe(240);
    const evening = { start: ms('2027-03-29T16:00:00Z'), end: ms('2027-03-29T19:00:00Z') }; // 18:00–21:00 local
    expect(minutesInside(windows, evening, [])).toBe(0);
  });

  it('leaves out an absence inside the slot', () => {
    const dentist = { start: ms('2027-03-29T12:00:00Z'), end: ms('2027-03-29T13:30:00Z') }; // 14:00–15:30 local
    expect(minutesInside(windows, slot, [dentist])).toBe(150);
  });

  it('adds up split shifts and ignores absences outside the slot', () => {
    const split = workingWindows(date, [
      { startTime: '08:00', endTime: '12:00' },
      { startTime: '14:00', endTime: '16:00' },
    ]);
    const morning = { start: ms('2027-03-29T06:00:00Z'), end: ms('2027-03-29T08:00:00Z') };
    expect(minutesInside(split, slot, [morning])).toBe(120);
    const allDay = { start: ms('2027-03-28T22:00:00Z'), end: ms('2027-03-29T22:00:00Z') };
    expect(minutesInside(split, slot, [allDay])).toBe(0);
  });
});
