import { AppError, type FieldError } from '../../kernel/errors.js';
import { marginOf, serviceMargin } from './catalog.cost.js';
import type { CatalogSettings, Part, Service, VatRate } from './catalog.schema.js';
import type { PartRow, ServiceRow, SettingsRow, StockLocationRow, StockMovementRow, VatRateRow } from './catalog.table.js';
import type { StockLocation, StockMovement } from './stock.schema.js';

const n = (v: number | string) => Number(v);

export function toVatRate(r: VatRateRow): VatRate {
  return { id: r.id, code: r.code, percentBp: n(r.percentBp), validFrom: r.validFrom, validTo: r.validTo };
}

export function toSettings(r: SettingsRow): CatalogSettings {
  return {
    labourCostPerHourCents: n(r.labourCostPerHourCents),
    travelCostPerKmCents: n(r.travelCostPerKmCents),
    travelPricePerKmCents: n(r.travelPricePerKmCents),
    loanerCostPerDayCents: n(r.loanerCostPerDayCents),
    warrantyRule: JSON.parse(r.warrantyRule),
    version: r.version,
    updatedAt: r.updatedAt,
  };
}

/** A service with its standard cost and margin derived from the current labour cost rate. */
export function toService(r: ServiceRow, labourCostPerHourCents: number): Service {
  const money = {
    priceCents: n(r.priceCents),
    labourMinutes: n(r.labourMinutes),
    partsCostCents: n(r.partsCostCents),
    travelCostCents: n(r.travelCostCents),
  };
  return {
    id: r.id,
    code: r.code,
    nameNl: r.nameNl,
    nameEn: r.nameEn,
    descriptionNl: r.descriptionNl,
    descriptionEn: r.descriptionEn,
    kind: r.kind,
    ...money,
    vatCode: r.vatCode,
    durationMinutes: n(r.durationMinutes),
    requiredSkills: JSON.parse(r.requiredSkills),
    active: Boolean(r.active),
    version: r.version,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
    ...serviceMargin(money, labourCostPerHourCents),
  };
}

export interface StockLine {
  partId: string;
  locationId: string;
  locationName: string;
  locationKind: string;
  quantity: number;
}

export function toPart(r: PartRow, stock: StockLine[]): Part {
  const costCents = n(r.costCents);
  const priceCents = n(r.priceCents);
  const mine = stock
    .filter((s) => s.partId === r.id)
    .map((s) => ({ locationId: s.locationId, locationName: s.locationName, locationKind: s.locationKind, quantity: n(s.quantity) }));
  return {
    id: r.id,
    sku: r.sku,
    nameNl: r.nameNl,
    nameEn: r.nameEn,
    costCents,
    priceCents,
    vatCode: r.vatCode,
    active: Boolean(r.active),
    version: r.version,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
    ...marginOf(priceCents, costCents),
    stock: mine,
    totalQuantity: mine.reduce((sum, s) => sum + s.quantity, 0),
  };
}

export function toLocation(r: StockLocationRow): StockLocation {
  return { ...r, active: Boolean(r.active) };
}

export function toMovement(r: StockMovementRow): StockMovement {
  return { ...r, quantity: n(r.quantity) };
}

/** Throws 422 with one field error per negative amount, before anything is written. */
export function assertNotNegative(values: Record<string, number | undefined>): void {
  const errors: FieldError[] = Object.entries(values)
    .filter(([, v]) => v !== undefined && v < 0)
    .map(([k]) => ({ path: `body.${k}`, message: 'must be 0 or more', code: 'too_small', params: { minimum: 0 } }));
  if (errors.length) throw new AppError('unprocessable', { subcode: 'catalog.negative_amount', detail: 'Amounts and minutes cannot be negative.', errors });
}

/** A unique index refused the row (SQLite or PostgreSQL); the service answers 409 instead of 500. */
export function isUniqueViolation(err: unknown): boolean {
  const code = (err as { code?: string } | null)?.code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}

export function isForeignKeyViolation(err: unknown): boolean {
  const code = (err as { code?: string } | null)?.code;
  return code === '23503' || code === 'SQLITE_CONSTRAINT_FOREIGNKEY';
}
