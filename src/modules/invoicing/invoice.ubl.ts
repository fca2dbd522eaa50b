import type { Invoice } from './invoice.schema.js';

/** EN 16931 under Peppol BIS Billing 3.0; the Dutch country rules (NL-R-001…009) ride along on this profile. */
export const CUSTOMIZATION_ID = 'urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0';
export const PROFILE_ID = 'urn:fdc:peppol.eu:2017:poacc:billing:01:1.0';

const NS = {
  invoice: 'urn:oasis:names:specification:ubl:schema:xsd:Invoice-2',
  creditNote: 'urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2',
  cac: 'urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2',
  cbc: 'urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2',
};

/** Escapes text and attribute values; also drops characters XML 1.0 cannot carry at all. */
export function xmlEscape(s: string): string {
  return (
    s
      // biome-ignore lint/suspicious/noControlCharactersInRegex: the control characters XML forbids are what gets removed
      .replace(/[^\x09\x0a\x0d\x20-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu, '')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&apos;')
  );
}

/** Cents as a UBL amount: `1234.50`, `-0.05`. */
export function amount(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const a = Math.abs(cents);
  return `${sign}${Math.floor(a / 100)}.${String(a % 100).padStart(2, '0')}`;
}

type Node = string | false | null | undefined | Node[];

function el(name: string, attrs: Record<string, string> | null, ...children: Node[]): string {
  const a = attrs ? Object.entries(attrs).map(([k, v]) => ` ${k}="${xmlEscape(v)}"`).join('') : '';
  const inner = children.flat(Infinity as 1).filter((c): c is string => typeof c === 'string' && c !== '');
  return inner.length ? `<${name}${a}>${inner.join('')}</${name}>` : '';
}

/** A leaf element with escaped text; nothing at all when the value is empty. */
const leaf = (name: string, value: string | null | undefined, attrs: Record<string, string> | null = null) =>
  value === null || value === undefined || value === '' ? '' : `<${name}${attrs ? Object.entries(attrs).map(([k, v]) => ` ${k}="${xmlEscape(v)}"`).join('') : ''}>${xmlEscape(value)}</${name}>`;

const money = (name: string, cents: number) => leaf(name, amount(cents), { currencyID: 'EUR' });

/** S for standard and reduced rates, Z for the zero rate. */
const category = (bp: number) => (bp > 0 ? 'S' : 'Z');
const percent = (bp: number) => (bp / 100).toFixed(2);

const taxScheme = () => el('cac:TaxScheme', null, leaf('cbc:ID', 'VAT'));
const taxCategory = (tag: string, bp: number) => el(tag, null, leaf('cbc:ID', category(bp)), leaf('cbc:Percent', percent(bp)), taxScheme());

/** An endpoint: the KvK number (0106) when known, otherwise an email address (EM). */
function endpoint(kvk: string | null | undefined, email: string | null | undefined): string {
  if (kvk) return leaf('cbc:EndpointID', kvk, { schemeID: '0106' });
  if (email) return leaf('cbc:EndpointID', email, { schemeID: 'EM' });
  return '';
}

function address(a: { street: string; houseNumber: string; city: string; postcode: string; country: string }): string {
  return el(
    'cac:PostalAddress',
    null,
    leaf('cbc:StreetName', `${a.street} ${a.houseNumber}`.trim()),
    leaf('cbc:CityName', a.city),
    leaf('cbc:PostalZone', a.postcode),
    el('cac:Country', null, leaf('cbc:IdentificationCode', a.country || 'NL')),
  );
}

/**
 * The issued invoice as UBL 2.1 (Peppol BIS Billing 3.0). A credit note becomes a UBL CreditNote (381) with
 * positive amounts and a BillingReference to the invoice it corrects (NL-R-001).
 */
export function invoiceUbl(inv: Invoice): string {
  const orderNumber = inv.orderNumber;
  const s = inv.seller;
  const c = inv.customer;
  if (inv.status !== 'issued' || !s || !c || !inv.number || !inv.issueDate) throw new Error('only issued invoices have a UBL document');
  const credit = inv.kind === 'credit_note';
  // UBL credit notes carry positive amounts: the document type already says the money goes back.
  const k = credit ? -1 : 1;
  const root = credit ? 'CreditNote' : 'Invoice';
  const breakdown = inv.vatBreakdown;

  const supplier = el(
    'cac:AccountingSupplierParty',
    null,
    el(
      'cac:Party',
      null,
      endpoint(s.kvkNumber, null),
      el('cac:PartyName', null, leaf('cbc:Name', s.name)),
      address(s),
      el('cac:PartyTaxScheme', null, leaf('cbc:CompanyID', s.vatId), taxScheme()),
      el('cac:PartyLegalEntity', null, leaf('cbc:RegistrationName', s.name), leaf('cbc:CompanyID', s.kvkNumber, { schemeID: '0106' })),
    ),
  );
  const customer = el(
    'cac:AccountingCustomerParty',
    null,
    el(
      'cac:Party',
      null,
      endpoint(c.kvkNumber, c.email),
      el('cac:PartyName', null, leaf('cbc:Name', c.name)),
      address(c),
      c.vatId ? el('cac:PartyTaxScheme', null, leaf('cbc:CompanyID', c.vatId), taxScheme()) : '',
      // NL-R-005: a Dutch buyer's legal registration, when given, is its KvK number (0106).
      el('cac:PartyLegalEntity', null, leaf('cbc:RegistrationName', c.name), c.kvkNumber ? leaf('cbc:CompanyID', c.kvkNumber, { schemeID: '0106' }) : ''),
    ),
  );
  const paymentMeans = credit
    ? ''
    : el(
        'cac:PaymentMeans',
        null,
        leaf('cbc:PaymentMeansCode', '58', { name: 'SEPA credit transfer' }),
        leaf('cbc:PaymentID', inv.number),
        el('cac:PayeeFinancialAccount', null, leaf('cbc:ID', s.iban.replace(/\s+/g, '')), leaf('cbc:Name', s.name)),
      );
  const terms = !credit && inv.dueDate ? el('cac:PaymentTerms', null, leaf('cbc:Note', inv.locale === 'en' ? `Payment due by ${inv.dueDate}` : `Betalen vóór ${inv.dueDate}`)) : '';
  const taxTotal = el(
    'cac:TaxTotal',
    null,
    money('cbc:TaxAmount', k * inv.vatCents),
    ...breakdown.map((b) =>
      el('cac:TaxSubtotal', null, money('cbc:TaxableAmount', k * b.netCents), money('cbc:TaxAmount', k * b.vatCents), taxCategory('cac:TaxCategory', b.vatPercentBp)),
    ),
  );
  const totals = el(
    'cac:LegalMonetaryTotal',
    null,
    money('cbc:LineExtensionAmount', k * inv.netCents),
    money('cbc:TaxExclusiveAmount', k * inv.netCents),
    money('cbc:TaxInclusiveAmount', k * inv.grossCents),
    money('cbc:PayableAmount', k * inv.grossCents),
  );
  const lines = inv.lines.map((l, i) => {
    const qty = k * l.quantity;
    // BR-27: the item price may not be negative, so a discount line carries a negative quantity instead.
    const [q, price] = l.unitPriceCents < 0 ? [-qty, -l.unitPriceCents] : [qty, l.unitPriceCents];
    return el(
      credit ? 'cac:CreditNoteLine' : 'cac:InvoiceLine',
      null,
      leaf('cbc:ID', String(i + 1)),
      leaf(credit ? 'cbc:CreditedQuantity' : 'cbc:InvoicedQuantity', String(q), { unitCode: 'C62' }),
      money('cbc:LineExtensionAmount', k * l.netCents),
      el('cac:Item', null, leaf('cbc:Name', l.description.slice(0, 200)), taxCategory('cac:ClassifiedTaxCategory', l.vatPercentBp)),
      el('cac:Price', null, money('cbc:PriceAmount', price)),
    );
  });

  const body = [
    leaf('cbc:CustomizationID', CUSTOMIZATION_ID),
    leaf('cbc:ProfileID', PROFILE_ID),
    leaf('cbc:ID', inv.number),
    leaf('cbc:IssueDate', inv.issueDate),
    credit ? '' : leaf('cbc:DueDate', inv.dueDate),
    leaf(credit ? 'cbc:CreditNoteTypeCode' : 'cbc:InvoiceTypeCode', credit ? '381' : '380'),
    leaf('cbc:Note', credit ? inv.reason : inv.notes),
    leaf('cbc:DocumentCurrencyCode', 'EUR'),
    // Peppol asks for a buyer reference or an order reference; the customer's own reference comes first.
    leaf('cbc:BuyerReference', inv.reference || orderNumber || inv.number),
    // No purchase order is known, so its id is "NA" and our own order number goes in as the sales order.
    orderNumber ? el('cac:OrderReference', null, leaf('cbc:ID', 'NA'), leaf('cbc:SalesOrderID', orderNumber)) : '',
    credit && inv.creditOfNumber ? el('cac:BillingReference', null, el('cac:InvoiceDocumentReference', null, leaf('cbc:ID', inv.creditOfNumber))) : '',
    supplier,
    customer,
    paymentMeans,
    terms,
    taxTotal,
    totals,
    ...lines,
  ].join('');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<${root} xmlns="${credit ? NS.creditNote : NS.invoice}" xmlns:cac="${NS.cac}" xmlns:cbc="${NS.cbc}">${body}</${root}>\n`;
}
