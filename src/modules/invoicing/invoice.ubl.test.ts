import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import type { Invoice } from './invoice.schema.js';
import { documentTotals, lineNet } from './invoice.totals.js';
import { amount, CUSTOMIZATION_ID, invoiceUbl, PROFILE_ID, xmlEscape } from './invoice.ubl.js';

function invoice(overrides: Partial<Invoice> = {}): Invoice {
  const raw = [
    { quantity: 3, unitPriceCents: 12, vatCode: 'standard', vatPercentBp: 2100, description: 'Schroefje' },
    { quantity: 1, unitPriceCents: 8995, vatCode: 'standard', vatPercentBp: 2100, description: 'Reparatie aan huis' },
    { quantity: 2, unitPriceCents: 1250, vatCode: 'reduced', vatPercentBp: 900, description: 'Boek' },
    { quantity: 1, unitPriceCents: 500, vatCode: 'zero', vatPercentBp: 0, description: 'Statiegeld' },
    { quantity: 1, unitPriceCents: -1000, vatCode: 'standard', vatPercentBp: 2100, description: 'Korting' },
  ];
  const lines = raw.map((l, i) => ({
    ...l,
    id: `l${i}`,
    position: i + 1,
    kind: 'other',
    netCents: lineNet(l),
    orderLineId: null,
    serviceId: null,
    serviceKind: null,
    unitCostCents: 0,
    creditOfLineId: null,
  }));
  const t = documentTotals(lines);
  return {
    id: 'i1',
    number: '2026-000045',
    kind: 'invoice',
    status: 'issued',
    creditOfId: null,
    customerId: 'c1',
    customerName: `Kim <&"'> B.V.`,
    orderId: null,
    orderNumber: 'OR-2026-00012',
    caseId: null,
    issueDate: '2026-03-02',
    dueDate: '2026-03-16',
    netCents: t.netCents,
    vatCents: t.vatCents,
    grossCents: t.grossCents,
    creditedCents: 0,
    paidCents: 0,
    openCents: t.grossCents,
    paymentStatus: 'open',
    overdue: false,
    version: 2,
    createdAt: '',
    updatedAt: '',
    reference: 'PO 77/12',
    notes: '',
    reason: '',
    locale: 'nl',
    seller: { name: 'Servicebedrijf Jansen B.V.', street: 'Dorpsstraat', houseNumber: '1', postcode: '1234 AB', city: 'Utrecht', country: 'NL', kvkNumber: '12345678', vatId: 'NL123456789B01', iban: 'NL44 RABO 0123 4567 89' },
    customer: { name: `Kim <&"'> B.V.`, kind: 'business', street: 'Kerkweg', houseNumber: '7 A', postcode: '3511 AA', city: 'Utrecht', country: 'NL', kvkNumber: '87654321', vatId: 'NL987654321B01', email: 'kim@example.nl' },
    lines,
    vatBreakdown: t.vatBreakdown,
    payments: [],
    creditNotes: [],
    creditOfNumber: null,
    issuedAt: '2026-03-02T10:00:00Z',
    ...overrides,
  };
}

const parser = new XMLParser({ ignoreAttributes: false, removeNSPrefix: true, parseTagValue: false, isArray: (n) => ['TaxSubtotal', 'InvoiceLine', 'CreditNoteLine'].includes(n) });
const cents = (v: unknown) => Math.round(Number((v as { '#text': string })['#text'] ?? v) * 100);

