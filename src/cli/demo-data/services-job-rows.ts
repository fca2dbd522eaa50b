import { newId } from '../../kernel/ids.js';
import type { Rng } from './random.js';
import { partsFor, warrantyFree } from './services-catalog.js';
import type { TechPlan } from './services-setup.js';
import { iso, localDate } from './services-time.js';
import type { CatalogService, OrderLineRow, RepairOrderRow, ServiceRows, ServicesContext } from './services-types.js';
import type { Workplace } from './services-work.js';

export type Line = Omit<OrderLineRow, 'orderId' | 'position'>;
export type ServiceContextPart = ServicesContext['parts'][number];
type PartUse = { partId: string; locationId: string; quantity: number; ms: number; repairOrderId: string; userId: string | null };

/**
 * The rows a demo job is made of: numbered documents (per-year counters raised after the load), order lines
 * priced by the warranty rule, repair orders with every column, recorded time and parts, and drawn parts.
 */
export function createJobRows(ctx: ServicesContext, rng: Rng, w: Workplace) {
  const { nowMs } = w;
  const numbers = new Map<string, number>();
  const partUses: PartUse[] = [];
  const vatBp = (code: string) => ctx.vatBp[code] ?? 2100;

  function number(prefix: string, name: string, ms: number): string {
    const year = localDate(ms).slice(0, 4);
    const n = (numbers.get(`${name}|${year}`) ?? 0) + 1;
    numbers.set(`${name}|${year}`, n);
    return `${prefix}-${year}-${String(n).padStart(5, '0')}`;
  }

  function line(ms: number, kind: Line['kind'], s: { serviceId?: string; serviceKind?: string; partId?: string; description: string; quantity?: number; price: number; cost: number; vatCode: string }, warranty: boolean): Line {
    const free = warranty && warrantyFree(kind, s.serviceKind ?? null, ctx.warrantyRule);
    return {
      id: newId(ms),
      kind,
      serviceId: s.serviceId ?? null,
      serviceKind: s.serviceKind ?? null,
      partId: s.partId ?? null,
      description: s.description,
      quantity: s.quantity ?? 1,
      listPriceCents: s.price,
      unitPriceCents: free ? 0 : s.price,
      unitCostCents: s.cost,
      vatCode: s.vatCode,
      vatPercentBp: vatBp(s.vatCode),
      warrantyCovered: free,
      createdAt: iso(ms),
      bookingId: null,
      repairOrderId: null,
      repairDoneAt: null,
    };
  }
  const serviceLine = (ms: number, s: CatalogService, en: boolean, warranty: boolean) =>
    line(ms, s.kind === 'loaner' ? 'loaner' : 'service', { serviceId: s.id, serviceKind: s.kind, description: en ? s.nameEn : s.nameNl, price: s.priceCents, cost: s.standardCostCents, vatCode: s.vatCode }, warranty);

  function repairRow(id: string, f: Partial<RepairOrderRow> & Pick<RepairOrderRow, 'number' | 'customerId' | 'kind' | 'createdAt'>): RepairOrderRow {
    return {
      id,
      orderId: null,
      caseId: null,
      installedProductId: null,
      serviceId: null,
      status: 'created',
      fault: '',
      estimatedMinutes: 0,
      plannedAt: null,
      startedAt: null,
      waitingForPartsAt: null,
      readyAt: null,
      completedAt: null,
      cancelledAt: null,
      receivedAt: null,
      intakeNotes: null,
      diagnosis: null,
      returnMethod: null,
      returnedAt: null,
      bookingId: null,
      technicianId: null,
      scheduledStart: null,
      scheduledEnd: null,
      street: null,
      houseNumber: null,
      postcode: null,
      city: null,
      lat: null,
      lng: null,
      travelKm: null,
      travelCostCents: 0,
      previousRepairOrderId: null,
      firstTimeFix: null,
      signature: null,
      signedBy: null,
      signedAt: null,
      version: 1,
      updatedAt: f.createdAt,
      ...f,
    };
  }

  /** Work a technician records: a time entry at each moment work stopped, and parts from their van or the workshop. */
  function record(out: ServiceRows, repair: RepairOrderRow, tech: TechPlan, pieces: [number, number][], parts: { part: ServiceContextPart; quantity: number; ms: number }[], location: string) {
    for (const [minutes, ms] of pieces) {
      if (ms > nowMs) continue;
      out.timeEntries.push({
        id: newId(ms),
        repairOrderId: repair.id,
        userId: tech.tech.id,
        minutes,
        costRateCents: tech.tech.hourlyCostCents,
        costCents: Math.round((minutes * tech.tech.hourlyCostCents) / 60),
        note: null,
        createdAt: iso(ms),
      });
    }
    for (const { part, quantity, ms } of parts) {
      if (ms > nowMs) continue;
      out.repairParts.push({ id: newId(ms), repairOrderId: repair.id, partId: part.id, locationId: location, quantity, unitCostCents: part.costCents, unitPriceCents: part.priceCents, userId: tech.tech.id, createdAt: iso(ms) });
      partUses.push({ partId: part.id, locationId: location, quantity, ms, repairOrderId: repair.id, userId: tech.tech.id });
    }
  }

  function drawParts(category: string, chance: number, atMs: number): { part: ServiceContextPart; quantity: number; ms: number }[] {
    const { list, weights } = partsFor(category, ctx.parts);
    if (!list.length || !rng.chance(chance)) return [];
    const part = rng.weighted(list, weights);
    const out = [{ part, quantity: part.costCents < 1000 && rng.chance(0.1) ? 2 : 1, ms: atMs }];
    if (rng.chance(0.12)) {
      const second = rng.weighted(list, weights);
      if (second !== part) out.push({ part: second, quantity: 1, ms: atMs });
    }
    return out;
  }

  return {
    number,
    line,
    serviceLine,
    repairRow,
    record,
    drawParts,
    partUses,
    counters: () =>
      [...numbers].map(([key, value]) => {
        const [name, period] = key.split('|');
        return { name, period, value };
      }),
  };
}

/** Quote lines carry no booking or repair columns. */
export function stripOrderFields<T extends { bookingId?: unknown; repairOrderId?: unknown; repairDoneAt?: unknown }>(l: T) {
  const { bookingId: _b, repairOrderId: _r, repairDoneAt: _d, ...rest } = l;
  return rest as unknown as ServiceRows['quoteLines'][number];
}
