import { newId } from '../../kernel/ids.js';
import { Rng, seedFor } from './random.js';
import { createBilling } from './services-billing.js';
import { createJobs } from './services-jobs.js';
import { planningSetup } from './services-setup.js';
import { DAY, iso, localDate, MIN } from './services-time.js';
import { emptyRows, type PlanningSetup, type ServiceCase, type ServiceCustomer, type ServiceFinal, type ServiceRows, type ServicesContext, type StockMovementRow } from './services-types.js';
import { createWorkplace } from './services-work.js';

export type { ServiceCase, ServiceCustomer, ServiceFinal, ServiceRows, ServicesContext } from './services-types.js';

/** Share of repair-type cases (storing, reparatie) that lead to a quote or an order: with ~44 % of all cases, ~9 % of cases end in paid work. */
const SHARE = 0.22;

function merge(into: ServiceRows, from: Partial<ServiceRows>): void {
  for (const [k, v] of Object.entries(from) as [keyof ServiceRows, unknown[]][]) if (v?.length) (into[k] as unknown[]).push(...v);
}

/**
 * Two years of paid services for the demo department, driven by its repair-type cases. Feed every case in time
 * order to `wants`, then the wanted ones (with their customers) to `take` in batches; `finish` returns what only
 * the end can give. Everything follows from `ctx.seed` and `ctx.now` except the ids.
 */
export function createServiceGenerator(ctx: ServicesContext) {
  const { setup, plans } = planningSetup(new Rng(seedFor(ctx.seed, 1)), ctx);
  const closure = new Set(setup.closureDays.map((d) => d.date));
  const w = createWorkplace(ctx, new Rng(seedFor(ctx.seed, 2)), plans, setup.templates, closure);
  const billing = createBilling(ctx, new Rng(seedFor(ctx.seed, 3)), w.closed);
  const jobs = createJobs(ctx, new Rng(seedFor(ctx.seed, 4)), w, billing);
  const chooser = new Rng(seedFor(ctx.seed, 5));
  const nowMs = ctx.now.getTime();
  // The last four weeks are busier in a small demo, so the planning board has work right away; a large one is busy enough.
  const repairCasesPerDay = (ctx.caseCount * 0.44) / 730;
  const recentShare = Math.min(0.85, Math.max(SHARE, 16 / Math.max(1, repairCasesPerDay)));

  return {
    setup: setup as PlanningSetup,

    /** Whether this case leads to paid work; call once per repair-type case, in time order. */
    wants(c: ServiceCase): boolean {
      return chooser.chance(Date.parse(c.createdAt) >= nowMs - 28 * DAY ? recentShare : SHARE);
    },

    /** The rows of a batch of wanted cases (in time order), plus the invoices that can now be numbered. */
    take(items: { c: ServiceCase; customer: ServiceCustomer }[]): ServiceRows {
      const out = emptyRows();
      for (const { c, customer } of items) jobs.make(c, customer, out);
      const last = items[items.length - 1];
      if (last) merge(out, billing.flush(localDate(Date.parse(last.c.createdAt))));
      return out;
    },

    finish(): ServiceFinal {
      const out = emptyRows();
      merge(out, billing.flush(null));
      const bank = billing.statements();
      out.payments.push(...bank.payments);
      const { loaners, loans } = jobs.loans.finish();
      const stock = stockMovements(ctx, jobs.partUses);
      return {
        ...out,
        loaners,
        loans,
        slotUsage: w.usageRows(),
        stockMovements: stock.movements,
        stockDeltas: stock.deltas,
        statements: bank.statements,
        statementLines: bank.statementLines,
        counters: [...jobs.counters(), ...billing.counters()],
      };
    },
  };
}

/**
 * The stock side of the parts used: a movement per use, and whenever a van or the workshop would run out, a
 * transfer from the central warehouse shortly before (the warehouse itself restocked by a supplier's delivery).
 */
function stockMovements(ctx: ServicesContext, uses: { partId: string; locationId: string; quantity: number; ms: number; repairOrderId: string; userId: string | null }[]) {
  const onHand = new Map<string, number>();
  for (const s of ctx.openingStock) onHand.set(`${s.partId}|${s.locationId}`, s.quantity);
  const deltas = new Map<string, number>();
  const movements: StockMovementRow[] = [];
  const cost = new Map(ctx.parts.map((p) => [p.id, p.costCents]));
  const move = (partId: string, locationId: string, quantity: number, reason: StockMovementRow['reason'], ms: number, extra: Partial<StockMovementRow> = {}) => {
    const key = `${partId}|${locationId}`;
    onHand.set(key, (onHand.get(key) ?? 0) + quantity);
    deltas.set(key, (deltas.get(key) ?? 0) + quantity);
    movements.push({ id: newId(ms), partId, locationId, quantity, reason, refType: null, refId: null, note: '', userId: null, createdAt: iso(ms), ...extra });
  };
  const wh = ctx.locations.warehouse;
  for (const u of [...uses].sort((a, b) => a.ms - b.ms)) {
    const have = onHand.get(`${u.partId}|${u.locationId}`) ?? 0;
    if (have < u.quantity) {
      const batch = (cost.get(u.partId) ?? 0) >= 5000 ? 2 : 6;
      const need = Math.max(batch, u.quantity - have);
      const at = u.ms - 90 * MIN;
      if (u.locationId !== wh) {
        const stocked = onHand.get(`${u.partId}|${wh}`) ?? 0;
        if (stocked < need) move(u.partId, wh, Math.max(need - stocked, batch * 4), 'receipt', at - 2 * DAY, { note: 'Levering leverancier', refType: 'demo' });
        move(u.partId, wh, -need, 'transfer', at, { note: 'Aanvulling', refType: 'transfer' });
      }
      move(u.partId, u.locationId, need, u.locationId === wh ? 'receipt' : 'transfer', at, { note: u.locationId === wh ? 'Levering leverancier' : 'Aanvulling uit centraal magazijn', refType: 'transfer' });
    }
    move(u.partId, u.locationId, -u.quantity, 'use', u.ms, { refType: 'repair_order', refId: u.repairOrderId, userId: u.userId });
  }
  movements.sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0));
  return {
    movements,
    deltas: [...deltas].map(([key, quantity]) => {
      const [partId, locationId] = key.split('|');
      return { partId, locationId, quantity };
    }),
  };
}
