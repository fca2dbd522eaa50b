import type { Loyaal } from '../app.js';
import type { Actor } from '../kernel/context.js';
import { SYSTEM_ACTOR } from '../kernel/context.js';
import { analyze } from '../kernel/db/sql-helpers.js';
import { demoProducts } from './demo-data/catalog.js';
import { demoCustomers } from './demo-data/customers.js';
import type { CaseCustomer } from './demo-data/cases.js';
import { demoHistory, type HistoryCustomer } from './demo-data/history.js';
import { Rng } from './demo-data/random.js';
import type { Progress } from './progress.js';
import { seedCases } from './seed-cases.js';
import { seedServices } from './seed-services.js';
import { seedStaff } from './seed-staff.js';

export { DEMO_LOGINS, DEMO_PASSWORD } from './seed-staff.js';

const SIZES = { small: 5_000, large: 200_000 } as const;
/** Cases over two years: about 1.6 per customer for the small demo, a million for the large one. */
const CASES = { small: 8_000, large: 1_000_000 } as const;
const SEED = 20_261_201;
const BATCH = 1_000;

/**
 * Seeds "Huishoudservice Nederland B.V." into an empty database: the organisation, about fifty staff in five
 * teams, a catalog of some 230 appliances, customers across the country, three years of purchases and two years
 * of cases with replies, SLA outcomes and ratings up to today. Everything but the ids follows from the seed, so two runs on the same day give the same department.
 */
export async function seedDemo(loyaal: Loyaal, size: keyof typeof SIZES, progress?: Progress): Promise<void> {
  const { organisation, customers, products, purchases } = loyaal.services;
  const actor: Actor = { ...SYSTEM_ACTOR, principal: { kind: 'staff', userId: '', name: 'demo', email: 'demo', role: 'admin', locale: 'nl', sessionId: '' } };
  const org = await organisation.getOrganisation();
  await organisation.updateOrganisation(actor, {
    version: org.version,
    name: 'Huishoudservice Nederland B.V.',
    street: 'Vaartsche Rijn',
    houseNumber: '12',
    postcode: '3523 AB',
    city: 'Utrecht',
    country: 'NL',
    kvkNumber: '30123456',
    vatId: 'NL812345674B01',
    iban: 'NL91 ABNA 0417 1643 00',
    defaultLocale: 'nl',
  });

  const count = SIZES[size];
  const historyWeight = 3;
  progress?.start(50 + count + count * historyWeight + CASES[size]);
  await seedStaff(loyaal, actor, () => progress?.tick());

  const rng = new Rng(SEED);
  const catalog = demoProducts(rng);
  await loyaal.db.transaction().execute((trx) => products.insertProducts(trx, catalog));

  const today = new Date(loyaal.clock.now().toISOString().slice(0, 10));
  const end = new Date(today.getTime() + 86_400_000);
  const start = new Date(Date.UTC(today.getUTCFullYear() - 3, today.getUTCMonth(), today.getUTCDate()));
  const history: HistoryCustomer[] = [];
  const contactable: CaseCustomer[] = [];
  let batch: ReturnType<typeof demoCustomers> extends Generator<infer T> ? T[] : never = [];
  const flushCustomers = async () => {
    await loyaal.db.transaction().execute((trx) => customers.insertDemo(trx, batch));
    progress?.tick(batch.length);
    batch = [];
  };
  for (const c of demoCustomers(rng, count, { start, end })) {
    batch.push(c);
    const k = c.contacts[0];
    contactable.push({ id: c.customer.id, contactId: k?.id ?? null, name: k?.name ?? c.customer.name, email: k?.email ?? null, locale: c.customer.locale });
    history.push({ id: c.customer.id, acquisitionDate: c.customer.acquisitionDate, segment: c.customer.segment, createdAt: c.customer.createdAt, acquisitionChannel: c.customer.acquisitionChannel });
    if (batch.length === BATCH) await flushCustomers();
  }
  if (batch.length) await flushCustomers();

  let sales: Parameters<typeof purchases.insert>[1] = [];
  let installed: Parameters<typeof products.insertInstalled>[1] = [];
  let lines = 0;
  const flushHistory = async () => {
    await loyaal.db.transaction().execute(async (trx) => {
      await purchases.insert(trx, sales);
      await products.insertInstalled(trx, installed);
    });
    sales = [];
    installed = [];
  };
  const perTick = Math.max(1, Math.round(10 / historyWeight));
  for (const line of demoHistory(rng, history, catalog, { end })) {
    sales.push(line.salesLine);
    if (line.installed) installed.push(line.installed);
    if (++lines % perTick === 0) progress?.tick();
    if (sales.length === BATCH) await flushHistory();
  }
  await flushHistory();
  const repairCases = await seedCases(loyaal, actor, rng, contactable, CASES[size], (n) => progress?.tick(n));
  // <paid-services:demo>
  await seedServices(loyaal, actor, repairCases, CASES[size]);
  // </paid-services:demo>
  await analyze(loyaal.db as never, loyaal.dialect);
  progress?.done();
}
