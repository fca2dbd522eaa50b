import type { Kysely } from 'kysely';
import { isStaffRole, type StaffPrincipal, type StaffRole } from '../../kernel/auth/principal.js';
import type { Clock } from '../../kernel/clock.js';
import type { Actor } from '../../kernel/context.js';
import type { DbExecutor } from '../../kernel/db/types.js';
import { AppError, found } from '../../kernel/errors.js';
import { newId } from '../../kernel/ids.js';
import { offsetOf, type Page } from '../../kernel/pagination.js';
import type { AuditService, AuditTables } from '../audit/index.js';
import type { TeamService } from '../teams/index.js';
import { userRepo } from './user.repo.js';
import type { CreateUserBody, ListUsersQuery, UpdateUserBody, User } from './user.schema.js';
import type { UserRow, UsersTables } from './user.table.js';
import { assertMayManage, reportsOf } from './user.rules.js';

type DB = UsersTables & AuditTables;

/** What the users module needs from sign-in: credentials and sessions, inside the caller's transaction. */
export interface Credentials {
  setPassword<T>(trx: DbExecutor<T>, userId: string, password: string): Promise<void>;
  invite<T>(trx: DbExecutor<T>, user: { id: string; email: string; name: string; locale: string }): Promise<void>;
  revokeSessions<T>(trx: DbExecutor<T>, userId: string): Promise<void>;
}

export function toUser(r: UserRow, teamIds: string[] = []): User {
  return {
    id: r.id,
    name: r.name,
    email: r.email,
    role: isStaffRole(r.role) ? r.role : 'agent',
    active: Boolean(r.active),
    locale: r.locale === 'en' ? 'en' : 'nl',
    managerId: r.managerId,
    skills: JSON.parse(r.skills),
    hourlyCostCents: Number(r.hourlyCostCents),
    contractHoursPerWeek: Number(r.contractHoursPerWeek),
    teamIds,
    version: r.version,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
  };
}

function staff(actor: Actor): StaffPrincipal {
  const p = actor.principal;
  if (!p || p.kind === 'customer') throw new AppError('forbidden');
  return p;
}

export type UserService = ReturnType<typeof createUserService>;

