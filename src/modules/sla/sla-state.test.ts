import { describe, expect, test } from 'vitest';
import { OFFICE } from './calendar.fixtures.js';
import { computeSla, nextSlaCheckAt, type SlaFacts, type SlaTargets, type TargetName } from './sla-state.js';

// OFFICE: Mon–Fri 08:30–12:00 + 13:00–17:30 Europe/Amsterdam (+02:00 in June). Mon 8 Jun 2026 is a Monday.
const TARGETS: SlaTargets = { firstResponseMinutes: 60, nextResponseMinutes: 120, resolutionMinutes: 960, warnAtPercent: 80 };
const d = (iso: string) => new Date(iso);
const utc = (iso: string) => new Date(iso).toISOString();

function facts(partial: Partial<SlaFacts> = {}): SlaFacts {
  return { openedAt: d('2026-06-08T09:00:00+02:00'), firstResponseAt: null, awaitingReplySince: null, resolvedAt: null, pauses: [], ...partial };
}

function clock(name: TargetName, f: SlaFacts, now: string, targets = TARGETS) {
  const state = computeSla(OFFICE, targets, f, d(now)).find((s) => s.target === name);
  if (!state) throw new Error(`no ${name} clock`);
  return state;
}

describe('computeSla', () => {
  test('running: 30 of 60 minutes, due at 10:00, warning at 09:48 (80 % = 48 min)', () => {
    expect(clock('firstResponse', facts(), '2026-06-08T09:30:00+02:00')).toEqual({
      target: 'firstResponse',
      targetMinutes: 60,
      startedAt: utc('2026-06-08T09:00:00+02:00'),
      stoppedAt: null,
      elapsedMinutes: 30,
      percent: 50,
      dueAt: utc('2026-06-08T10:00:00+02:00'),
      warnAt: utc('2026-06-08T09:48:00+02:00'),
      state: 'running',
    });
  });

  test('resolution of 960 minutes: Mon 450 + Tue 480 + Wed 30 → due Wed 09:00; warn at 768 → Tue 14:48', () => {
    const s = clock('resolution', facts(), '2026-06-08T09:30:00+02:00');
    expect([s.dueAt, s.warnAt, s.percent]).toEqual([utc('2026-06-10T09:00:00+02:00'), utc('2026-06-09T14:48:00+02:00'), 3.1]);
  });

  test('warning after 80 %: 50 of 60 minutes', () => {
    const s = clock('firstResponse', facts(), '2026-06-08T09:50:00+02:00');
    expect([s.state, s.percent]).toEqual(['warning', 83.3]);
  });

  test('breached while running past the target: 90 of 60 minutes', () => {
    const s = clock('firstResponse', facts(), '2026-06-08T10:30:00+02:00');
    expect([s.state, s.elapsedMinutes, s.percent]).toEqual(['breached', 90, 150]);
  });

  test('a running clock is breached from the deadline instant on; a reply at that instant is met', () => {
    expect(clock('firstResponse', facts(), '2026-06-08T10:00:00+02:00').state).toBe('breached');
    const replied = facts({ firstResponseAt: d('2026-06-08T10:00:00+02:00') });
    expect(clock('firstResponse', replied, '2026-06-08T10:00:00+02:00').state).toBe('met');
  });

  test('met: replied after 45 minutes; the clock stops there', () => {
    const s = clock('firstResponse', facts({ firstResponseAt: d('2026-06-08T09:45:00+02:00') }), '2026-06-09T11:00:00+02:00');
    expect(s).toMatchObject({ state: 'met', stoppedAt: utc('2026-06-08T09:45:00+02:00'), elapsedMinutes: 45, dueAt: utc('2026-06-08T10:00:00+02:00') });
  });

  test('missed: replied after 75 minutes', () => {
    const s = clock('firstResponse', facts({ firstResponseAt: d('2026-06-08T10:15:00+02:00') }), '2026-06-08T11:00:00+02:00');
    expect([s.state, s.elapsedMinutes, s.percent]).toEqual(['missed', 75, 125]);
  });

  test('counts business time only: opened Fri 17:00, Mon 08:45 = 30 + 15 minutes, due Mon 09:00', () => {
    const s = clock('firstResponse', facts({ openedAt: d('2026-06-12T17:00:00+02:00') }), '2026-06-15T08:45:00+02:00');
    expect([s.elapsedMinutes, s.state, s.dueAt, s.warnAt]).toEqual([45, 'running', utc('2026-06-15T09:00:00+02:00'), utc('2026-06-15T08:48:00+02:00')]);
  });

  test('waiting for the customer over a weekend pauses the resolution clock and moves its deadline', () => {
    // Opened Fri 09:00; paused Fri 15:00 – Tue 10:00. Elapsed: Fri 180 + 120 = 300, Tue 10:00–12:00 = 120 → 420.
    // Due: 540 left after Tue 12:00 → Tue afternoon 270, Wed morning 210, Wed 13:00 + 60 = 14:00.
    // Warn at 768: 468 after Tue 10:00 → Tue 120 + 270 = 390, Wed 08:30 + 78 = 09:48.
    const f = facts({
      openedAt: d('2026-06-12T09:00:00+02:00'),
      firstResponseAt: d('2026-06-12T09:20:00+02:00'),
      pauses: [{ from: d('2026-06-12T15:00:00+02:00'), to: d('2026-06-16T10:00:00+02:00') }],
    });
    expect(clock('resolution', f, '2026-06-16T12:00:00+02:00')).toMatchObject({
      elapsedMinutes: 420,
      percent: 43.7,
      state: 'running',
      dueAt: utc('2026-06-17T14:00:00+02:00'),
      warnAt: utc('2026-06-17T09:48:00+02:00'),
    });
  });

  test('a currently open pause: paused, no deadline', () => {
    const f = facts({ openedAt: d('2026-06-12T09:00:00+02:00'), pauses: [{ from: d('2026-06-12T15:00:00+02:00'), to: null }] });
    expect(clock('resolution', f, '2026-06-15T11:00:00+02:00')).toMatchObject({
      elapsedMinutes: 300,
      percent: 31.2,
      state: 'paused',
      dueAt: null,
      warnAt: null,
    });
  });

  test('a breach before a pause stays breached and keeps its deadline', () => {
    const f = facts({ pauses: [{ from: d('2026-06-08T10:30:00+02:00'), to: null }] });
    const states = computeSla(OFFICE, TARGETS, f, d('2026-06-08T11:00:00+02:00'));
    expect(states.map((s) => [s.target, s.state, s.elapsedMinutes, s.dueAt])).toEqual([
      ['firstResponse', 'breached', 90, utc('2026-06-08T10:00:00+02:00')],
      ['resolution', 'paused', 90, null],
    ]);
  });

  test('a finished pause extends the deadline by its business minutes: 09:10–09:40 → due 10:30', () => {
    const f = facts({ pauses: [{ from: d('2026-06-08T09:10:00+02:00'), to: d('2026-06-08T09:40:00+02:00') }] });
    const s = clock('firstResponse', f, '2026-06-08T10:00:00+02:00');
    expect([s.elapsedMinutes, s.state, s.dueAt, s.warnAt]).toEqual([30, 'running', utc('2026-06-08T10:30:00+02:00'), utc('2026-06-08T10:18:00+02:00')]);
  });

  test('overlapping pauses are not subtracted twice: 09:10–09:40 and 09:20–09:50 pause 40 minutes', () => {
    const f = facts({
      pauses: [
        { from: d('2026-06-08T09:20:00+02:00'), to: d('2026-06-08T09:50:00+02:00') },
        { from: d('2026-06-08T09:10:00+02:00'), to: d('2026-06-08T09:40:00+02:00') },
      ],
    });
    const s = clock('firstResponse', f, '2026-06-08T10:00:00+02:00');
    expect([s.elapsedMinutes, s.dueAt]).toEqual([20, utc('2026-06-08T10:40:00+02:00')]);
  });

  test('next response: customer wrote Tue 16:30; Wed 09:00 = 60 + 30 minutes of 120', () => {
    const f = facts({ firstResponseAt: d('2026-06-08T09:30:00+02:00'), awaitingReplySince: d('2026-06-09T16:30:00+02:00') });
    const states = computeSla(OFFICE, TARGETS, f, d('2026-06-10T09:00:00+02:00'));
    expect(states.map((s) => s.target)).toEqual(['firstResponse', 'nextResponse', 'resolution']);
    expect(states[1]).toMatchObject({
      startedAt: utc('2026-06-09T16:30:00+02:00'),
      elapsedMinutes: 90,
      percent: 75,
      state: 'running',
      dueAt: utc('2026-06-10T09:30:00+02:00'),
      warnAt: utc('2026-06-10T09:06:00+02:00'),
    });
    expect(clock('nextResponse', f, '2026-06-10T09:10:00+02:00').state).toBe('warning');
  });

  test('targets without minutes and a next-response clock without an unanswered message are omitted', () => {
    const targets = { ...TARGETS, firstResponseMinutes: null, resolutionMinutes: null };
    expect(computeSla(OFFICE, targets, facts(), d('2026-06-08T10:00:00+02:00'))).toEqual([]);
  });

  test('resolving stops every clock, including a first response that never came', () => {
    const f = facts({ resolvedAt: d('2026-06-08T09:40:00+02:00'), awaitingReplySince: d('2026-06-08T09:20:00+02:00') });
    const states = computeSla(OFFICE, TARGETS, f, d('2026-06-09T12:00:00+02:00'));
    expect(states.map((s) => [s.target, s.state, s.elapsedMinutes])).toEqual([
      ['firstResponse', 'met', 40],
      ['nextResponse', 'met', 20],
      ['resolution', 'met', 40],
    ]);
  });

  test('resolution missed: resolved Thu 09:00 after 1440 business minutes, due was Wed 09:00', () => {
    const s = clock('resolution', facts({ resolvedAt: d('2026-06-11T09:00:00+02:00') }), '2026-06-12T09:00:00+02:00');
    expect([s.state, s.elapsedMinutes, s.dueAt]).toEqual(['missed', 1440, utc('2026-06-10T09:00:00+02:00')]);
  });

  test('a pause after a clock stopped does not affect it', () => {
    const f = facts({ firstResponseAt: d('2026-06-08T09:30:00+02:00'), pauses: [{ from: d('2026-06-08T10:00:00+02:00'), to: null }] });
    const states = computeSla(OFFICE, TARGETS, f, d('2026-06-08T12:00:00+02:00'));
    expect(states.map((s) => [s.target, s.state, s.dueAt])).toEqual([
      ['firstResponse', 'met', utc('2026-06-08T10:00:00+02:00')],
      ['resolution', 'paused', null],
    ]);
  });
});

