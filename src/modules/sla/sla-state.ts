import { addOpenMs, type CompiledCalendar, compileCalendar, openMsBetween } from './business-time.js';
import type { BusinessCalendar } from './calendar.js';

/** Business-minute targets of an SLA policy; null = the target does not apply. */
export interface SlaTargets {
  firstResponseMinutes: number | null;
  nextResponseMinutes: number | null;
  resolutionMinutes: number | null;
  /** Percentage of a target after which it is in warning, e.g. 80. */
  warnAtPercent: number;
}

/** The facts of a case that drive its SLA clocks. */
export interface SlaFacts {
  openedAt: Date;
  /** First outbound reply to the customer. */
  firstResponseAt: Date | null;
  /** Oldest customer message not yet answered after the first response; null when none. */
  awaitingReplySince: Date | null;
  /** When the case became resolved or closed; null while open (reopening clears it). */
  resolvedAt: Date | null;
  /** Intervals in pausing statuses; `to` null = paused now. */
  pauses: { from: Date; to: Date | null }[];
}

export type TargetName = 'firstResponse' | 'nextResponse' | 'resolution';

/** The state of one SLA clock at a moment; instants are ISO strings in UTC. */
export interface TargetState {
  target: TargetName;
  targetMinutes: number;
  startedAt: string;
  stoppedAt: string | null;
  /** Business minutes outside pauses, whole seconds / 60. */
  elapsedMinutes: number;
  /** Elapsed as a percentage of the target, floored to one decimal. */
  percent: number;
  /** Deadline assuming no further pause; null while paused unless it already passed before the pause. */
  dueAt: string | null;
  warnAt: string | null;
  state: 'running' | 'warning' | 'breached' | 'paused' | 'met' | 'missed';
}

interface Pause {
  from: number;
  to: number | null;
}

/** Sorted, merged pauses; an open pause swallows everything after its start. */
function normalisePauses(pauses: SlaFacts['pauses']): Pause[] {
  const sorted = pauses
    .map((p) => ({ from: p.from.getTime(), to: p.to ? p.to.getTime() : null }))
    .filter((p) => p.to === null || p.to > p.from)
    .sort((a, b) => a.from - b.from);
  const out: Pause[] = [];
  for (const p of sorted) {
    const last = out[out.length - 1];
    if (last && (last.to === null || last.to >= p.from)) {
      last.to = last.to === null || p.to === null ? null : Math.max(last.to, p.to);
    } else out.push({ ...p });
  }
  return out;
}

/** The instant at which `amountMs` of unpaused open time has passed since `startMs`; null if an open pause comes first. */
function deadline(cc: CompiledCalendar, startMs: number, amountMs: number, pauses: Pause[]): number | null {
  let cursor = startMs;
  let remaining = amountMs;
  for (const p of pauses) {
    if (p.to !== null && p.to <= cursor) continue;
    const pauseFrom = Math.max(p.from, cursor);
    const candidate = addOpenMs(cc, cursor, remaining);
    if (candidate <= pauseFrom) return candidate;
    remaining -= openMsBetween(cc, cursor, pauseFrom);
    if (p.to === null) return null;
    cursor = p.to;
  }
  return addOpenMs(cc, cursor, remaining);
}

function pausedOpenMs(cc: CompiledCalendar, startMs: number, endMs: number, pauses: Pause[]): number {
  let total = 0;
  for (const p of pauses) {
    const from = Math.max(p.from, startMs);
    const to = Math.min(p.to ?? endMs, endMs);
    if (to > from) total += openMsBetween(cc, from, to);
  }
  return total;
}

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

function earliest(...dates: (Date | null)[]): number | null {
  const ms = dates.filter((d): d is Date => d !== null).map((d) => d.getTime());
  return ms.length ? Math.min(...ms) : null;
}

interface Clock {
  target: TargetName;
  minutes: number;
  start: number;
  stop: number | null;
}