/** Staff accounts: who works here, in which role, reporting to whom, at what cost and contract. */
export function createUserService(deps: { db: Kysely<DB>; clock: Clock; audit: AuditService; teams: TeamService; credentials: Credentials }) {
  const { db, clock, audit, teams, credentials } = deps;

  // On SQLite there is one connection: inside a transaction every query must use that transaction.
  async function withTeams(rows: UserRow[], exec: DbExecutor<DB> = db): Promise<User[]> {
    const map = await teams.teamIdsOf(
      rows.map((r) => r.id),
      exec as never,
    );
    return rows.map((r) => toUser(r, map.get(r.id) ?? []));
  }

  async function assertManagerValid(exec: DbExecutor<DB>, userId: string | null, managerId: string | null | undefined) {
    if (!managerId) return;
    if (managerId === userId) throw new AppError('unprocessable', { subcode: 'user.own_manager', detail: 'A person cannot manage themselves.' });
    const structure = await userRepo.findStructure(exec);
    const byId = new Map(structure.map((s) => [s.id, s]));
    if (!byId.has(managerId)) throw new AppError('unprocessable', { subcode: 'user.manager_unknown', detail: 'The manager is not an active user.' });
    for (let cur = byId.get(managerId); cur; cur = cur.managerId ? byId.get(cur.managerId) : undefined) {
      if (cur.id === userId)
        throw new AppError('unprocessable', { subcode: 'user.manager_cycle', detail: 'This would make the reporting line circular.' });
    }
  }

  return {
    async listUsers(q: ListUsersQuery): Promise<Page<User>> {
      const { items, total } = await userRepo.findPage(db, q, offsetOf(q), q.pageSize);
      return { items: await withTeams(items), total, page: q.page, pageSize: q.pageSize };
    },

    async getUser(id: string): Promise<User> {
      return (await withTeams([found(await userRepo.findById(db, id), 'User')]))[0];
    },

    /** The active account behind a session or API key, or undefined. */
    async findActive(id: string): Promise<User | undefined> {
      const row = await userRepo.findById(db, id);
      return row?.active ? toUser(row) : undefined;
    },

    /** Every active colleague's id, name and role: what pickers and labels need, for all staff. */
    async directory() {
      return (await userRepo.findStructure(db)).map((u) => ({ id: u.id, name: u.name, role: u.role })).sort((a, b) => a.name.localeCompare(b.name, 'nl'));
    },

    /** Name, skills and whether active, for other modules (assignment, timelines). Pass the open transaction when inside one. */
    async profiles(ids: string[], exec: DbExecutor<DB> = db) {
      const rows = await userRepo.findByIds(exec, [...new Set(ids)]);
      return rows.map((r) => ({ id: r.id, name: r.name, email: r.email, active: Boolean(r.active), skills: JSON.parse(r.skills) as string[], locale: r.locale }));
    },

    async createUser(actor: Actor, body: CreateUserBody): Promise<User> {
      const me = staff(actor);
      assertMayManage(me.role, null, body.role);
      return db.transaction().execute(async (trx) => {
        if (await userRepo.findByEmail(trx, body.email))
          throw new AppError('conflict', { subcode: 'user.email_taken', detail: 'This email address already has an account.' });
        await assertManagerValid(trx, null, body.managerId);
        const now = clock.now().toISOString();
        const row: UserRow = {
          id: newId(),
          name: body.name,
          email: body.email,
          emailVerified: true,
          image: null,
          role: body.role,
          active: true,
          locale: body.locale,
          managerId: body.managerId,
          skills: JSON.stringify(body.skills),
          hourlyCostCents: body.hourlyCostCents,
          contractHoursPerWeek: body.contractHoursPerWeek,
          version: 1,
          createdAt: now,
          updatedAt: now,
        };
        await userRepo.insert(trx, row);
        if (body.password) await credentials.setPassword(trx, row.id, body.password);
        else await credentials.invite(trx, row);
        const user = toUser(row);
        await audit.record(trx, actor, { action: 'user.created', entityType: 'user', entityId: row.id, after: user });
        return user;
      });
    },

    async updateUser(actor: Actor, id: string, body: UpdateUserBody): Promise<User> {
      const me = staff(actor);
      return db.transaction().execute(async (trx) => {
        const beforeRow = found(await userRepo.findById(trx, id), 'User');
        const before = toUser(beforeRow);
        if (body.role !== undefined || body.active !== undefined || me.userId !== id) assertMayManage(me.role, before.role, body.role);
        if (id === me.userId && body.active === false)
          throw new AppError('unprocessable', { subcode: 'user.deactivate_self', detail: 'You cannot deactivate your own account.' });
        const losesAdmin = before.role === 'admin' && before.active && (body.active === false || (body.role && body.role !== 'admin'));
        if (losesAdmin && (await userRepo.countActiveAdmins(trx)) <= 1)
          throw new AppError('unprocessable', { subcode: 'user.last_admin', detail: 'Loyaal needs at least one active admin.' });
        if (body.managerId !== undefined) await assertManagerValid(trx, id, body.managerId);
        const { version, skills, ...fields } = body;
        const ok = await userRepo.updateVersioned(trx, id, version, {
          ...fields,
          ...(skills ? { skills: JSON.stringify(skills) } : {}),
          updatedAt: clock.now().toISOString(),
        });
        if (!ok) throw new AppError('version_conflict', { detail: 'The user was changed by someone else; reload it.' });
        const after = toUser(found(await userRepo.findById(trx, id), 'User'));
        await audit.record(trx, actor, { action: 'user.updated', entityType: 'user', entityId: id, before, after });
        if (after.role !== before.role)
          await audit.record(trx, actor, { action: 'user.role_changed', entityType: 'user', entityId: id, before: { role: before.role }, after: { role: after.role } });
        if (before.active !== after.active) {
          await audit.record(trx, actor, { action: after.active ? 'user.reactivated' : 'user.deactivated', entityType: 'user', entityId: id });
          if (!after.active) await credentials.revokeSessions(trx, id);
        }
        return (await withTeams([found(await userRepo.findById(trx, id), 'User')], trx))[0];
      });
    },

    async reports(id: string) {
      found(await userRepo.findById(db, id), 'User');
      return reportsOf(await userRepo.findStructure(db), id);
    },

    /** Remembers the interface language of the signed-in user. */
    async setLocale(actor: Actor, locale: 'nl' | 'en'): Promise<void> {
      const me = staff(actor);
      await db.transaction().execute(async (trx) => {
        const before = found(await userRepo.findById(trx, me.userId), 'User');
        await userRepo.setLocale(trx, me.userId, locale, clock.now().toISOString());
        await audit.record(trx, actor, { action: 'user.locale_changed', entityType: 'user', entityId: me.userId, before: { locale: before.locale }, after: { locale } });
      });
    },
  };
}

export type { StaffRole };