describe('nextSlaCheckAt', () => {
  test('the earliest upcoming warnAt or dueAt', () => {
    const running = computeSla(OFFICE, TARGETS, facts(), d('2026-06-08T09:30:00+02:00'));
    expect(nextSlaCheckAt(running)).toEqual(d('2026-06-08T09:48:00+02:00'));
    const warning = computeSla(OFFICE, TARGETS, facts(), d('2026-06-08T09:50:00+02:00'));
    expect(nextSlaCheckAt(warning)).toEqual(d('2026-06-08T10:00:00+02:00'));
  });

  test('after a breach only the other clocks count; stopped and paused clocks never do', () => {
    const breached = computeSla(OFFICE, TARGETS, facts(), d('2026-06-08T10:30:00+02:00'));
    expect(nextSlaCheckAt(breached)).toEqual(d('2026-06-09T14:48:00+02:00'));
    const resolved = computeSla(OFFICE, TARGETS, facts({ resolvedAt: d('2026-06-08T09:40:00+02:00') }), d('2026-06-08T10:00:00+02:00'));
    expect(nextSlaCheckAt(resolved)).toBeNull();
    const paused = computeSla(OFFICE, TARGETS, facts({ pauses: [{ from: d('2026-06-08T09:10:00+02:00'), to: null }] }), d('2026-06-08T10:00:00+02:00'));
    expect(nextSlaCheckAt(paused)).toBeNull();
  });

  test('skips instants not after the given now', () => {
    const running = computeSla(OFFICE, TARGETS, facts(), d('2026-06-08T09:30:00+02:00'));
    expect(nextSlaCheckAt(running, d('2026-06-08T09:48:00+02:00'))).toEqual(d('2026-06-08T10:00:00+02:00'));
  });
});
