import { AppError, type FieldError } from '../../kernel/errors.js';
import { localTime } from './dates.js';
import { LABOUR_KINDS, type OrdersDeps, type SlotOffer, type WarrantyRule } from './orders.deps.js';
import type { LineInput } from './orders.schema.js';
import type { LineKind } from './orders.table.js';

/** A priced line before it is stored on a quote or an order. */
export interface DraftLine {
  kind: LineKind;
  serviceId: string | null;
  serviceKind: string | null;
  partId: string | null;
  description: string;
  quantity: number;
  listPriceCents: number;
  unitPriceCents: number;
  unitCostCents: number;
  vatCode: string;
  vatPercentBp: number;
  warrantyCovered: boolean;
}

/** Which part of the warranty rule governs a line; lines it does not name are always charged. */
function ruleFor(l: Pick<DraftLine, 'kind' | 'serviceKind'>, rule: WarrantyRule) {
  if (l.kind === 'labour' || (l.kind === 'service' && l.serviceKind && LABOUR_KINDS.has(l.serviceKind))) return rule.labour;
  if (l.kind === 'part') return rule.parts;
  if (l.kind === 'surcharge') return rule.surcharge;
  if (l.kind === 'travel') return rule.travel;
  return 'charged';
}

/**
 * Applies the warranty rule to a line of a product under warranty: a free line costs the customer nothing but
 * keeps its list price (what it would have cost) and its cost (what it costs us).
 */
export function applyWarranty<L extends DraftLine>(line: L, rule: WarrantyRule | null): L {
  if (!rule || ruleFor(line, rule) !== 'free') return line;
  return { ...line, unitPriceCents: 0, warrantyCovered: true };
}

/** True when an installed product is under its own or its extended warranty on `date`. */
export function coveredOn(p: { warrantyEnd: string; extendedWarrantyEnd: string | null } | undefined, date: string): boolean {
  if (!p) return false;
  return date <= p.warrantyEnd || (p.extendedWarrantyEnd !== null && date <= p.extendedWarrantyEnd);
}

const SLOT_NAMES: Record<string, { nl: string; en: string }> = {
  day: { nl: 'dagafspraak', en: 'daytime appointment' },
  evening: { nl: 'avondafspraak', en: 'evening appointment' },
  saturday: { nl: 'zaterdagafspraak', en: 'Saturday appointment' },
};

/** The description of a slot surcharge line, e.g. "Toeslag avondafspraak 18:00–22:00". */
export function surchargeDescription(slot: Pick<SlotOffer, 'slotType' | 'startsAt' | 'endsAt'>, locale: string): string {
  const name = SLOT_NAMES[slot.slotType] ?? { nl: 'afspraak', en: 'appointment' };
  const window = `${localTime(slot.startsAt)}–${localTime(slot.endsAt)}`;
  return locale === 'en' ? `${name.en[0].toUpperCase()}${name.en.slice(1)} surcharge ${window}` : `Toeslag ${name.nl} ${window}`;
}

const refused = (errors: FieldError[]) =>
  new AppError('unprocessable', { subcode: 'orders.invalid_lines', detail: errors.map((e) => `${e.path}: ${e.message}`).join('; '), errors });

type Catalog = OrdersDeps['catalog'];

