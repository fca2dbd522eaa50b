import type { Kysely } from 'kysely';
import type { Clock } from '../../kernel/clock.js';
import type { Actor } from '../../kernel/context.js';
import type { DbExecutor } from '../../kernel/db/types.js';
import { AppError, found } from '../../kernel/errors.js';
import { newId } from '../../kernel/ids.js';
import type { AuditService, AuditTables } from '../audit/index.js';
import { teamRepo } from './team.repo.js';
import type { CreateTeamBody, Team, UpdateTeamBody } from './team.schema.js';
import type { TeamsTables } from './team.table.js';

type DB = TeamsTables & AuditTables;

export type TeamService = ReturnType<typeof createTeamService>;

/** Teams (queues later route to them) and their members; one member or more may lead a team. */
export function createTeamService(deps: { db: Kysely<DB>; clock: Clock; audit: AuditService }) {
  const { db, clock, audit } = deps;

  async function load(exec: DbExecutor<DB>, id: string): Promise<Team> {
    const row = found(await teamRepo.findById(exec, id), 'Team');
    const members = await teamRepo.membersOf(exec, [id]);
    return { ...row, members: members.map((m) => ({ userId: m.userId, isLead: Boolean(m.isLead) })) };
  }

  async function assertNameFree(exec: DbExecutor<DB>, name: string, exceptId?: string) {
    const other = await teamRepo.findByName(exec, name);
    if (other && other.id !== exceptId)
      throw new AppError('conflict', { subcode: 'team.name_taken', detail: `A team named ${name} already exists.` });
  }

  return {
    async listTeams(): Promise<Team[]> {
      const teams = await teamRepo.findAll(db);
      const members = await teamRepo.membersOf(
        db,
        teams.map((t) => t.id),
      );
      return teams.map((t) => ({
        ...t,
        members: members.filter((m) => m.teamId === t.id).map((m) => ({ userId: m.userId, isLead: Boolean(m.isLead) })),
      }));
    },

    getTeam: (id: string) => load(db, id),

    /** Members of teams; pass the open transaction when inside one. */
    membersOf: (teamIds: string[], exec: DbExecutor<DB> = db) => teamRepo.membersOf(exec, teamIds),

    /** Team ids per user, for other modules that show memberships. Pass the open transaction when inside one. */
    async teamIdsOf(userIds: string[], exec: DbExecutor<DB> = db): Promise<Map<string, string[]>> {
      const map = new Map<string, string[]>();
      for (const m of await teamRepo.membershipsOf(exec, userIds)) map.set(m.userId, [...(map.get(m.userId) ?? []), m.teamId]);
      return map;
    },

    async createTeam(actor: Actor, body: CreateTeamBody): Promise<Team> {
      return db.transaction().execute(async (trx) => {
        await assertNameFree(trx, body.name);
        const now = clock.now().toISOString();
        const id = newId();
        await teamRepo.insert(trx, { id, name: body.name, description: body.description, version: 1, createdAt: now, updatedAt: now });
        await teamRepo.replaceMembers(trx, id, body.members);
        const team = await load(trx, id);
        await audit.record(trx, actor, { action: 'team.created', entityType: 'team', entityId: id, after: team });
        return team;
      });
    },

    async updateTeam(actor: Actor, id: string, body: UpdateTeamBody): Promise<Team> {
      return db.transaction().execute(async (trx) => {
        const before = await load(trx, id);
        if (body.name) await assertNameFree(trx, body.name, id);
        const { version, members, ...fields } = body;
        const ok = await teamRepo.updateVersioned(trx, id, version, { ...fields, updatedAt: clock.now().toISOString() });
        if (!ok) throw new AppError('version_conflict', { detail: 'The team was changed by someone else; reload it.' });
        if (members) await teamRepo.replaceMembers(trx, id, members);
        const after = await load(trx, id);
        await audit.record(trx, actor, { action: 'team.updated', entityType: 'team', entityId: id, before, after });
        return after;
      });
    },

    async deleteTeam(actor: Actor, id: string, version: number): Promise<void> {
      await db.transaction().execute(async (trx) => {
        const before = await load(trx, id);
        if (!(await teamRepo.deleteVersioned(trx, id, version)))
          throw new AppError('version_conflict', { detail: 'The team was changed by someone else; reload it.' });
        await audit.record(trx, actor, { action: 'team.deleted', entityType: 'team', entityId: id, before });
      });
    },
  };
}
