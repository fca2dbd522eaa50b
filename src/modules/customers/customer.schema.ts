import { z } from 'zod';
import { isDutchVatId, isKvkNumber, normalisePostcode } from '../../kernel/dutch.js';
import { pageOf } from '../../kernel/pagination.js';

export const CustomerKind = z.enum(['person', 'business']);
const isoDate = z.iso.date();

export const Contact = z.strictObject({
  id: z.uuid().optional(),
  name: z.string().trim().min(1).max(120),
  email: z.email().max(254).transform((e) => e.toLowerCase()).nullable().default(null),
  phone: z.string().trim().max(30).nullable().default(null),
  isPrimary: z.boolean().default(false),
});

export const Address = z
  .strictObject({
    id: z.uuid().optional(),
    kind: z.enum(['billing', 'service', 'both']).default('both'),
    street: z.string().trim().min(1).max(120),
    houseNumber: z.number().int().min(1).max(99999),
    houseNumberAddition: z.string().trim().max(10).default(''),
    postcode: z.string().trim().min(1).max(12),
    city: z.string().trim().min(1).max(80),
    country: z.string().regex(/^[A-Z]{2}$/, 'two-letter ISO country code').default('NL'),
    lat: z.number().min(-90).max(90).nullable().default(null),
    lng: z.number().min(-180).max(180).nullable().default(null),
  })
  .superRefine((a, ctx) => {
    if (a.country === 'NL' && !normalisePostcode(a.postcode))
      ctx.addIssue({ code: 'custom', path: ['postcode'], message: 'Dutch postcode looks like 1234 AB', params: { reason: 'postcode' } });
  })
  .transform((a) => ({
    ...a,
    postcode: a.country === 'NL' ? (normalisePostcode(a.postcode) as string) : a.postcode,
    houseNumberAddition: a.houseNumberAddition.toUpperCase(),
  }));

const base = {
  kind: CustomerKind,
  name: z.string().trim().min(1).max(160),
  kvkNumber: z.string().trim().refine(isKvkNumber, 'KvK number has eight digits').nullable(),
  vatId: z
    .string()
    .trim()
    .refine(isDutchVatId, 'VAT id looks like NL123456789B01')
    .transform((v) => v.replace(/[\s.]/g, '').toUpperCase())
    .nullable(),
  locale: z.enum(['nl', 'en']),
  consentServiceMail: z.boolean(),
  consentMarketingMail: z.boolean(),
  tags: z.array(z.string().trim().min(1).max(40)).max(30),
  segment: z.string().trim().max(40).nullable(),
  externalId: z.string().trim().min(1).max(100).nullable(),
  acquisitionDate: isoDate.nullable(),
  acquisitionChannel: z.string().trim().max(60).nullable(),
  acquisitionCostCents: z.number().int().min(0).max(10_000_000),
  contacts: z.array(Contact).max(20),
  addresses: z.array(Address).max(10),
};

export const CreateCustomerBody = z.strictObject({
  ...base,
  kvkNumber: base.kvkNumber.default(null),
  vatId: base.vatId.default(null),
  locale: base.locale.default('nl'),
  consentServiceMail: base.consentServiceMail.default(true),
  consentMarketingMail: base.consentMarketingMail.default(false),
  tags: base.tags.default([]),
  segment: base.segment.default(null),
  externalId: base.externalId.default(null),
  acquisitionDate: base.acquisitionDate.default(null),
  acquisitionChannel: base.acquisitionChannel.default(null),
  acquisitionCostCents: base.acquisitionCostCents.default(0),
  contacts: base.contacts.default([]),
  addresses: base.addresses.default([]),
});
export type CreateCustomerBody = z.infer<typeof CreateCustomerBody>;

/** Every field optional and without defaults: a PATCH changes only what it names. */
export const UpdateCustomerBody = z.strictObject({ version: z.number().int().min(1) }).extend(z.object(base).partial().shape);
export type UpdateCustomerBody = z.infer<typeof UpdateCustomerBody>;

export const Customer = z.object({
  id: z.string(),
  kind: CustomerKind,
  name: z.string(),
  kvkNumber: z.string().nullable(),
  vatId: z.string().nullable(),
  locale: z.enum(['nl', 'en']),
  consentServiceMail: z.boolean(),
  consentServiceMailAt: z.string().nullable(),
  consentMarketingMail: z.boolean(),
  consentMarketingMailAt: z.string().nullable(),
  tags: z.array(z.string()),
  segment: z.string().nullable(),
  externalId: z.string().nullable(),
  acquisitionDate: z.string().nullable(),
  acquisitionChannel: z.string().nullable(),
  acquisitionCostCents: z.number().int(),
  contacts: z.array(z.object({ id: z.string(), name: z.string(), email: z.string().nullable(), phone: z.string().nullable(), isPrimary: z.boolean() })),
  addresses: z.array(
    z.object({
      id: z.string(),
      kind: z.enum(['billing', 'service', 'both']),
      street: z.string(),
      houseNumber: z.number().int(),
      houseNumberAddition: z.string(),
      postcode: z.string(),
      city: z.string(),
      country: z.string(),
      lat: z.number().nullable(),
      lng: z.number().nullable(),
    }),
  ),
  mergedIntoId: z.string().nullable(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Customer = z.infer<typeof Customer>;

export const CustomerListItem = z.object({
  id: z.string(),
  kind: CustomerKind,
  name: z.string(),
  segment: z.string().nullable(),
  externalId: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  postcode: z.string().nullable(),
  houseNumber: z.number().nullable(),
  city: z.string().nullable(),
  createdAt: z.string(),
});
export type CustomerListItem = z.infer<typeof CustomerListItem>;

export const ListCustomersQuery = z.strictObject({
  q: z.string().trim().max(100).optional(),
  segment: z.string().trim().max(40).optional(),
  kind: CustomerKind.optional(),
  sort: z.enum(['name', '-name', 'created', '-created']).default('name'),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export type ListCustomersQuery = z.infer<typeof ListCustomersQuery>;

export const CustomerPage = pageOf(CustomerListItem);
export const CustomerParams = z.strictObject({ id: z.uuid() });
export const DeleteCustomerQuery = z.strictObject({ version: z.coerce.number().int().min(1) });
export const MergeBody = z.strictObject({
  mergeId: z.uuid().describe('The duplicate that disappears into this customer'),
  version: z.number().int().min(1).describe('Version of the surviving customer'),
  mergeVersion: z.number().int().min(1).describe('Version of the duplicate'),
});
