import { z } from 'zod';

export const VAT_CODES = ['standard', 'reduced', 'zero'] as const;
export const VatCode = z.enum(VAT_CODES);

export const SERVICE_KINDS = [
  'workshop_repair',
  'home_repair',
  'delivery',
  'installation',
  'pickup',
  'loaner',
  'extended_warranty',
  'advice',
  'other',
] as const;
export const ServiceKind = z.enum(SERVICE_KINDS);

const isoDate = z.iso.date();
const text = (max: number) => z.string().trim().min(1).max(max);
/** Amounts and quantities are checked for sign by the service (422 with field errors), not here (400). */
const amount = z.number().int().max(100_000_000);
const minutes = z.number().int().max(100_000);
const skills = z.array(z.string().trim().min(1).max(60)).max(20);

export const VatRate = z.object({
  id: z.string(),
  code: VatCode,
  /** Basis points: 2100 is 21 %. */
  percentBp: z.number().int(),
  validFrom: z.string(),
  /** Last day the rate applies, inclusive; null while it still applies. */
  validTo: z.string().nullable(),
});
export type VatRate = z.infer<typeof VatRate>;
export const VatRateList = z.object({ items: z.array(VatRate) });

export const CreateVatRateBody = z.strictObject({
  code: VatCode,
  percentBp: z.number().int().min(0).max(10_000),
  validFrom: isoDate,
  validTo: isoDate.nullable().default(null),
});
export type CreateVatRateBody = z.infer<typeof CreateVatRateBody>;
export const VatRateOnQuery = z.strictObject({ code: VatCode, date: isoDate });

export const Service = z.object({
  id: z.string(),
  code: z.string(),
  nameNl: z.string(),
  nameEn: z.string(),
  descriptionNl: z.string(),
  descriptionEn: z.string(),
  kind: ServiceKind,
  priceCents: z.number().int(),
  vatCode: VatCode,
  labourMinutes: z.number().int(),
  partsCostCents: z.number().int(),
  travelCostCents: z.number().int(),
  durationMinutes: z.number().int(),
  requiredSkills: z.array(z.string()),
  active: z.boolean(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** Labour at the settings' hourly cost (rounded half up to the cent) plus parts and travel. Always derived. */
  standardCostCents: z.number().int(),
  /** Price minus standard cost. Always derived. */
  marginCents: z.number().int(),
  /** Margin as a percentage of the price, one decimal; null for a free service. */
  marginPercent: z.number().nullable(),
});
export type Service = z.infer<typeof Service>;
export const ServiceList = z.object({ items: z.array(Service) });

const serviceFields = {
  code: text(40),
  nameNl: text(200),
  nameEn: text(200),
  descriptionNl: z.string().trim().max(2000),
  descriptionEn: z.string().trim().max(2000),
  kind: ServiceKind,
  priceCents: amount,
  vatCode: VatCode,
  labourMinutes: minutes,
  partsCostCents: amount,
  travelCostCents: amount,
  durationMinutes: minutes,
  requiredSkills: skills,
  active: z.boolean(),
};

/** Strict: derived fields (standard cost, margin) sent by a client are refused, never stored. */
export const CreateServiceBody = z.strictObject({
  ...serviceFields,
  descriptionNl: serviceFields.descriptionNl.default(''),
  descriptionEn: serviceFields.descriptionEn.default(''),
  labourMinutes: minutes.default(0),
  partsCostCents: amount.default(0),
  travelCostCents: amount.default(0),
  durationMinutes: minutes.default(0),
  requiredSkills: skills.default([]),
  active: z.boolean().default(true),
});
export type CreateServiceBody = z.infer<typeof CreateServiceBody>;

export const UpdateServiceBody = z.strictObject(serviceFields).partial().extend({ version: z.number().int().min(1) });
export type UpdateServiceBody = z.infer<typeof UpdateServiceBody>;

export const ListServicesQuery = z.strictObject({ active: z.enum(['true', 'false']).transform((v) => v === 'true').optional() });
export const IdParams = z.strictObject({ id: z.uuid() });

export const PartStock = z.object({ locationId: z.string(), locationName: z.string(), locationKind: z.string(), quantity: z.number().int() });

export const Part = z.object({
  id: z.string(),
  sku: z.string(),
  nameNl: z.string(),
  nameEn: z.string(),
  costCents: z.number().int(),
  priceCents: z.number().int(),
  vatCode: VatCode,
  active: z.boolean(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  marginCents: z.number().int(),
  marginPercent: z.number().nullable(),
  /** On hand per location (locations without a stock row are left out). */
  stock: z.array(PartStock),
  totalQuantity: z.number().int(),
});
export type Part = z.infer<typeof Part>;
export const PartList = z.object({ items: z.array(Part) });

const partFields = {
  sku: text(60),
  nameNl: text(200),
  nameEn: text(200),
  costCents: amount,
  priceCents: amount,
  vatCode: VatCode,
  active: z.boolean(),
};
export const CreatePartBody = z.strictObject({ ...partFields, vatCode: VatCode.default('standard'), active: z.boolean().default(true) });
export type CreatePartBody = z.infer<typeof CreatePartBody>;
export const UpdatePartBody = z.strictObject({
  version: z.number().int().min(1),
  sku: partFields.sku.optional(),
  nameNl: partFields.nameNl.optional(),
  nameEn: partFields.nameEn.optional(),
  costCents: amount.optional(),
  priceCents: amount.optional(),
  vatCode: VatCode.optional(),
  active: z.boolean().optional(),
});
export type UpdatePartBody = z.infer<typeof UpdatePartBody>;
export const ListPartsQuery = ListServicesQuery;

export const WarrantyCharge = z.enum(['free', 'charged']);
export const WarrantyRule = z.strictObject({ labour: WarrantyCharge, parts: WarrantyCharge, surcharge: WarrantyCharge, travel: WarrantyCharge });
export type WarrantyRule = z.infer<typeof WarrantyRule>;

export const CatalogSettings = z.object({
  labourCostPerHourCents: z.number().int(),
  travelCostPerKmCents: z.number().int(),
  travelPricePerKmCents: z.number().int(),
  loanerCostPerDayCents: z.number().int(),
  /** What a customer pays for work under (extended) warranty. */
  warrantyRule: WarrantyRule,
  version: z.number().int(),
  updatedAt: z.string(),
});
export type CatalogSettings = z.infer<typeof CatalogSettings>;

export const UpdateSettingsBody = z.strictObject({
  version: z.number().int().min(1),
  labourCostPerHourCents: amount.optional(),
  travelCostPerKmCents: amount.optional(),
  travelPricePerKmCents: amount.optional(),
  loanerCostPerDayCents: amount.optional(),
  warrantyRule: WarrantyRule.optional(),
});
export type UpdateSettingsBody = z.infer<typeof UpdateSettingsBody>;
