import type { z } from 'zod';
import type { Locale } from '../../app/types';
import type { Customer as CustomerSchema, CustomerListItem as ListItemSchema } from '../../../../src/modules/customers/customer.schema';
import type { InstalledProduct as InstalledSchema, Product as ProductSchema } from '../../../../src/modules/products/product.schema';
import type { PurchasePage as PurchasePageSchema, SalesLine as SalesLineSchema } from '../../../../src/modules/purchases/purchase.schema';

export type CustomerKind = 'person' | 'business';
export type AddressKind = 'both' | 'billing' | 'service';

export interface Contact {
  id?: string;
  name: string;
  email: string | null;
  phone: string | null;
  isPrimary: boolean;
}

export interface Address {
  id?: string;
  kind: AddressKind;
  street: string;
  houseNumber: number;
  houseNumberAddition: string;
  postcode: string;
  city: string;
  country: string;
  lat?: number | null;
  lng?: number | null;
}

export interface CustomerFields {
  kind: CustomerKind;
  name: string;
  kvkNumber: string | null;
  vatId: string | null;
  locale: Locale;
  consentServiceMail: boolean;
  consentMarketingMail: boolean;
  tags: string[];
  segment: string | null;
  externalId: string | null;
  acquisitionDate: string | null;
  acquisitionChannel: string | null;
  acquisitionCostCents: number;
  contacts: Contact[];
  addresses: Address[];
}

export type WarrantyStatus = 'in_warranty' | 'extended' | 'expired';

export interface NewInstalledProduct {
  sku: string;
  serialNumber: string | null;
  purchaseDate: string;
  purchaseChannel: string | null;
  extendedWarrantyEnd: string | null;
  notes: string;
}

/** Responses, inferred from the server's schemas. */
export type CustomerListItem = z.infer<typeof ListItemSchema>;
export type Customer = z.infer<typeof CustomerSchema>;
export type Product = z.infer<typeof ProductSchema>;
export type InstalledProduct = z.infer<typeof InstalledSchema>;
export type SalesLine = z.infer<typeof SalesLineSchema>;
export type PurchasePage = z.infer<typeof PurchasePageSchema>;
