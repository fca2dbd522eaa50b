/** Form values of the customer form, and their conversion to and from the API shape. */
import type { Locale } from '../../app/types';
import { eurosToCents } from '../../app/format';
import type { Address, Contact, Customer, CustomerFields, CustomerKind } from './types';

export const EMPTY_FORM = {
  kind: 'person' as CustomerKind,
  name: '',
  kvkNumber: '',
  vatId: '',
  segment: '',
  externalId: '',
  locale: 'nl' as Locale,
  consentServiceMail: true,
  consentMarketingMail: false,
  tags: [] as string[],
  acquisitionDate: '',
  acquisitionChannel: '',
  cost: '' as number | string,
  contactName: '',
  email: '',
  phone: '',
  street: '',
  houseNumber: '' as number | string,
  addition: '',
  postcode: '',
  city: '',
  country: 'NL',
};
export type CustomerForm = typeof EMPTY_FORM;

export function formOf(c: Customer): CustomerForm {
  const k = c.contacts[0];
  const a = c.addresses[0];
  return {
    kind: c.kind,
    name: c.name,
    kvkNumber: c.kvkNumber ?? '',
    vatId: c.vatId ?? '',
    segment: c.segment ?? '',
    externalId: c.externalId ?? '',
    locale: c.locale,
    consentServiceMail: c.consentServiceMail,
    consentMarketingMail: c.consentMarketingMail,
    tags: c.tags,
    acquisitionDate: c.acquisitionDate ?? '',
    acquisitionChannel: c.acquisitionChannel ?? '',
    cost: c.acquisitionCostCents ? c.acquisitionCostCents / 100 : '',
    contactName: k?.name ?? '',
    email: k?.email ?? '',
    phone: k?.phone ?? '',
    street: a?.street ?? '',
    houseNumber: a?.houseNumber ?? '',
    addition: a?.houseNumberAddition ?? '',
    postcode: a?.postcode ?? '',
    city: a?.city ?? '',
    country: a?.country ?? 'NL',
  };
}

const orNull = (s: string) => (s.trim() === '' ? null : s.trim());

/** The request body; the form edits the first contact and address, the others are kept as they are. */
export function bodyOf(f: CustomerForm, existing?: Customer): CustomerFields {
  const [firstContact, ...otherContacts] = existing?.contacts ?? [];
  const [firstAddress, ...otherAddresses] = existing?.addresses ?? [];
  const contacts: Contact[] =
    f.contactName.trim() || f.email.trim() || f.phone.trim()
      ? [{ ...(firstContact?.id ? { id: firstContact.id } : {}), name: f.contactName.trim() || f.name.trim(), email: orNull(f.email), phone: orNull(f.phone), isPrimary: true }]
      : [];
  const hasAddress = [f.street, f.postcode, f.city, f.addition, String(f.houseNumber)].some((v) => v.trim() !== '');
  const addresses: Address[] = hasAddress
    ? [
        {
          ...(firstAddress?.id ? { id: firstAddress.id } : {}),
          kind: firstAddress?.kind ?? 'both',
          street: f.street.trim(),
          houseNumber: typeof f.houseNumber === 'number' ? f.houseNumber : Number(f.houseNumber) || 0,
          houseNumberAddition: f.addition.trim(),
          postcode: f.postcode.trim(),
          city: f.city.trim(),
          country: f.country.trim().toUpperCase() || 'NL',
          ...(firstAddress && f.postcode.trim() === firstAddress.postcode && Number(f.houseNumber) === firstAddress.houseNumber
            ? { lat: firstAddress.lat ?? null, lng: firstAddress.lng ?? null }
            : {}),
        },
      ]
    : [];
  return {
    kind: f.kind,
    name: f.name.trim(),
    kvkNumber: f.kind === 'business' ? orNull(f.kvkNumber) : null,
    vatId: f.kind === 'business' ? orNull(f.vatId) : null,
    locale: f.locale,
    consentServiceMail: f.consentServiceMail,
    consentMarketingMail: f.consentMarketingMail,
    tags: f.tags,
    segment: orNull(f.segment),
    externalId: orNull(f.externalId),
    acquisitionDate: orNull(f.acquisitionDate),
    acquisitionChannel: orNull(f.acquisitionChannel),
    acquisitionCostCents: eurosToCents(f.cost),
    contacts: [...contacts, ...otherContacts],
    addresses: [...addresses, ...otherAddresses],
  };
}

/** Only the fields that differ from `c`, for a PATCH. */
export function changesOf(body: CustomerFields, c: Customer): Partial<CustomerFields> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(body)) if (JSON.stringify(v) !== JSON.stringify(c[k as keyof Customer])) out[k] = v;
  return out as Partial<CustomerFields>;
}