function clockState(cc: CompiledCalendar, clock: Clock, warnAtPercent: number, pauses: Pause[], nowMs: number): TargetState {
  const { start } = clock;
  const stop = clock.stop === null ? null : Math.max(clock.stop, start);
  const end = Math.max(stop ?? nowMs, start);
  // A stopped clock ignores pauses after its stop, so its deadline is what it was when it stopped.
  const relevant =
    stop === null
      ? pauses
      : pauses.filter((p) => p.from < stop).map((p) => ({ from: p.from, to: Math.min(p.to ?? stop, stop) }));
  const elapsed = openMsBetween(cc, start, end) - pausedOpenMs(cc, start, end, relevant);
  const targetMs = Math.round(clock.minutes * 60) * 1000;
  const warnMs = Math.round((targetMs * Math.min(Math.max(warnAtPercent, 0), 100)) / 100);
  const pausedNow = stop === null && pauses.some((p) => p.from <= nowMs && (p.to === null || p.to > nowMs));

  let state: TargetState['state'];
  if (stop !== null) state = elapsed <= targetMs ? 'met' : 'missed';
  else if (elapsed >= targetMs) state = 'breached';
  else if (pausedNow) state = 'paused';
  else state = elapsed >= warnMs ? 'warning' : 'running';

  return {
    target: clock.target,
    targetMinutes: clock.minutes,
    startedAt: iso(start)!,
    stoppedAt: iso(stop),
    elapsedMinutes: Math.floor(elapsed / 1000) / 60,
    percent: targetMs === 0 ? 100 : Math.floor((elapsed * 1000) / targetMs) / 10,
    dueAt: iso(deadline(cc, start, targetMs, relevant)),
    warnAt: iso(deadline(cc, start, warnMs, relevant)),
    state,
  };
}

/**
 * The SLA clocks of a case at `now`, in business time of the calendar. Pauses stop every running clock.
 * Resolving stops all clocks (a case closed without a reply fulfils its response targets). A response exactly
 * at the deadline is met; a running clock is breached from the deadline instant on, and a breach that happened
 * before a pause stays breached. Targets with null minutes are omitted; nextResponse only while a customer
 * message awaits a reply.
 */
export function computeSla(cal: BusinessCalendar, targets: SlaTargets, facts: SlaFacts, now: Date): TargetState[] {
  const cc = compileCalendar(cal);
  const pauses = normalisePauses(facts.pauses);
  const opened = facts.openedAt.getTime();
  const clocks: Clock[] = [];
  if (targets.firstResponseMinutes !== null) {
    const stop = earliest(facts.firstResponseAt, facts.resolvedAt);
    clocks.push({ target: 'firstResponse', minutes: targets.firstResponseMinutes, start: opened, stop });
  }
  if (targets.nextResponseMinutes !== null && facts.awaitingReplySince !== null) {
    const start = facts.awaitingReplySince.getTime();
    clocks.push({ target: 'nextResponse', minutes: targets.nextResponseMinutes, start, stop: facts.resolvedAt?.getTime() ?? null });
  }
  if (targets.resolutionMinutes !== null) {
    clocks.push({ target: 'resolution', minutes: targets.resolutionMinutes, start: opened, stop: facts.resolvedAt?.getTime() ?? null });
  }
  return clocks.map((c) => clockState(cc, c, targets.warnAtPercent, pauses, now.getTime()));
}

/**
 * When a scheduler should look at these clocks again: the earliest upcoming warnAt (running clocks) or dueAt
 * (running and warning clocks), strictly after `now` when given; null when no clock can change by time alone.
 */
export function nextSlaCheckAt(states: TargetState[], now?: Date): Date | null {
  let next: number | null = null;
  for (const s of states) {
    const candidates = s.state === 'running' ? [s.warnAt, s.dueAt] : s.state === 'warning' ? [s.dueAt] : [];
    for (const c of candidates) {
      if (c === null) continue;
      const ms = Date.parse(c);
      if (now && ms <= now.getTime()) continue;
      if (next === null || ms < next) next = ms;
    }
  }
  return next === null ? null : new Date(next);
}
