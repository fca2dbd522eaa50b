import { foldForSearch } from '../../kernel/dutch-parse.js';
import { newId } from '../../kernel/ids.js';
import type { AddressRow, ContactRow, CustomerRow } from './customer.repo.js';
import type { CreateCustomerBody, Customer, CustomerListItem } from './customer.schema.js';
import { searchTokens } from './customer.search.js';

type ContactInput = CreateCustomerBody['contacts'][number];
type AddressInput = CreateCustomerBody['addresses'][number];

export function toCustomer(r: CustomerRow, contacts: ContactRow[], addresses: AddressRow[]): Customer {
  return {
    id: r.id,
    kind: r.kind === 'business' ? 'business' : 'person',
    name: r.name,
    kvkNumber: r.kvkNumber,
    vatId: r.vatId,
    locale: r.locale === 'en' ? 'en' : 'nl',
    consentServiceMail: Boolean(r.consentServiceMail),
    consentServiceMailAt: r.consentServiceMailAt,
    consentMarketingMail: Boolean(r.consentMarketingMail),
    consentMarketingMailAt: r.consentMarketingMailAt,
    tags: JSON.parse(r.tags),
    segment: r.segment,
    externalId: r.externalId,
    acquisitionDate: r.acquisitionDate,
    acquisitionChannel: r.acquisitionChannel,
    acquisitionCostCents: Number(r.acquisitionCostCents),
    contacts: contacts.map((c) => ({ id: c.id, name: c.name, email: c.email, phone: c.phone, isPrimary: Boolean(c.isPrimary) })),
    addresses: addresses.map((a) => ({
      id: a.id,
      kind: a.kind as 'billing' | 'service' | 'both',
      street: a.street,
      houseNumber: Number(a.houseNumber),
      houseNumberAddition: a.houseNumberAddition,
      postcode: a.postcode,
      city: a.city,
      country: a.country,
      lat: a.lat === null ? null : Number(a.lat),
      lng: a.lng === null ? null : Number(a.lng),
    })),
    mergedIntoId: r.mergedIntoId,
    version: r.version,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
  };
}

export function toListItem(r: CustomerRow, contact?: ContactRow, address?: AddressRow): CustomerListItem {
  return {
    id: r.id,
    kind: r.kind === 'business' ? 'business' : 'person',
    name: r.name,
    segment: r.segment,
    externalId: r.externalId,
    email: contact?.email ?? null,
    phone: contact?.phone ?? null,
    postcode: address?.postcode ?? null,
    houseNumber: address ? Number(address.houseNumber) : null,
    city: address?.city ?? null,
    createdAt: r.createdAt,
  };
}

/** Child rows for a customer; exactly one primary contact when there are contacts. */
export function childRows(customerId: string, contacts: ContactInput[], addresses: AddressInput[], now: string) {
  const primary = Math.max(
    0,
    contacts.findIndex((c) => c.isPrimary),
  );
  const contactRows: ContactRow[] = contacts.map((c, i) => ({
    id: newId(),
    customerId,
    name: c.name,
    email: c.email,
    phone: c.phone,
    isPrimary: i === primary,
    createdAt: now,
  }));
  const addressRows: AddressRow[] = addresses.map((a) => ({ id: newId(), customerId, ...a, createdAt: now }));
  return { contactRows, addressRows };
}

/** The customer row for new data. */
export function customerRow(id: string, b: CreateCustomerBody, now: string): CustomerRow {
  return {
    id,
    kind: b.kind,
    name: b.name,
    searchName: foldForSearch(b.name),
    kvkNumber: b.kvkNumber,
    vatId: b.vatId,
    locale: b.locale,
    consentServiceMail: b.consentServiceMail,
    consentServiceMailAt: now,
    consentMarketingMail: b.consentMarketingMail,
    consentMarketingMailAt: now,
    tags: JSON.stringify(b.tags),
    segment: b.segment,
    externalId: b.externalId,
    acquisitionDate: b.acquisitionDate,
    acquisitionChannel: b.acquisitionChannel,
    acquisitionCostCents: b.acquisitionCostCents,
    mergedIntoId: null,
    version: 1,
    createdAt: now,
    updatedAt: now,
  };
}

/** What the search index holds for a customer: its words, and its name in list order. */
export interface SearchEntry {
  searchName: string;
  tokens: string[];
}

export function tokensFor(
  c: Pick<Customer, 'name' | 'externalId'>,
  contacts: { name: string; email: string | null; phone: string | null }[],
  addresses: { street: string; postcode: string; city: string }[],
): SearchEntry {
  return { searchName: foldForSearch(c.name), tokens: searchTokens({ name: c.name, externalId: c.externalId, contacts, addresses }) };
}
