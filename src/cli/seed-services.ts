import type { Loyaal } from '../app.js';
import type { Actor } from '../kernel/context.js';
import { raiseCounter } from '../kernel/db/counters.js';
import { formatIban } from '../kernel/dutch.js';
import { insertDemoCatalog, insertDemoStock } from '../modules/catalog/index.js';
import { insertDemoInvoicing } from '../modules/invoicing/index.js';
import { insertDemoSales } from '../modules/orders/index.js';
import { insertDemoBookings, insertDemoPlanningSetup, insertDemoSlotUsage } from '../modules/planning/index.js';
import { insertDemoLoaners, insertDemoRepairs } from '../modules/repairs/index.js';
import { closedHolidays } from '../modules/sla/index.js';
import { createServiceGenerator, type ServiceCase, type ServiceCustomer, type ServiceRows, type ServicesContext } from './demo-data/services.js';
import type { DemoTechnician } from './demo-data/services-types.js';

const BATCH = 500;
const SEED = 20_261_208;

/** Skills the catalog's services ask for, given to the technicians who do that work. */
function withServiceSkills(team: 'workshop' | 'field', skills: string[], lead: boolean): string[] {
  const add = new Set(skills);
  add.add('witgoed');
  if (team === 'workshop' && (skills.includes('koffiemachines') || lead)) add.add('koffie');
  if (team === 'field' && skills.includes('inbouw')) add.add('gas');
  if (lead) add.add('koeltechniek');
  return [...add];
}

type Customers = Loyaal['services']['customers'];
type Products = Loyaal['services']['products'];

async function loadCustomer(customers: Customers, products: Products, db: Loyaal['db'], id: string): Promise<ServiceCustomer> {
  const c = await customers.load(db, id);
  const installed = await products.installedOf(id);
  const snap = (a: (typeof c.addresses)[number] | undefined) => ({
    street: a?.street ?? '',
    houseNumber: Number(a?.houseNumber ?? 0),
    houseNumberAddition: a?.houseNumberAddition ?? '',
    postcode: a?.postcode ?? '',
    city: a?.city ?? '',
    country: a?.country ?? 'NL',
    lat: a?.lat ?? null,
    lng: a?.lng ?? null,
  });
  const billing = c.addresses.find((a) => a.kind === 'billing') ?? c.addresses.find((a) => a.kind === 'both') ?? c.addresses[0];
  const service = c.addresses.find((a) => a.kind === 'service') ?? c.addresses.find((a) => a.kind === 'both') ?? c.addresses[0];
  const contact = c.contacts.find((k) => k.isPrimary) ?? c.contacts[0];
  return {
    id,
    name: c.name,
    kind: c.kind === 'business' ? 'business' : 'person',
    locale: c.locale,
    kvkNumber: c.kvkNumber ?? null,
    vatId: c.vatId ?? null,
    email: c.contacts.find((k) => k.email && k.isPrimary)?.email ?? c.contacts.find((k) => k.email)?.email ?? null,
    contactName: contact?.name ?? c.name,
    billing: snap(billing),
    service: snap(service),
    // Appliances bought together share a date; their external ids keep the order the same on every database.
    installed: installed
      .sort((x, y) => (x.purchaseDate !== y.purchaseDate ? (x.purchaseDate < y.purchaseDate ? 1 : -1) : String(x.externalId).localeCompare(String(y.externalId))))
      .map((p) => ({ id: p.id, category: p.category, purchaseDate: p.purchaseDate, warrantyEnd: p.warrantyEnd, extendedWarrantyEnd: p.extendedWarrantyEnd ?? null })),
  };
}

async function insertRows(loyaal: Loyaal, rows: ServiceRows): Promise<void> {
  await loyaal.db.transaction().execute(async (trx) => {
    await insertDemoSales(trx, rows);
    await insertDemoBookings(trx, rows.bookings);
    await insertDemoRepairs(trx, rows);
    await insertDemoInvoicing(trx, { invoices: rows.invoices, invoiceLines: rows.invoiceLines, payments: rows.payments });
  });
}

/**
 * Two years of paid services behind the demo department's repair cases: the catalog, slot templates and
 * technicians' schedules, then quotes, orders, bookings, repair orders with their work, loaners, invoices,
 * payments and two bank statements, bulk-loaded in batches; the number counters are raised past them.
 */
