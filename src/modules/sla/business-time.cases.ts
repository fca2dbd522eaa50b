import type { BusinessCalendar } from './calendar.js';
import { ALWAYS, LIBERATION_EVERY_YEAR, LIBERATION_NEVER, NIGHT, OFFICE, SHOP, WITH_CLOSURE } from './calendar.fixtures.js';

/** Hand-computed business-time cases; the unit test checks the library, an integration test the same through cases. */
export type SlaTableRow =
  | { name: string; cal: BusinessCalendar; op: 'add'; from: string; minutes: number; expected: string }
  | { name: string; cal: BusinessCalendar; op: 'between'; from: string; to: string; expected: number };

// OFFICE = Mon–Fri 08:30–12:00 (210 min) + 13:00–17:30 (270 min) = 480 min/day, NL holidays, Liberation Day every 5 years.
// SHOP = Mon–Sat 09:00–17:00. ALWAYS = 24/7 without holidays. NIGHT = Sunday 02:00–04:00 only.
export const SLA_TABLE: SlaTableRow[] = [
  // 0 minutes inside hours is the start itself.
  { name: 'zero inside hours', cal: OFFICE, op: 'add', from: '2026-06-10T10:00:00+02:00', minutes: 0, expected: '2026-06-10T10:00:00+02:00' },
  // 0 minutes at 18:00 Wed is the next opening, Thu 08:30.
  { name: 'zero in the evening', cal: OFFICE, op: 'add', from: '2026-06-10T18:00:00+02:00', minutes: 0, expected: '2026-06-11T08:30:00+02:00' },
  // Intervals are half-open: 17:30 is already closed, so 0 minutes → Thu 08:30.
  { name: 'zero at closing time', cal: OFFICE, op: 'add', from: '2026-06-10T17:30:00+02:00', minutes: 0, expected: '2026-06-11T08:30:00+02:00' },
  // At 17:30 nothing is left today; 1 minute → Thu 08:30 + 1 = 08:31.
  { name: 'one minute at closing time', cal: OFFICE, op: 'add', from: '2026-06-10T17:30:00+02:00', minutes: 1, expected: '2026-06-11T08:31:00+02:00' },
  // 16:30 + 60 fills the shift exactly: deadline is 17:30 the same day, not the next morning.
  { name: 'exact fill to closing', cal: OFFICE, op: 'add', from: '2026-06-10T16:30:00+02:00', minutes: 60, expected: '2026-06-10T17:30:00+02:00' },
  // 08:30 + 210 = the whole morning shift → 12:00.
  { name: 'exact fill of the morning', cal: OFFICE, op: 'add', from: '2026-06-10T08:30:00+02:00', minutes: 210, expected: '2026-06-10T12:00:00+02:00' },
  // 11:30 + 60: 30 until 12:00, lunch 12–13 skipped, 30 more → 13:30.
  { name: 'across the lunch gap', cal: OFFICE, op: 'add', from: '2026-06-10T11:30:00+02:00', minutes: 60, expected: '2026-06-10T13:30:00+02:00' },
  // Start 12:15 in the lunch gap counts from 13:00; + 30 → 13:30.
  { name: 'start inside the lunch gap', cal: OFFICE, op: 'add', from: '2026-06-10T12:15:00+02:00', minutes: 30, expected: '2026-06-10T13:30:00+02:00' },
  // 0 minutes from the lunch gap is the afternoon opening 13:00.
  { name: 'zero inside the lunch gap', cal: OFFICE, op: 'add', from: '2026-06-10T12:15:00+02:00', minutes: 0, expected: '2026-06-10T13:00:00+02:00' },
  // 16 business hours = 960 = 2 × 480: Mon 08:30 → Tue 17:30.
  { name: '16 business hours = 2 days', cal: OFFICE, op: 'add', from: '2026-06-08T08:30:00+02:00', minutes: 960, expected: '2026-06-09T17:30:00+02:00' },
  // Wed 15:00 + 960: Wed 150, Thu 480 (630), Fri morning 210 (840), Fri 13:00 + 120 → Fri 15:00.
  { name: 'multi-day from mid-afternoon', cal: OFFICE, op: 'add', from: '2026-06-10T15:00:00+02:00', minutes: 960, expected: '2026-06-12T15:00:00+02:00' },
  // Same, but Fri 12 Jun is a company closure: the last 330 go to Mon 15 Jun (210 + 120) → 15:00.
  { name: 'company closure day', cal: WITH_CLOSURE, op: 'add', from: '2026-06-10T15:00:00+02:00', minutes: 960, expected: '2026-06-15T15:00:00+02:00' },
  // Fri 17:00 + 60: 30 on Friday, weekend closed, Mon 08:30 + 30 → 09:00.
  { name: 'over a weekend', cal: OFFICE, op: 'add', from: '2026-06-12T17:00:00+02:00', minutes: 60, expected: '2026-06-15T09:00:00+02:00' },
  // Case opened Fri 27 Nov 20:00 (closed): counts from Mon 30 Nov 08:30; + 60 → 09:30.
  { name: 'opened Friday evening', cal: OFFICE, op: 'add', from: '2026-11-27T20:00:00+01:00', minutes: 60, expected: '2026-11-30T09:30:00+01:00' },
  // Fri 27 Nov 20:00 + 480 = one full business day: Mon 30 Nov 17:30.
  { name: 'opened Friday evening, one day', cal: OFFICE, op: 'add', from: '2026-11-27T20:00:00+01:00', minutes: 480, expected: '2026-11-30T17:30:00+01:00' },
  // Koningsdag Mon 27 Apr 2026 closed: Fri 17:00 + 60 → 30 Fri, Tue 28 Apr 08:30 + 30 = 09:00.
  { name: 'Koningsdag 2026 (Monday)', cal: OFFICE, op: 'add', from: '2026-04-24T17:00:00+02:00', minutes: 60, expected: '2026-04-28T09:00:00+02:00' },
  // Koningsdag 2025 moves from Sun 27 to Sat 26 Apr: shop Fri 16:00 + 120 → 60 Fri, Sat closed, Sun closed, Mon 09:00 + 60 = 10:00.
  { name: 'Koningsdag 2025 on Saturday', cal: SHOP, op: 'add', from: '2025-04-25T16:00:00+02:00', minutes: 120, expected: '2025-04-28T10:00:00+02:00' },
  // Control: Sat 25 Apr 2026 is an ordinary shop Saturday: Fri 16:00 + 120 → 60 Fri, Sat 09:00 + 60 = 10:00.
  { name: 'ordinary shop Saturday', cal: SHOP, op: 'add', from: '2026-04-24T16:00:00+02:00', minutes: 120, expected: '2026-04-25T10:00:00+02:00' },
  // Goede Vrijdag 3 Apr 2026 is not a public holiday: Thu 17:00 + 60 → 30 Thu, Fri 08:30 + 30 = 09:00.
  { name: 'Good Friday stays open', cal: OFFICE, op: 'add', from: '2026-04-02T17:00:00+02:00', minutes: 60, expected: '2026-04-03T09:00:00+02:00' },
  // Easter Monday 6 Apr 2026 closed: Fri 17:00 + 60 → 30 Fri, Tue 7 Apr 09:00.
  { name: 'Easter Monday', cal: OFFICE, op: 'add', from: '2026-04-03T17:00:00+02:00', minutes: 60, expected: '2026-04-07T09:00:00+02:00' },
  // Ascension Thu 14 May 2026 closed: Wed 17:00 + 60 → 30 Wed, Fri 15 May 09:00.
  { name: 'Ascension Day', cal: OFFICE, op: 'add', from: '2026-05-13T17:00:00+02:00', minutes: 60, expected: '2026-05-15T09:00:00+02:00' },
  // Whit Monday 25 May 2026 closed: Fri 17:00 + 60 → 30 Fri, Tue 26 May 09:00.
  { name: 'Whit Monday', cal: OFFICE, op: 'add', from: '2026-05-22T17:00:00+02:00', minutes: 60, expected: '2026-05-26T09:00:00+02:00' },
  // Christmas Fri 25 Dec 2026 closed: Thu 17:00 + 60 → 30 Thu, Mon 28 Dec 09:00.
  { name: 'Christmas, office', cal: OFFICE, op: 'add', from: '2026-12-24T17:00:00+01:00', minutes: 60, expected: '2026-12-28T09:00:00+01:00' },
  // Shop: Thu 16:00 + 120 → 60 Thu, Fri 25 and Sat 26 (2nd Christmas day) closed, Sun closed, Mon 28 09:00 + 60 = 10:00.
  { name: 'Christmas, shop: Boxing Day Saturday', cal: SHOP, op: 'add', from: '2026-12-24T16:00:00+01:00', minutes: 120, expected: '2026-12-28T10:00:00+01:00' },
  // New Year: 31 Dec is open (bank type); Wed 17:00 + 60 → 30 Wed, Thu 1 Jan closed, Fri 2 Jan 09:00.
  { name: 'New Year', cal: OFFICE, op: 'add', from: '2025-12-31T17:00:00+01:00', minutes: 60, expected: '2026-01-02T09:00:00+01:00' },
  // Liberation Day 2025 (lustrum, Mon 5 May) closed by default: Fri 17:00 + 60 → 30 Fri, Tue 6 May 09:00.
  { name: 'Liberation Day 2025, every five years', cal: OFFICE, op: 'add', from: '2025-05-02T17:00:00+02:00', minutes: 60, expected: '2025-05-06T09:00:00+02:00' },
  // Policy 'never': Mon 5 May 2025 is a working day: Fri 17:00 + 60 → Mon 09:00.
  { name: 'Liberation Day 2025, never', cal: LIBERATION_NEVER, op: 'add', from: '2025-05-02T17:00:00+02:00', minutes: 60, expected: '2025-05-05T09:00:00+02:00' },
  // 2026 is no lustrum: Tue 5 May open by default; Mon 17:00 + 60 → Tue 09:00.
  { name: 'Liberation Day 2026, every five years', cal: OFFICE, op: 'add', from: '2026-05-04T17:00:00+02:00', minutes: 60, expected: '2026-05-05T09:00:00+02:00' },
  // Policy 'every-year': Tue 5 May 2026 closed; Mon 17:00 + 60 → Wed 6 May 09:00.
  { name: 'Liberation Day 2026, every year', cal: LIBERATION_EVERY_YEAR, op: 'add', from: '2026-05-04T17:00:00+02:00', minutes: 60, expected: '2026-05-06T09:00:00+02:00' },
  // 24/7, March switch night: 00:00+01:00 (23:00Z) + 24 h real = 23:00Z on the 29th = 01:00+02:00 next day.
  { name: '24/7 across the March switch', cal: ALWAYS, op: 'add', from: '2026-03-29T00:00:00+01:00', minutes: 1440, expected: '2026-03-30T01:00:00+02:00' },
  // 24/7: 01:30+01:00 + 60 → 02:30 does not exist, wall clock jumps to 03:30+02:00 (01:30Z).
  { name: '24/7 through the skipped hour', cal: ALWAYS, op: 'add', from: '2026-03-29T01:30:00+01:00', minutes: 60, expected: '2026-03-29T03:30:00+02:00' },
  // 24/7: the local day 29 Mar has 23 hours = 1380 minutes.
  { name: '24/7 March switch day length', cal: ALWAYS, op: 'between', from: '2026-03-29T00:00:00+01:00', to: '2026-03-30T00:00:00+02:00', expected: 1380 },
  // 24/7: the local day 25 Oct has 25 hours = 1500 minutes.
  { name: '24/7 October switch day length', cal: ALWAYS, op: 'between', from: '2026-10-25T00:00:00+02:00', to: '2026-10-26T00:00:00+01:00', expected: 1500 },
  // 24/7: 00:00+02:00 (22:00Z) + 24 h real = 22:00Z on the 25th = 23:00+01:00 the same local day.
  { name: '24/7 across the October switch', cal: ALWAYS, op: 'add', from: '2026-10-25T00:00:00+02:00', minutes: 1440, expected: '2026-10-25T23:00:00+01:00' },
  // 24/7: 02:30+02:00 + 60 → the repeated 02:30, now +01:00.
  { name: '24/7 through the repeated hour', cal: ALWAYS, op: 'add', from: '2026-10-25T02:30:00+02:00', minutes: 60, expected: '2026-10-25T02:30:00+01:00' },
  // Office, Fri 27 Mar 16:00+01:00 + 120: 90 on Friday, Mon 30 Mar 08:30+02:00 (06:30Z) + 30 → 09:00+02:00.
  { name: 'office across the March switch', cal: OFFICE, op: 'add', from: '2026-03-27T16:00:00+01:00', minutes: 120, expected: '2026-03-30T09:00:00+02:00' },
  // Office: Mon 30 Mar 08:00 local + 0 → 08:30+02:00, i.e. 06:30Z (not 07:30Z).
  { name: 'office opening after the March switch', cal: OFFICE, op: 'add', from: '2026-03-30T08:00:00+02:00', minutes: 0, expected: '2026-03-30T06:30:00Z' },
  // Office: Fri 17:00+01:00 → Mon 09:00+02:00 = 30 Fri + 30 Mon = 60, although 63 real hours pass.
  { name: 'office between across the March switch', cal: OFFICE, op: 'between', from: '2026-03-27T17:00:00+01:00', to: '2026-03-30T09:00:00+02:00', expected: 60 },
  // Office, Fri 23 Oct 17:00+02:00 + 60: 30 Fri, Mon 26 Oct 08:30+01:00 + 30 → 09:00+01:00 (08:00Z).
  { name: 'office across the October switch', cal: OFFICE, op: 'add', from: '2026-10-23T17:00:00+02:00', minutes: 60, expected: '2026-10-26T09:00:00+01:00' },
  // Sunday 02:00–04:00 on 29 Mar: 02:00 is skipped and read as 03:00+02:00, so only 03:00–04:00 = 60 minutes.
  { name: 'shift starting in the skipped hour', cal: NIGHT, op: 'between', from: '2026-03-29T00:00:00+01:00', to: '2026-03-30T00:00:00+02:00', expected: 60 },
  // Sunday 02:00–04:00 on 25 Oct: 02:00 is ambiguous → the earlier 02:00+02:00; until 04:00+01:00 = 180 minutes.
  { name: 'shift starting in the repeated hour', cal: NIGHT, op: 'between', from: '2026-10-25T00:00:00+02:00', to: '2026-10-26T00:00:00+01:00', expected: 180 },
  // Ordinary Sunday 14 Jun: 02:00–04:00 = 120 minutes.
  { name: 'night shift on an ordinary Sunday', cal: NIGHT, op: 'between', from: '2026-06-14T00:00:00+02:00', to: '2026-06-15T00:00:00+02:00', expected: 120 },
  // Fri 12:00 → Mon 12:00 over a weekend: Fri afternoon 270 + Mon morning 210 = 480.
  { name: 'between across a weekend', cal: OFFICE, op: 'between', from: '2026-06-12T12:00:00+02:00', to: '2026-06-15T12:00:00+02:00', expected: 480 },
  // Reversed order gives the negative: -480.
  { name: 'between reversed', cal: OFFICE, op: 'between', from: '2026-06-15T12:00:00+02:00', to: '2026-06-12T12:00:00+02:00', expected: -480 },
  // Fri 24 Apr 08:30 → Tue 28 Apr 17:30: Fri 480 + Mon (Koningsdag) 0 + Tue 480 = 960.
  { name: 'between across a holiday', cal: OFFICE, op: 'between', from: '2026-04-24T08:30:00+02:00', to: '2026-04-28T17:30:00+02:00', expected: 960 },
  // The lunch gap 12:00–13:00 counts nothing.
  { name: 'between inside the lunch gap', cal: OFFICE, op: 'between', from: '2026-06-10T12:00:00+02:00', to: '2026-06-10T13:00:00+02:00', expected: 0 },
  // Whole seconds / 60: 90 seconds = 1.5 minutes.
  { name: 'fractional minutes', cal: OFFICE, op: 'between', from: '2026-06-10T10:00:00+02:00', to: '2026-06-10T10:01:30+02:00', expected: 1.5 },
  // 10,000 = 20 × 480 (Mon 5 Jan – Fri 30 Jan, no holidays) + 400: Mon 2 Feb morning 210, 13:00 + 190 → 16:10.
  { name: '10,000 business minutes', cal: OFFICE, op: 'add', from: '2026-01-05T08:30:00+01:00', minutes: 10_000, expected: '2026-02-02T16:10:00+01:00' },
];
