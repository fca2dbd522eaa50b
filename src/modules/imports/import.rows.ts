import type { z } from 'zod';
import { normaliseEmail, normaliseHouseNumber, normalisePhone, parseDate, parseDecimal } from '../../kernel/dutch-parse.js';
import { parseEuro } from '../../kernel/money.js';
import { CreateCustomerBody } from '../customers/index.js';

export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string };
type Get = (field: string) => string;

const YES = new Set(['ja', 'j', 'yes', 'y', 'true', '1', 'waar', 'x']);
const NO = new Set(['nee', 'n', 'no', 'false', '0', 'onwaar', '']);

function attempt<T>(fn: () => T): Parsed<T> {
  try {
    return { ok: true, value: fn() };
  } catch (e) {
    return { ok: false, reason: e instanceof Error ? e.message : String(e) };
  }
}

function firstIssue(error: z.ZodError): string {
  const i = error.issues[0];
  return `${i.path.join('.') || 'row'}: ${i.message}`;
}

const opt = (v: string) => (v.trim() === '' ? null : v.trim());

function bool(field: string, v: string): boolean {
  const s = v.trim().toLowerCase();
  if (YES.has(s)) return true;
  if (NO.has(s)) return false;
  throw new RangeError(`${field}: "${v}" is not yes/no (ja/nee)`);
}

/** One CSV row of a customers file → the same body the API accepts, so the same rules apply. */
export function parseCustomerRow(get: Get): Parsed<CreateCustomerBody & { externalId: string }> {
  const shaped = attempt(() => {
    const name = get('name').trim();
    const kindText = get('kind').trim().toLowerCase();
    const kvk = opt(get('kvkNumber'));
    const kind = ['business', 'zakelijk', 'bedrijf', 'b', 'company'].includes(kindText) || (!kindText && kvk) ? 'business' : 'person';
    const email = opt(get('email'));
    const phone = opt(get('phone'));
    const normEmail = email ? normaliseEmail(email) : null;
    if (email && !normEmail) throw new RangeError(`email: "${email}" is not an email address`);
    const normPhone = phone ? normalisePhone(phone) : null;
    if (phone && !normPhone) throw new RangeError(`phone: "${phone}" is not a phone number`);
    const street = opt(get('street'));
    const houseText = `${get('houseNumber')} ${get('addition')}`.trim();
    const house = houseText ? normaliseHouseNumber(houseText) : null;
    if (houseText && !house) throw new RangeError(`houseNumber: "${houseText}" is not a house number`);
    const postcode = opt(get('postcode'));
    const city = opt(get('city'));
    const addresses =
      street || postcode || city
        ? [{ kind: 'both', street: street ?? '', houseNumber: house?.number ?? 0, houseNumberAddition: house?.addition ?? '', postcode: postcode ?? '', city: city ?? '', country: (opt(get('country')) ?? 'NL').toUpperCase() }]
        : [];
    const contactName = opt(get('contactName')) ?? (kind === 'person' ? name : null);
    const contacts = normEmail || normPhone || opt(get('contactName')) ? [{ name: contactName ?? name, email: normEmail, phone: normPhone, isPrimary: true }] : [];
    const cost = opt(get('acquisitionCost'));
    const date = opt(get('acquisitionDate'));
    const consent = get('consentMarketing');
    return {
      kind,
      name,
      kvkNumber: kvk,
      vatId: opt(get('vatId')),
      locale: (opt(get('locale')) ?? 'nl').toLowerCase().startsWith('en') ? 'en' : 'nl',
      consentMarketingMail: consent.trim() ? bool('consentMarketing', consent) : false,
      tags: get('tags')
        .split(/[,|]/)
        .map((t) => t.trim())
        .filter(Boolean),
      segment: opt(get('segment')),
      externalId: get('externalId').trim(),
      acquisitionDate: date ? parseDate(date) : null,
      acquisitionChannel: opt(get('acquisitionChannel')),
      acquisitionCostCents: cost ? parseEuro(cost) : 0,
      contacts,
      addresses,
    };
  });
  if (!shaped.ok) return shaped;
  const parsed = CreateCustomerBody.safeParse(shaped.value);
  if (!parsed.success) return { ok: false, reason: firstIssue(parsed.error) };
  return { ok: true, value: parsed.data as CreateCustomerBody & { externalId: string } };
}

export interface InstalledImport {
  externalId: string;
  customerExternalId: string;
  sku: string;
  serialNumber: string | null;
  purchaseDate: string;
  purchaseChannel: string | null;
  extendedWarrantyEnd: string | null;
  notes: string;
}

export function parseInstalledRow(get: Get): Parsed<InstalledImport> {
  return attempt(() => {
    const ext = opt(get('extendedWarrantyEnd'));
    return {
      externalId: get('externalId').trim(),
      customerExternalId: get('customerExternalId').trim(),
      sku: get('sku').trim(),
      serialNumber: opt(get('serialNumber')),
      purchaseDate: parseDate(get('purchaseDate')),
      purchaseChannel: opt(get('purchaseChannel')),
      extendedWarrantyEnd: ext ? parseDate(ext) : null,
      notes: get('notes').trim(),
    };
  });
}

export interface SalesImport {
  externalId: string;
  customerExternalId: string;
  saleDate: string;
  sku: string;
  quantity: number;
  amountInclCents: number;
  amountExclCents: number;
  channel: string | null;
  orderRef: string | null;
}

/** Sales amounts: both given, or one given and the other derived with the VAT rate (default 21%). */
export function parseSalesRow(get: Get): Parsed<SalesImport> {
  return attempt(() => {
    const incl = opt(get('amountIncl'));
    const excl = opt(get('amountExcl'));
    if (!incl && !excl) throw new RangeError('amount: give the amount including or excluding VAT');
    const rateText = opt(get('vatRate'));
    const rate = rateText ? parseDecimal(rateText.replace('%', '')) : 21;
    if (![0, 9, 21].includes(rate)) throw new RangeError(`vatRate: ${rateText} is not a Dutch VAT rate (21, 9 or 0)`);
    const inclCents = incl ? parseEuro(incl) : null;
    const exclCents = excl ? parseEuro(excl) : null;
    const quantityText = opt(get('quantity'));
    const quantity = quantityText ? parseDecimal(quantityText) : 1;
    if (quantity === 0) throw new RangeError('quantity: must not be 0');
    return {
      externalId: get('externalId').trim(),
      customerExternalId: get('customerExternalId').trim(),
      saleDate: parseDate(get('saleDate')),
      sku: get('sku').trim(),
      quantity,
      amountInclCents: inclCents ?? Math.round(((exclCents as number) * (100 + rate)) / 100),
      amountExclCents: exclCents ?? Math.round(((inclCents as number) * 100) / (100 + rate)),
      channel: opt(get('channel')),
      orderRef: opt(get('orderRef')),
    };
  });
}
