import type { Locale } from '../../app/types';

export type CustomerKind = 'person' | 'business';
export type AddressKind = 'both' | 'billing' | 'service';

export interface CustomerListItem {
  id: string;
  kind: CustomerKind;
  name: string;
  segment: string | null;
  externalId: string | null;
  email: string | null;
  phone: string | null;
  postcode: string | null;
  houseNumber: number | null;
  city: string | null;
  createdAt: string;
}

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

export interface Customer extends CustomerFields {
  id: string;
  consentServiceMailAt: string | null;
  consentMarketingMailAt: string | null;
  mergedIntoId: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface Product {
  id: string;
  sku: string;
  nameNl: string;
  nameEn: string;
  brand: string;
  category: string;
  listPriceCents: number;
  warrantyMonths: number;
  active: boolean;
}

export type WarrantyStatus = 'in_warranty' | 'extended' | 'expired';

export interface InstalledProduct {
  id: string;
  sku: string;
  productNameNl: string;
  productNameEn: string;
  brand: string;
  category: string;
  serialNumber: string | null;
  purchaseDate: string;
  purchaseChannel: string | null;
  warrantyEnd: string;
  extendedWarrantyEnd: string | null;
  warrantyStatus: WarrantyStatus;
  notes: string;
  version: number;
}

export interface NewInstalledProduct {
  sku: string;
  serialNumber: string | null;
  purchaseDate: string;
  purchaseChannel: string | null;
  extendedWarrantyEnd: string | null;
  notes: string;
}

export interface SalesLine {
  id: string;
  saleDate: string;
  sku: string;
  quantity: number;
  amountInclCents: number;
  amountExclCents: number;
  channel: string | null;
  orderRef: string | null;
}

export interface PurchasePage {
  items: SalesLine[];
  total: number;
  page: number;
  pageSize: number;
  totalsByYear: { year: number; lines: number; amountInclCents: number; amountExclCents: number }[];
}