describe('invoiceUbl', () => {
  it('writes a Peppol BIS 3 invoice whose totals reconcile with the invoice to the cent', () => {
    const inv = invoice();
    const doc = parser.parse(invoiceUbl(inv)).Invoice;
    expect(doc.CustomizationID).toBe(CUSTOMIZATION_ID);
    expect(doc.ProfileID).toBe(PROFILE_ID);
    expect(doc.InvoiceTypeCode).toBe('380');
    expect(doc.ID).toBe('2026-000045');
    expect(doc.DueDate).toBe('2026-03-16');
    const total = doc.LegalMonetaryTotal;
    expect(cents(total.LineExtensionAmount)).toBe(inv.netCents);
    expect(cents(total.TaxExclusiveAmount)).toBe(inv.netCents);
    expect(cents(total.TaxInclusiveAmount)).toBe(inv.grossCents);
    expect(cents(total.PayableAmount)).toBe(inv.grossCents);
    expect(cents(doc.TaxTotal.TaxAmount)).toBe(inv.vatCents);
    const subs = doc.TaxTotal.TaxSubtotal.map((s: Record<string, Record<string, string>>) => [s.TaxCategory.ID, s.TaxCategory.Percent, cents(s.TaxableAmount), cents(s.TaxAmount)]);
    expect(subs).toEqual(inv.vatBreakdown.map((b) => [b.vatPercentBp > 0 ? 'S' : 'Z', (b.vatPercentBp / 100).toFixed(2), b.netCents, b.vatCents]));
    const lineSum = doc.InvoiceLine.reduce((s: number, l: Record<string, unknown>) => s + cents(l.LineExtensionAmount), 0);
    expect(lineSum).toBe(inv.netCents);
    // BR-27: no negative prices; the discount line has a negative quantity instead.
    const discount = doc.InvoiceLine[4];
    expect(discount.InvoicedQuantity['#text']).toBe('-1');
    expect(cents(discount.Price.PriceAmount)).toBe(1000);
  });

  it('names seller and buyer the Dutch way (KvK 0106, VAT id, IBAN and payment id)', () => {
    const doc = parser.parse(invoiceUbl(invoice())).Invoice;
    const seller = doc.AccountingSupplierParty.Party;
    expect(seller.EndpointID).toEqual({ '#text': '12345678', '@_schemeID': '0106' });
    expect(seller.PartyLegalEntity.CompanyID).toEqual({ '#text': '12345678', '@_schemeID': '0106' });
    expect(seller.PartyTaxScheme.CompanyID).toBe('NL123456789B01');
    expect(seller.PostalAddress).toMatchObject({ StreetName: 'Dorpsstraat 1', CityName: 'Utrecht', PostalZone: '1234 AB' });
    const buyer = doc.AccountingCustomerParty.Party;
    expect(buyer.PartyLegalEntity.CompanyID).toEqual({ '#text': '87654321', '@_schemeID': '0106' });
    expect(doc.PaymentMeans.PaymentMeansCode['#text']).toBe('58');
    expect(doc.PaymentMeans.PaymentID).toBe('2026-000045');
    expect(doc.PaymentMeans.PayeeFinancialAccount.ID).toBe('NL44RABO0123456789');
    expect(doc.BuyerReference).toBe('PO 77/12');
    expect(doc.OrderReference.SalesOrderID).toBe('OR-2026-00012');
  });

  it('escapes every text it writes', () => {
    const xml = invoiceUbl(invoice());
    expect(xml).toContain('Kim &lt;&amp;&quot;&apos;&gt; B.V.');
    expect(xml).not.toContain(`Kim <&"'>`);
    expect(parser.parse(xml).Invoice.AccountingCustomerParty.Party.PartyName.Name).toBe(`Kim <&"'> B.V.`);
    expect(xmlEscape('a\u0000b\u0007c')).toBe('abc');
  });

  it('writes a credit note as CreditNote 381 with positive amounts and a billing reference', () => {
    const base = invoice();
    const lines = base.lines.slice(1, 2).map((l) => ({ ...l, quantity: -1, netCents: -l.netCents }));
    const t = documentTotals(lines);
    const credit = invoice({ kind: 'credit_note', number: '2026-000046', creditOfNumber: '2026-000045', reason: 'Dubbel gefactureerd', lines, vatBreakdown: t.vatBreakdown, netCents: t.netCents, vatCents: t.vatCents, grossCents: t.grossCents });
    const doc = parser.parse(invoiceUbl(credit)).CreditNote;
    expect(doc.CreditNoteTypeCode).toBe('381');
    expect(doc.BillingReference.InvoiceDocumentReference.ID).toBe('2026-000045');
    expect(cents(doc.LegalMonetaryTotal.PayableAmount)).toBe(-credit.grossCents);
    expect(cents(doc.TaxTotal.TaxAmount)).toBe(-credit.vatCents);
    expect(doc.CreditNoteLine[0].CreditedQuantity['#text']).toBe('1');
    expect(doc.PaymentMeans).toBeUndefined();
  });

  it('formats amounts with two decimals', () => {
    expect([amount(0), amount(5), amount(-5), amount(123456)]).toEqual(['0.00', '0.05', '-0.05', '1234.56']);
  });
});