export async function seedServices(loyaal: Loyaal, actor: Actor, cases: ServiceCase[], caseCount: number): Promise<void> {
  const { catalog, users, teams, organisation, customers, products } = loyaal.services;
  const now = loyaal.clock.now();
  const start = new Date(now.getTime() - 730 * 86_400_000);
  const ids = await loyaal.db.transaction().execute((trx) => insertDemoCatalog(trx, start.toISOString()));

  // Technicians: the workshop and field teams, with the skills the catalog's services need.
  const allTeams = await teams.listTeams();
  const members = (name: string) => new Set(allTeams.find((t) => t.name === name)?.members.map((m) => m.userId) ?? []);
  const [workshop, field, backOffice] = [members('Werkplaats'), members('Buitendienst'), members('Backoffice')];
  const staff = (await users.listUsers({ page: 1, pageSize: 200 })).items;
  const technicians: DemoTechnician[] = [];
  for (const u of staff.filter((x) => x.role === 'technician').sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.email.localeCompare(b.email)))) {
    const team = field.has(u.id) ? 'field' : 'workshop';
    const isDemoLogin = u.email === 'monteur@demo.loyaal.nl';
    const skills = withServiceSkills(team, u.skills, isDemoLogin || allTeams.some((t) => t.members.some((m) => m.userId === u.id && m.isLead)));
    if (skills.length !== u.skills.length) await users.updateUser(actor, u.id, { version: u.version, skills });
    if (team === 'workshop' && !workshop.has(u.id)) continue;
    technicians.push({ id: u.id, name: u.name, team, hourlyCostCents: u.hourlyCostCents, contractHoursPerWeek: u.contractHoursPerWeek, skills, isDemoLogin });
  }
  const planners = staff.filter((x) => x.role === 'planner').map((x) => x.id);
  const clerks = staff.filter((x) => backOffice.has(x.id) && x.role === 'agent').map((x) => x.id);

  const services: ServicesContext['services'] = {};
  for (const s of await catalog.listServices({})) services[s.code] = { ...s, priceCents: Number(s.priceCents), standardCostCents: Number(s.standardCostCents) };
  const parts = (await catalog.listParts({})).map((p) => ({ id: p.id, sku: p.sku, nameNl: p.nameNl, nameEn: p.nameEn, costCents: Number(p.costCents), priceCents: Number(p.priceCents), vatCode: p.vatCode }));
  const settings = await catalog.settings();
  const today = now.toISOString().slice(0, 10);
  const vatBp: Record<string, number> = {};
  for (const code of ['standard', 'reduced', 'zero'] as const) vatBp[code] = (await catalog.vatRateOn(code, today)).percentBp;
  const openingStock = [];
  for (const p of parts)
    for (const locationId of [ids.locations.warehouse, ids.locations.workshop]) openingStock.push({ partId: p.id, locationId, quantity: await catalog.stockAt(p.id, locationId) });
  const holidays = new Set<string>();
  for (let y = start.getUTCFullYear(); y <= now.getUTCFullYear() + 1; y++) for (const [date] of closedHolidays('NL', y, 'every-five-years')) holidays.add(date);
  const org = await organisation.getOrganisation();

  const gen = createServiceGenerator({
    seed: SEED,
    now,
    start,
    caseCount,
    services,
    parts,
    locations: ids.locations,
    openingStock,
    vatBp,
    warrantyRule: settings.warrantyRule,
    labourCostPerHourCents: Number(settings.labourCostPerHourCents),
    travelCostPerKmCents: Number(settings.travelCostPerKmCents),
    loanerCostPerDayCents: Number(settings.loanerCostPerDayCents),
    technicians,
    planners: planners.length ? planners : [actor.principal?.kind === 'staff' ? actor.principal.userId : ''],
    backOffice: clerks.length ? clerks : planners,
    holidays,
    seller: { name: org.name, street: org.street, houseNumber: org.houseNumber, postcode: org.postcode, city: org.city, country: org.country || 'NL', kvkNumber: org.kvkNumber, vatId: org.vatId, iban: formatIban(org.iban) },
  });
  await loyaal.db.transaction().execute(async (trx) => {
    await insertDemoPlanningSetup(trx, gen.setup);
    await insertDemoStock(trx, { locations: gen.setup.vans });
  });

  let batch: ServiceCase[] = [];
  const flush = async () => {
    const wanted = new Map<string, ServiceCustomer>();
    for (const id of new Set(batch.map((c) => c.customerId))) wanted.set(id, await loadCustomer(customers, products, loyaal.db, id));
    await insertRows(loyaal, gen.take(batch.map((c) => ({ c, customer: wanted.get(c.customerId) as ServiceCustomer }))));
    batch = [];
  };
  for (const c of cases) {
    if (!gen.wants(c)) continue;
    batch.push(c);
    if (batch.length === BATCH) await flush();
  }
  if (batch.length) await flush();

  const end = gen.finish();
  await insertRows(loyaal, { ...end, payments: [] });
  await loyaal.db.transaction().execute(async (trx) => {
    await insertDemoInvoicing(trx, { invoices: [], invoiceLines: [], statements: end.statements, statementLines: end.statementLines, payments: end.payments });
    await insertDemoLoaners(trx, end.loaners, end.loans);
    await insertDemoSlotUsage(trx, end.slotUsage);
    await insertDemoStock(trx, {
      movements: end.stockMovements,
      stock: end.stockDeltas.map((d) => ({ ...d, updatedAt: now.toISOString() })),
    });
    for (const c of end.counters) await raiseCounter(trx as never, c.name, c.period, c.value);
  });
}
