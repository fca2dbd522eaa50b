import { z } from 'zod';
import { formatIban, isDutchVatId, isIban, isKvkNumber, normalisePostcode } from '../../kernel/dutch.js';

export const Organisation = z.object({
  id: z.string(),
  name: z.string(),
  street: z.string(),
  houseNumber: z.string(),
  postcode: z.string(),
  city: z.string(),
  country: z.string(),
  kvkNumber: z.string(),
  vatId: z.string(),
  iban: z.string(),
  logo: z.string().nullable(),
  defaultLocale: z.enum(['nl', 'en']),
  timeZone: z.string(),
  version: z.number().int(),
  updatedAt: z.string(),
});
export type Organisation = z.infer<typeof Organisation>;

const LOGO_RE = /^data:image\/(png|jpeg|webp);base64,[A-Za-z0-9+/]+=*$/;

export const UpdateOrganisationBody = z
  .strictObject({
    version: z.number().int().min(1),
    name: z.string().trim().min(1).max(120).optional(),
    street: z.string().trim().max(120).optional(),
    houseNumber: z.string().trim().max(20).optional(),
    postcode: z.string().trim().max(12).optional(),
    city: z.string().trim().max(80).optional(),
    country: z.string().regex(/^[A-Z]{2}$/, 'two-letter ISO country code').optional(),
    kvkNumber: z.string().trim().refine((v) => v === '' || isKvkNumber(v), 'KvK number has eight digits').optional(),
    vatId: z
      .string()
      .trim()
      .refine((v) => v === '' || isDutchVatId(v), 'VAT id looks like NL123456789B01')
      .transform((v) => v.replace(/[\s.]/g, '').toUpperCase())
      .optional(),
    iban: z
      .string()
      .trim()
      .refine((v) => v === '' || isIban(v), 'not a valid IBAN')
      .transform((v) => (v ? formatIban(v) : v))
      .optional(),
    logo: z.string().max(300_000).regex(LOGO_RE, 'PNG, JPEG or WebP data URL').nullable().optional(),
    defaultLocale: z.enum(['nl', 'en']).optional(),
    timeZone: z.literal('Europe/Amsterdam').optional(),
  })
  .superRefine((b, ctx) => {
    if (b.postcode && (b.country ?? 'NL') === 'NL' && !normalisePostcode(b.postcode))
      ctx.addIssue({ code: 'custom', path: ['postcode'], message: 'Dutch postcode looks like 1234 AB' });
  })
  .transform((b) => (b.postcode && (b.country ?? 'NL') === 'NL' ? { ...b, postcode: normalisePostcode(b.postcode) as string } : b));
export type UpdateOrganisationBody = z.infer<typeof UpdateOrganisationBody>;
