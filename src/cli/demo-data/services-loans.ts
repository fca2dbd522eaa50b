import { newId } from '../../kernel/ids.js';
import type { RepairsTables } from '../../modules/repairs/index.js';
import type { Rng } from './random.js';
import { LOANER_MODELS } from './services-catalog.js';
import { addDays, DAY, iso, localDate, localMs } from './services-time.js';
import type { RepairOrderRow, ServicesContext } from './services-types.js';
import type { Workplace } from './services-work.js';

type LoanerRow = RepairsTables['loaners'];
type LoanRow = RepairsTables['loanerLoans'];
const PRICES: Record<string, number> = { washing_machine: 42_900, dryer: 49_900, dishwasher: 39_900, coffee_machine: 29_900, other: 35_000 };

/**
 * The loaner pool: a few appliances per kind at the start, more bought whenever all of a kind are out. A loan
 * runs from intake until the customer collects their own appliance; some recent ones are not back yet.
 */
export function createLoans(ctx: ServicesContext, rng: Rng, w: Workplace) {
  const nowMs = w.nowMs;
  const pool: { row: LoanerRow; busyUntil: number; repairUntil: number; loans: number }[] = [];
  const loans: LoanRow[] = [];
  const counts = new Map<string, number>();

  function buy(category: string, atMs: number) {
    const n = (counts.get(category) ?? 0) + 1;
    counts.set(category, n);
    const at = iso(Math.max(ctx.start.getTime(), atMs));
    const row: LoanerRow = {
      id: newId(Date.parse(at)),
      serial: `LN-${category.replace(/_/g, '-').toUpperCase()}-${String(n).padStart(3, '0')}`,
      model: rng.pick(LOANER_MODELS[category] ?? LOANER_MODELS.other),
      category,
      condition: 'good',
      status: 'available',
      purchaseCostCents: PRICES[category] ?? PRICES.other,
      notes: null,
      version: 1,
      createdAt: at,
      updatedAt: at,
    };
    const item = { row, busyUntil: 0, repairUntil: 0, loans: 0 };
    pool.push(item);
    return item;
  }
  for (const category of Object.keys(PRICES)) for (let k = 0; k < 3; k++) buy(category, ctx.start.getTime());

  /** Lends a loaner at intake; `backMs` is when the customer's own appliance goes back (Infinity while open). */
  function issue(o: { repair: RepairOrderRow; category: string; receivedMs: number; readyMs: number; charged: boolean }): LoanRow | null {
    if (o.receivedMs > nowMs) return null;
    const category = PRICES[o.category] ? o.category : 'other';
    const item = pool.find((p) => p.row.category === category && p.busyUntil <= o.receivedMs && p.repairUntil <= o.receivedMs) ?? buy(category, o.receivedMs - 7 * DAY);
    const dueDate = Number.isFinite(o.readyMs) ? addDays(localDate(o.readyMs), 2) : addDays(localDate(o.receivedMs), 10);
    const late = o.readyMs <= nowMs && o.readyMs >= nowMs - 30 * DAY && rng.chance(0.3);
    const backMs = late ? Number.POSITIVE_INFINITY : o.readyMs;
    const returned = backMs <= nowMs;
    const damaged = returned && rng.chance(0.05);
    const days = returned ? Math.max(1, Math.round((Date.parse(`${localDate(backMs)}T00:00:00Z`) - Date.parse(`${localDate(o.receivedMs)}T00:00:00Z`)) / DAY)) : 0;
    const reminder = !returned && dueDate < w.today && rng.chance(0.5) ? localMs(addDays(dueDate, 1), 10 * 60) : null;
    const loan: LoanRow = {
      id: newId(o.receivedMs),
      loanerId: item.row.id,
      customerId: o.repair.customerId,
      repairOrderId: o.repair.id,
      issuedAt: iso(o.receivedMs),
      dueDate,
      returnedAt: returned ? iso(backMs) : null,
      depositCents: rng.pick([0, 0, 2500, 5000]),
      returnCondition: returned ? (damaged ? 'damaged' : 'good') : null,
      notes: damaged ? 'Deur beschadigd bij terugkomst' : null,
      reminderSentAt: reminder !== null && reminder <= nowMs ? iso(reminder) : null,
      charged: o.charged,
      costPerDayCents: ctx.loanerCostPerDayCents,
      costCents: returned ? days * ctx.loanerCostPerDayCents : null,
      createdAt: iso(o.receivedMs),
    };
    loans.push(loan);
    item.loans += 1;
    item.busyUntil = returned ? backMs : Number.POSITIVE_INFINITY;
    item.repairUntil = damaged ? backMs + 7 * DAY : 0;
    item.row.updatedAt = iso(Math.min(nowMs, returned ? backMs : o.receivedMs));
    return loan;
  }

  function finish(): { loaners: LoanerRow[]; loans: LoanRow[] } {
    for (const p of pool) {
      const out = p.busyUntil > nowMs;
      const repairing = !out && p.repairUntil > nowMs;
      p.row.status = out ? 'out' : repairing ? 'maintenance' : 'available';
      p.row.condition = repairing ? 'damaged' : 'good';
      p.row.version = 1 + 2 * p.loans;
    }
    return { loaners: pool.map((p) => p.row), loans };
  }

  return { issue, finish };
}
