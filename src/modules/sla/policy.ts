import type { SlaTargets } from './sla-state.js';

/** An SLA policy: the first (lowest position) whose criteria all match a case applies. */
export interface SlaPolicy {
  id: string;
  name: string;
  position: number;
  /** Each given, non-empty list must contain the case's value; an absent or empty list matches anything. */
  match: { priorities?: string[]; channels?: string[]; segments?: string[] };
  targets: SlaTargets;
  /** Business calendar to count in; null/absent = the organisation's default calendar. */
  calendarId?: string | null;
}

/** The case attributes policies match on; a case without a segment only matches policies without segments. */
export interface PolicySubject {
  priority: string;
  channel: string;
  segment: string | null;
}

function accepts(allowed: string[] | undefined, value: string | null): boolean {
  if (!allowed || allowed.length === 0) return true;
  return value !== null && allowed.includes(value);
}

/** The policy with the lowest position (ties: lowest id) whose every given criterion matches, or null. */
export function matchPolicy(policies: SlaPolicy[], c: PolicySubject): SlaPolicy | null {
  const ordered = [...policies].sort((a, b) => a.position - b.position || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return (
    ordered.find(
      (p) =>
        accepts(p.match.priorities, c.priority) &&
        accepts(p.match.channels, c.channel) &&
        accepts(p.match.segments, c.segment),
    ) ?? null
  );
}
