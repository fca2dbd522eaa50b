import { describe, expect, test } from 'vitest';
import { type BusinessCalendar, DEFAULT_CALENDAR, validateCalendar } from './calendar.js';

const withMonday = (shifts: BusinessCalendar['week'][1]): BusinessCalendar => ({
  ...DEFAULT_CALENDAR,
  week: { ...DEFAULT_CALENDAR.week, 1: shifts },
});

describe('validateCalendar', () => {
  test('the default calendar and a 24-hour day are valid', () => {
    expect(validateCalendar(DEFAULT_CALENDAR)).toEqual([]);
    expect(validateCalendar(withMonday([{ start: '00:00', end: '24:00' }]))).toEqual([]);
  });

  test.each([
    [[{ start: '8:30', end: '12:00' }], "week.1[0]: start '8:30' is not a valid HH:MM time"],
    [[{ start: '08:30', end: '12:60' }], "week.1[0]: end '12:60' is not a valid HH:MM time"],
    [[{ start: '24:00', end: '24:00' }], "week.1[0]: start '24:00' is not a valid HH:MM time"],
    [[{ start: '12:00', end: '12:00' }], 'week.1[0]: start 12:00 must be before end 12:00'],
    [
      [
        { start: '08:30', end: '12:30' },
        { start: '12:00', end: '17:00' },
      ],
      'week.1[1]: overlaps or comes before the previous shift',
    ],
    [
      [
        { start: '13:00', end: '17:00' },
        { start: '08:30', end: '12:00' },
      ],
      'week.1[1]: overlaps or comes before the previous shift',
    ],
  ])('rejects %j', (shifts, problem) => {
    expect(validateCalendar(withMonday(shifts))).toEqual([problem]);
  });

  test('reports zone, region, closures and a never-open week', () => {
    const empty = { 1: [], 2: [], 3: [], 4: [], 5: [], 6: [], 7: [] };
    const problems = validateCalendar({
      timeZone: 'Mars/Olympus',
      week: empty,
      holidayRegion: 'XX',
      closures: ['2026-02-30'],
    });
    expect(problems).toEqual([
      "timeZone 'Mars/Olympus' is not a known IANA time zone",
      'week: the business is never open',
      "holidayRegion 'XX' is not supported",
      "closures: '2026-02-30' is not a valid YYYY-MM-DD date",
    ]);
  });
});
