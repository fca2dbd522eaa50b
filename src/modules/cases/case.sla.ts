import type { Clock } from '../../kernel/clock.js';
import type { DbExecutor } from '../../kernel/db/types.js';
import { type BusinessCalendar, computeSla, DEFAULT_CALENDAR, matchPolicy, nextSlaCheckAt, type SlaPolicy, type TargetState } from '../sla/index.js';
import type { CaseRow } from './case.repo.js';
import type { CasesTables } from './case.table.js';
import { configRepo } from './config.repo.js';

type Db = DbExecutor<CasesTables>;

export interface Pause {
  from: string;
  to: string | null;
}

/** What the SLA engine needs to know about the desk; read per evaluation, cached briefly per process. */
export interface SlaContext {
  pausing: Set<string>;
  policies: SlaPolicy[];
  defaultCalendar: BusinessCalendar;
  teamCalendars: Map<string, BusinessCalendar>;
}

const STATE_RANK: Record<string, number> = { none: 0, met: 1, paused: 2, running: 3, missed: 4, warning: 5, breached: 6 };
const CACHE_MS = 10_000;

/** The summary state of a case: the most urgent of its targets. */
export function worstState(states: TargetState[]): string {
  let worst = 'none';
  for (const s of states) if (STATE_RANK[s.state] > STATE_RANK[worst]) worst = s.state;
  return worst;
}

/** Adds or closes a pause when a case moves into or out of a pausing status. */
export function updatePauses(pauses: Pause[], wasPausing: boolean, isPausing: boolean, now: string): Pause[] {
  if (!wasPausing && isPausing) return [...pauses, { from: now, to: null }];
  if (wasPausing && !isPausing) return pauses.map((p) => (p.to === null ? { ...p, to: now } : p));
  return pauses;
}

/** Evaluates SLA policies and business-hours calendars for cases. */
export function createSlaEngine(deps: { clock: Clock }) {
  let cached: { at: number; ctx: SlaContext } | null = null;

  async function context(db: Db): Promise<SlaContext> {
    const nowMs = Date.now();
    if (cached && nowMs - cached.at < CACHE_MS) return cached.ctx;
    const [settings, calendars, policies, teams] = await Promise.all([
      configRepo.settings(db),
      configRepo.calendars(db),
      configRepo.policies(db),
      configRepo.allTeamSettings(db),
    ]);
    const byId = new Map(calendars.map((c) => [c.id, JSON.parse(c.calendar) as BusinessCalendar]));
    const ctx: SlaContext = {
      pausing: new Set(settings ? (JSON.parse(settings.pausingStatuses) as string[]) : ['waiting_customer']),
      policies: policies
        .filter((p) => Boolean(p.active))
        .map((p) => ({ id: p.id, name: p.name, position: p.position, match: JSON.parse(p.match), targets: JSON.parse(p.targets) })),
      defaultCalendar: (settings?.defaultCalendarId && byId.get(settings.defaultCalendarId)) || DEFAULT_CALENDAR,
      teamCalendars: new Map(teams.filter((t) => t.calendarId && byId.has(t.calendarId)).map((t) => [t.teamId, byId.get(t.calendarId as string) as BusinessCalendar])),
    };
    cached = { at: nowMs, ctx };
    return ctx;
  }

  return {
    context,
    /** Forget cached settings (after an admin changed them on this instance). */
    invalidate: () => {
      cached = null;
    },

    /** The SLA columns of a case as it stands now. */
    evaluate(ctx: SlaContext, row: CaseRow, segment: string | null): Partial<CaseRow> {
      const policy = matchPolicy(ctx.policies, { priority: row.priority, channel: row.channel, segment });
      if (!policy) return { slaPolicyId: null, sla: '[]', slaState: 'none', slaDueAt: null, slaCheckAt: null };
      const calendar = (row.teamId && ctx.teamCalendars.get(row.teamId)) || ctx.defaultCalendar;
      const pauses = (JSON.parse(row.pauses) as Pause[]).map((p) => ({ from: new Date(p.from), to: p.to ? new Date(p.to) : null }));
      const stoppedAt = row.resolvedAt ?? row.closedAt;
      const states = computeSla(
        calendar,
        policy.targets,
        {
          openedAt: new Date(row.createdAt),
          firstResponseAt: row.firstResponseAt ? new Date(row.firstResponseAt) : null,
          awaitingReplySince: row.awaitingReplySince ? new Date(row.awaitingReplySince) : null,
          resolvedAt: stoppedAt ? new Date(stoppedAt) : null,
          pauses,
        },
        deps.clock.now(),
      );
      const running = states.filter((s) => s.dueAt && !s.stoppedAt).map((s) => s.dueAt as string);
      const check = nextSlaCheckAt(states);
      return {
        slaPolicyId: policy.id,
        sla: JSON.stringify(states),
        slaState: worstState(states),
        slaDueAt: running.length ? running.sort()[0] : null,
        slaCheckAt: check ? check.toISOString() : null,
      };
    },
  };
}

export type SlaEngine = ReturnType<typeof createSlaEngine>;
