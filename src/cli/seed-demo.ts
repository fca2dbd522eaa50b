import type { Loyaal } from '../app.js';
import type { StaffRole } from '../kernel/auth/principal.js';
import { SYSTEM_ACTOR } from '../kernel/context.js';
import type { Progress } from './progress.js';

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

const FIRST = ['Anouk', 'Daan', 'Emma', 'Lars', 'Lotte', 'Milan', 'Noor', 'Ruben', 'Sophie', 'Thijs', 'Yara', 'Bas', 'Iris', 'Jesse', 'Mila', 'Sem'];
const LAST = ['Jansen', 'de Jong', 'van den Berg', 'Bakker', 'Mulder', 'de Boer', 'Smit', 'Meijer', 'de Groot', 'Bos', 'Vos', 'Peters', 'Hendriks', 'Dekker'];
const SKILLS: Record<string, string[]> = {
  agent: ['wasmachines', 'koffiemachines', 'e-bikes', 'Engels', 'Duits'],
  technician: ['wasmachines', 'drogers', 'vaatwassers', 'koffiemachines', 'e-bikes', 'koeltechniek'],
  planner: ['routeplanning'],
};

const TEAMS = [
  { name: 'Klantenservice', description: 'Eerste lijn: e-mail, telefoon en portaal', roles: ['agent'] },
  { name: 'Werkplaats', description: 'Reparaties in de centrale werkplaats in Utrecht', roles: ['technician'] },
  { name: 'Buitendienst', description: 'Reparaties en installaties bij de klant thuis', roles: ['technician'] },
  { name: 'Planning', description: 'Tijdvakken, routes en leenapparaten', roles: ['planner'] },
] as const;

/**
 * Seeds a believable Dutch service department into an empty database: the organisation, four teams, the demo
 * logins and (for `large`) a few hundred colleagues with managers, skills, cost rates and contract hours.
 */
export async function seedDemo(loyaal: Loyaal, size: 'small' | 'large', progress?: Progress): Promise<void> {
  const { users, teams, organisation } = loyaal.services;
  const org = await organisation.getOrganisation();
  const admin = { ...SYSTEM_ACTOR, principal: { kind: 'staff' as const, userId: '', name: 'seed', email: 'seed', role: 'admin' as const, locale: 'nl', sessionId: '' } };
  await organisation.updateOrganisation(admin, {
    version: org.version,
    name: 'Van Dijk Witgoed Service B.V.',
    street: 'Vaartsche Rijn',
    houseNumber: '12',
    postcode: '3523 AB',
    city: 'Utrecht',
    country: 'NL',
    kvkNumber: '30123456',
    vatId: 'NL812345678B01',
    iban: 'NL91 ABNA 0417 1643 00',
    defaultLocale: 'nl',
  });

  const extra = size === 'large' ? 240 : 12;
  progress?.start(DEMO_LOGINS.length + extra);
  const created: { id: string; role: StaffRole }[] = [];
  let managerId: string | null = null;
  for (const login of DEMO_LOGINS) {
    const u = await users.createUser(admin, {
      ...login,
      locale: 'nl',
      password: DEMO_PASSWORD,
      managerId: login.role === 'admin' || login.role === 'manager' ? null : managerId,
      skills: SKILLS[login.role]?.slice(0, 2) ?? [],
      hourlyCostCents: login.role === 'technician' ? 5250 : login.role === 'manager' ? 6800 : 4200,
      contractHoursPerWeek: 38,
    });
    if (login.role === 'manager') managerId = u.id;
    created.push({ id: u.id, role: u.role });
    progress?.tick();
  }
  const roles: StaffRole[] = ['agent', 'agent', 'agent', 'technician', 'technician', 'planner'];
  const leads = new Map<StaffRole, string>(created.filter((c) => c.role !== 'admin' && c.role !== 'manager').map((c) => [c.role, c.id]));
  for (let i = 0; i < extra; i++) {
    const role = roles[i % roles.length];
    const name = `${FIRST[i % FIRST.length]} ${LAST[(i * 7) % LAST.length]}`;
    const u = await users.createUser(admin, {
      name,
      email: `${name.toLowerCase().replace(/[^a-z]+/g, '.')}.${i + 1}@demo.loyaal.nl`,
      role,
      locale: i % 9 === 0 ? 'en' : 'nl',
      password: DEMO_PASSWORD,
      managerId: leads.get(role) ?? managerId,
      skills: (SKILLS[role] ?? []).filter((_, k) => (i + k) % 2 === 0),
      hourlyCostCents: role === 'technician' ? 4800 + (i % 5) * 150 : 3900 + (i % 4) * 100,
      contractHoursPerWeek: [24, 32, 36, 38, 40][i % 5],
    });
    created.push({ id: u.id, role });
    progress?.tick();
  }
  for (const [t, team] of TEAMS.entries()) {
    const members = created
      .filter((c, i) => (team.roles as readonly StaffRole[]).includes(c.role) && (team.name !== 'Werkplaats' && team.name !== 'Buitendienst' ? true : i % 2 === t % 2))
      .map((c, i) => ({ userId: c.id, isLead: i === 0 }));
    if (managerId) members.push({ userId: managerId, isLead: false });
    await teams.createTeam(admin, { name: team.name, description: team.description, members });
  }
  progress?.done();
}
