import type { Loyaal } from '../app.js';
import type { StaffRole } from '../kernel/auth/principal.js';
import type { Actor } from '../kernel/context.js';

/** The password of every demo account (listed in the README). */
export const DEMO_PASSWORD = 'Loyaal-demo-2026';

/** The demo logins named in the README, one per role. */
export const DEMO_LOGINS: { email: string; name: string; role: StaffRole }[] = [
  { email: 'beheer@demo.loyaal.nl', name: 'Bram Beheer', role: 'admin' },
  { email: 'manager@demo.loyaal.nl', name: 'Sanne de Vries', role: 'manager' },
  { email: 'agent@demo.loyaal.nl', name: 'Fatima El Amrani', role: 'agent' },
  { email: 'planner@demo.loyaal.nl', name: 'Joost Bakker', role: 'planner' },
  { email: 'monteur@demo.loyaal.nl', name: 'Kees Visser', role: 'technician' },
];

const FIRST = ['Anouk', 'Daan', 'Emma', 'Lars', 'Lotte', 'Milan', 'Noor', 'Ruben', 'Sophie', 'Thijs', 'Yara', 'Bas', 'Iris', 'Jesse', 'Mila', 'Sem', 'Hatice', 'Mohamed', 'Priya', 'Wouter'];
const LAST = ['Jansen', 'de Jong', 'van den Berg', 'Bakker', 'Mulder', 'de Boer', 'Smit', 'Meijer', 'de Groot', 'Bos', 'Vos', 'Peters', 'Hendriks', 'Dekker', 'Kaya', 'Bouzid'];

/** Teams of the demo department with their size, role, skills and cost rate (cents per hour). */
const TEAMS = [
  { name: 'Klantenservice', description: 'Frontoffice: e-mail, telefoon en portaal', role: 'agent', size: 14, skills: ['wasmachines', 'koffiemachines', 'e-bikes', 'Engels', 'Duits'], cost: 3900 },
  { name: 'Backoffice', description: 'Garantie, retouren, facturen en klachten', role: 'agent', size: 7, skills: ['garantie', 'facturatie', 'klachten'], cost: 4200 },
  { name: 'Werkplaats', description: 'Reparaties in de centrale werkplaats in Utrecht', role: 'technician', size: 9, skills: ['wasmachines', 'drogers', 'vaatwassers', 'koffiemachines', 'e-bikes'], cost: 4800 },
  { name: 'Buitendienst', description: 'Reparaties en installaties bij de klant thuis, ook ’s avonds', role: 'technician', size: 11, skills: ['wasmachines', 'koeltechniek', 'inbouw', 'ovens'], cost: 5250 },
  { name: 'Planning', description: 'Tijdvakken, routes en leenapparaten', role: 'planner', size: 4, skills: ['routeplanning', 'leenapparaten'], cost: 4400 },
] as const;

/**
 * About fifty staff in five teams: the demo logins lead their role's first team, every team has a lead who
 * reports to the service manager, members report to their lead.
 */
export async function seedStaff(loyaal: Loyaal, actor: Actor, tick: () => void): Promise<number> {
  const { users, teams } = loyaal.services;
  const create = (name: string, email: string, role: StaffRole, managerId: string | null, skills: readonly string[], cost: number, hours: number, locale: 'nl' | 'en' = 'nl') =>
    users.createUser(actor, { name, email, role, locale, password: DEMO_PASSWORD, managerId, skills: [...skills], hourlyCostCents: cost, contractHoursPerWeek: hours });
  await create(DEMO_LOGINS[0].name, DEMO_LOGINS[0].email, 'admin', null, [], 5000, 32);
  const manager = await create(DEMO_LOGINS[1].name, DEMO_LOGINS[1].email, 'manager', null, ['coaching', 'budget'], 6800, 38);
  const demoLead = new Map(DEMO_LOGINS.slice(2).map((l) => [l.role, l]));
  let n = 2;
  let i = 0;
  for (const team of TEAMS) {
    const members: { userId: string; isLead: boolean }[] = [{ userId: manager.id, isLead: false }];
    let leadId: string | null = null;
    for (let k = 0; k < team.size; k++, i++) {
      const login = k === 0 ? demoLead.get(team.role) : undefined;
      if (login) demoLead.delete(team.role);
      const name = login?.name ?? `${FIRST[i % FIRST.length]} ${LAST[(i * 7) % LAST.length]}`;
      const email = login?.email ?? `${name.toLowerCase().replace(/[^a-z]+/g, '.')}.${i + 1}@demo.loyaal.nl`;
      const skills = team.skills.filter((_, s) => (i + s) % 2 === 0 || k === 0);
      const u = await create(name, email, team.role, leadId ?? manager.id, skills, team.cost + (i % 4) * 150, [24, 32, 36, 38, 40][i % 5], i % 11 === 5 ? 'en' : 'nl');
      if (k === 0) leadId = u.id;
      members.push({ userId: u.id, isLead: k === 0 });
      n++;
      tick();
    }
    await teams.createTeam(actor, { name: team.name, description: team.description, members });
  }
  return n;
}
