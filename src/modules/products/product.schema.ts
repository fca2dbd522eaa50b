import { z } from 'zod';
import { pageOf } from '../../kernel/pagination.js';

export const Product = z.object({
  id: z.string(),
  sku: z.string(),
  nameNl: z.string(),
  nameEn: z.string(),
  brand: z.string(),
  category: z.string(),
  listPriceCents: z.number().int(),
  warrantyMonths: z.number().int(),
  active: z.boolean(),
});
export type Product = z.infer<typeof Product>;

export const ListProductsQuery = z.strictObject({
  q: z.string().trim().max(100).optional(),
  category: z.string().max(40).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(100),
});
export type ListProductsQuery = z.infer<typeof ListProductsQuery>;
export const ProductPage = pageOf(Product);

export const InstalledProduct = z.object({
  id: z.string(),
  customerId: z.string(),
  productId: z.string(),
  sku: z.string(),
  productNameNl: z.string(),
  productNameEn: z.string(),
  brand: z.string(),
  category: z.string(),
  serialNumber: z.string().nullable(),
  purchaseDate: z.string(),
  purchaseChannel: z.string().nullable(),
  warrantyEnd: z.string(),
  extendedWarrantyEnd: z.string().nullable(),
  warrantyStatus: z.enum(['in_warranty', 'extended', 'expired']),
  notes: z.string(),
  externalId: z.string().nullable(),
  version: z.number().int(),
});
export type InstalledProduct = z.infer<typeof InstalledProduct>;

export const CreateInstalledProductBody = z.strictObject({
  sku: z.string().trim().min(1).max(60),
  serialNumber: z.string().trim().max(80).nullable().default(null),
  purchaseDate: z.iso.date(),
  purchaseChannel: z.string().trim().max(60).nullable().default(null),
  extendedWarrantyEnd: z.iso.date().nullable().default(null),
  notes: z.string().trim().max(2000).default(''),
  externalId: z.string().trim().min(1).max(100).nullable().default(null),
});
export type CreateInstalledProductBody = z.infer<typeof CreateInstalledProductBody>;

export const InstalledList = z.object({ items: z.array(InstalledProduct) });
export const CustomerParams = z.strictObject({ id: z.uuid() });