/** Turns lines as entered into priced snapshots: catalog names in the customer's language, prices, costs, VAT. */
export async function priceLines(
  catalog: Catalog,
  inputs: readonly PriceableLine[],
  ctx: { locale: string; date: string; rule: WarrantyRule | null; exec?: unknown; path?: string },
): Promise<DraftLine[]> {
  const errors: FieldError[] = [];
  const out: DraftLine[] = [];
  const en = ctx.locale === 'en';
  const base = ctx.path ?? 'body.lines';
  for (const [i, l] of inputs.entries()) {
    const path = `${base}.${i}`;
    if (l.quantity <= 0) errors.push({ path: `${path}.quantity`, message: 'quantity must be at least 1', code: 'too_small' });
    if ((l.unitPriceCents ?? 0) < 0) errors.push({ path: `${path}.unitPriceCents`, message: 'a price cannot be negative', code: 'too_small' });
    if ((l.unitCostCents ?? 0) < 0) errors.push({ path: `${path}.unitCostCents`, message: 'a cost cannot be negative', code: 'too_small' });
    const line = await resolve(catalog, l, en, ctx.exec).catch((err: unknown) => {
      if (err instanceof AppError && (err.code === 'not_found' || err.code === 'unprocessable')) {
        errors.push({ path, message: err.detail ?? 'unknown catalog item' });
        return undefined;
      }
      throw err;
    });
    if (line) out.push(line);
  }
  if (errors.length) throw refused(errors);
  for (const line of out) line.vatPercentBp = (await catalog.vatRateOn(line.vatCode, ctx.date, ctx.exec)).percentBp;
  return out.map((l) => applyWarranty(l, ctx.rule));
}

/** A line to price: as entered over HTTP, or as another module adds it (with a kind and price snapshots). */
export type PriceableLine = Omit<LineInput, 'kind'> & { kind?: 'part' | 'labour' | 'travel' | 'loaner' | 'other' };

async function resolve(catalog: Catalog, l: PriceableLine, en: boolean, exec: unknown): Promise<DraftLine | undefined> {
  const common = { quantity: l.quantity, vatPercentBp: 0, warrantyCovered: false };
  if (l.serviceId) {
    const s = await catalog.getService(l.serviceId, exec);
    if (!s.active) throw new AppError('unprocessable', { detail: `Service ${s.nameNl} is no longer offered` });
    const price = l.unitPriceCents ?? Number(s.priceCents);
    return {
      ...common,
      kind: l.kind === 'loaner' ? 'loaner' : 'service',
      serviceId: s.id,
      serviceKind: s.kind,
      partId: null,
      description: en ? s.nameEn : s.nameNl,
      listPriceCents: price,
      unitPriceCents: price,
      unitCostCents: l.unitCostCents ?? Number(s.standardCostCents),
      vatCode: s.vatCode,
    };
  }
  if (l.partId) {
    const p = await catalog.getPart(l.partId, exec);
    if (!p.active) throw new AppError('unprocessable', { detail: `Part ${p.nameNl} is no longer sold` });
    const price = l.unitPriceCents ?? Number(p.priceCents);
    return {
      ...common,
      kind: 'part',
      serviceId: null,
      serviceKind: null,
      partId: p.id,
      description: en ? p.nameEn : p.nameNl,
      listPriceCents: price,
      unitPriceCents: price,
      unitCostCents: l.unitCostCents ?? Number(p.costCents),
      vatCode: p.vatCode,
    };
  }
  const price = l.unitPriceCents ?? 0;
  return {
    ...common,
    kind: l.kind && l.kind !== 'part' ? l.kind : 'other',
    serviceId: null,
    serviceKind: null,
    partId: null,
    description: l.description ?? '',
    listPriceCents: price,
    unitPriceCents: price,
    unitCostCents: l.unitCostCents ?? 0,
    vatCode: l.vatCode ?? 'standard',
  };
}

/** The surcharge line for a chosen time slot, or none when the slot costs nothing extra. */
export async function surchargeLine(
  catalog: Catalog,
  slot: SlotOffer,
  ctx: { locale: string; date: string; rule: WarrantyRule | null; exec?: unknown },
): Promise<DraftLine | undefined> {
  const amount = Number(slot.surchargeCents);
  if (!amount) return undefined;
  const { percentBp } = await catalog.vatRateOn(slot.vatCode, ctx.date, ctx.exec);
  const line: DraftLine = {
    kind: 'surcharge',
    serviceId: null,
    serviceKind: null,
    partId: null,
    description: surchargeDescription(slot, ctx.locale),
    quantity: 1,
    listPriceCents: amount,
    unitPriceCents: amount,
    unitCostCents: 0,
    vatCode: slot.vatCode,
    vatPercentBp: percentBp,
    warrantyCovered: false,
  };
  return applyWarranty(line, ctx.rule);
}
