import type { z } from 'zod';
import type {
  CatalogSettings as SettingsSchema,
  CreatePartBody,
  CreateServiceBody,
  Part as PartSchema,
  Service as ServiceSchema,
  VatRate as VatRateSchema,
  WarrantyRule as WarrantyRuleSchema,
} from '../../../../src/modules/catalog/catalog.schema';
import type { StockLocation as LocationSchema } from '../../../../src/modules/catalog/stock.schema';

export type Service = z.infer<typeof ServiceSchema>;
export type ServiceFields = z.input<typeof CreateServiceBody>;
export type Part = z.infer<typeof PartSchema>;
export type PartFields = z.input<typeof CreatePartBody>;
export type VatRate = z.infer<typeof VatRateSchema>;
export type VatCode = VatRate['code'];
export type ServiceKind = Service['kind'];
export type CatalogSettings = z.infer<typeof SettingsSchema>;
export type WarrantyRule = z.infer<typeof WarrantyRuleSchema>;
export type StockLocation = z.infer<typeof LocationSchema>;
export type LocationKind = StockLocation['kind'];

export const VAT_CODES: VatCode[] = ['standard', 'reduced', 'zero'];
export const SERVICE_KINDS: ServiceKind[] = [
  'workshop_repair',
  'home_repair',
  'delivery',
  'installation',
  'pickup',
  'loaner',
  'extended_warranty',
  'advice',
  'other',
];
export const LOCATION_KINDS: LocationKind[] = ['warehouse', 'workshop', 'van'];
