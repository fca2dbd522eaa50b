import type { DbExecutor } from '../../kernel/db/types.js';
import { caseRepo } from './case.repo.js';
import type { CasesTables } from './case.table.js';
import { configRepo } from './config.repo.js';

type Tx = DbExecutor<never>;

/** Who may take cases of a team: active members with their skills. Supplied by the composition root. */
export type TeamPeople = (exec: Tx, teamId: string) => Promise<{ userId: string; name: string; active: boolean; skills: string[] }[]>;

/**
 * Picks an assignee for a new or re-routed case by the team's rule: `manual` (nobody), `round_robin` (the next
 * member after the last one assigned) or `least_loaded` (the member with the fewest open cases). Skills routing:
 * when the case has a category and some members list it as a skill, only they are candidates.
 */
export function createAssigner(teamPeople: TeamPeople) {
  return {
    async pick(exec: DbExecutor<CasesTables>, teamId: string, category: string | null): Promise<string | null> {
      const settings = await configRepo.teamSettings(exec, teamId);
      if (!settings || settings.assignment === 'manual') return null;
      let members = (await teamPeople(exec as Tx, teamId)).filter((m) => m.active);
      if (category) {
        const skilled = members.filter((m) => m.skills.some((s) => s.toLowerCase() === category.toLowerCase()));
        if (skilled.length) members = skilled;
      }
      if (members.length === 0) return null;
      members.sort((a, b) => (a.userId < b.userId ? -1 : 1));
      let chosen: string;
      if (settings.assignment === 'least_loaded') {
        const counts = new Map((await caseRepo.openCountsByAssignee(exec as never, members.map((m) => m.userId))).map((r) => [r.assigneeId, Number(r.n)]));
        chosen = members.reduce((best, m) => ((counts.get(m.userId) ?? 0) < (counts.get(best.userId) ?? 0) ? m : best), members[0]).userId;
      } else {
        const last = settings.lastAssignedUserId;
        chosen = (members.find((m) => last !== null && m.userId > last) ?? members[0]).userId;
      }
      await configRepo.setLastAssigned(exec, teamId, chosen);
      return chosen;
    },
  };
}

export type Assigner = ReturnType<typeof createAssigner>;
