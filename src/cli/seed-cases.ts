import type { Loyaal } from '../app.js';
import type { Actor } from '../kernel/context.js';
import { type CaseCustomer, type DemoCase, demoCases, type DemoTeam } from './demo-data/cases.js';
import type { Rng } from './demo-data/random.js';

const BATCH = 2_000;

/** The desk's settings for the demo: routing per team, signatures, the mailbox and a few macros. */
async function configureDesk(loyaal: Loyaal, actor: Actor, teams: { front: DemoTeam; back: DemoTeam }) {
  const { cases } = loyaal.services;
  const exists = async () => true;
  await cases.settings.putTeamSettings(actor, teams.front.id, {
    calendarId: null,
    assignment: 'round_robin',
    categories: [...teams.front.categories],
    signatureNl: 'Met vriendelijke groet,\nKlantenservice Huishoudservice Nederland\n030 123 45 67 · ma–vr 08:30–17:30',
    signatureEn: 'Kind regards,\nCustomer service Huishoudservice Nederland\n+31 30 123 45 67 · Mon–Fri 08:30–17:30',
  }, exists);
  await cases.settings.putTeamSettings(actor, teams.back.id, { calendarId: null, assignment: 'least_loaded', categories: [...teams.back.categories], signatureNl: 'Met vriendelijke groet,\nBackoffice Huishoudservice Nederland', signatureEn: 'Kind regards,\nBack office Huishoudservice Nederland' }, exists);
  await cases.settings.createMailbox(actor, { name: 'Klantenservice Huishoudservice', address: 'service@huishoudservice.demo', teamId: teams.front.id, imap: null, acknowledge: true, active: true });
}

/** A case about a fault or a repair: the ones that can lead to paid work. */
export interface RepairCase {
  id: string;
  number: string;
  customerId: string;
  createdAt: string;
  subject: string;
  category: string;
  assigneeId: string | null;
}
const REPAIR_CATEGORIES = new Set(['storing', 'reparatie']);

/**
 * Two years of cases for the demo desk, bulk-loaded with their messages and ratings, and the case-number
 * counters raised past them so new cases continue the series. Returns the repair-type cases in time order.
 */
export async function seedCases(loyaal: Loyaal, actor: Actor, rng: Rng, customers: CaseCustomer[], count: number, tick: (n: number) => void): Promise<RepairCase[]> {
  const repairs: RepairCase[] = [];
  const all = await loyaal.services.teams.listTeams();
  const profiles = await loyaal.services.users.profiles(all.flatMap((t) => t.members.map((m) => m.userId)));
  const team = (name: string, categories: readonly string[]): DemoTeam => {
    const t = all.find((x) => x.name === name);
    if (!t) throw new Error(`demo team ${name} is missing`);
    const agents = profiles.filter((p) => t.members.some((m) => m.userId === p.id)).filter((p) => p.email !== 'manager@demo.loyaal.nl');
    return { id: t.id, agents: agents.map((a) => ({ id: a.id, name: a.name })), categories };
  };
  const teams = { front: team('Klantenservice', ['storing', 'bezorging', 'reparatie', 'advies']), back: team('Backoffice', ['garantie', 'factuur', 'retour']) };
  await configureDesk(loyaal, actor, teams);

  const end = loyaal.clock.now();
  const start = new Date(end.getTime() - 730 * 86_400_000);
  const last = new Map<string, number>();
  let batch: DemoCase[] = [];
  const flush = async () => {
    await loyaal.db.transaction().execute(async (trx) => {
      await loyaal.services.cases.insertDemo(trx as never, batch.map((c) => c.row), batch.flatMap((c) => c.messages));
      await loyaal.services.satisfaction.insertDemo(
        trx as never,
        batch
          .filter((c) => c.rating)
          .map((c) => ({
            caseId: c.row.id,
            tokenHash: `demo-${c.row.id}`,
            customerId: c.row.customerId,
            agentId: c.row.assigneeId,
            teamId: c.row.teamId,
            rating: c.rating?.rating ?? null,
            comment: c.rating?.comment ?? null,
            sentAt: c.row.resolvedAt as string,
            ratedAt: c.rating?.ratedAt ?? null,
            changeableUntil: c.rating ? new Date(new Date(c.rating.ratedAt).getTime() + 7 * 86_400_000).toISOString() : null,
          })),
      );
    });
    tick(batch.length);
    batch = [];
  };
  for (const c of demoCases(rng, customers, teams, { count, start, end })) {
    const [, year, seq] = c.row.number.split('-');
    last.set(year, Math.max(last.get(year) ?? 0, Number(seq)));
    const r = c.row;
    if (REPAIR_CATEGORIES.has(r.category as string))
      repairs.push({ id: r.id, number: r.number, customerId: r.customerId, createdAt: r.createdAt, subject: r.subject, category: r.category as string, assigneeId: r.assigneeId });
    batch.push(c);
    if (batch.length === BATCH) await flush();
  }
  if (batch.length) await flush();
  await loyaal.db.transaction().execute((trx) => loyaal.services.cases.raiseNumbers(trx as never, last));
  return repairs;
}
