import type { Alignment, Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces.js';
import { formatEuro } from '../../kernel/money.js';
import { renderPdf } from '../../kernel/pdf.js';
import { epcPayload, epcQrDataUrl } from './epc.js';

const right: Alignment = 'right';
import type { Invoice } from './invoice.schema.js';
import { openAmount } from './invoice.totals.js';

const TEXT = {
  nl: {
    invoice: 'Factuur',
    creditNote: 'Creditnota',
    number: 'Factuurnummer',
    date: 'Factuurdatum',
    due: 'Vervaldatum',
    reference: 'Uw referentie',
    order: 'Order',
    creditOf: 'Crediteert factuur',
    reason: 'Reden',
    description: 'Omschrijving',
    qty: 'Aantal',
    price: 'Prijs',
    vat: 'Btw',
    amount: 'Bedrag',
    net: 'Totaal excl. btw',
    vatOn: (p: string, net: string) => `Btw ${p} over ${net}`,
    gross: 'Totaal incl. btw',
    paid: 'Reeds betaald',
    open: 'Te betalen',
    pay: (amount: string, iban: string, name: string, number: string, due: string) =>
      `Wij verzoeken u ${amount} vóór ${due} over te maken op ${iban} t.n.v. ${name}, onder vermelding van factuurnummer ${number}.`,
    scan: 'Scan de QR-code met uw bankapp om te betalen.',
    settled: 'Deze factuur is voldaan. Dank u wel.',
    refund: 'Het gecrediteerde bedrag wordt verrekend met de oorspronkelijke factuur of aan u terugbetaald.',
    kvk: 'KvK',
    vatId: 'Btw-id',
    iban: 'IBAN',
  },
  en: {
    invoice: 'Invoice',
    creditNote: 'Credit note',
    number: 'Invoice number',
    date: 'Invoice date',
    due: 'Due date',
    reference: 'Your reference',
    order: 'Order',
    creditOf: 'Credits invoice',
    reason: 'Reason',
    description: 'Description',
    qty: 'Qty',
    price: 'Price',
    vat: 'VAT',
    amount: 'Amount',
    net: 'Total excl. VAT',
    vatOn: (p: string, net: string) => `VAT ${p} on ${net}`,
    gross: 'Total incl. VAT',
    paid: 'Already paid',
    open: 'Amount due',
    pay: (amount: string, iban: string, name: string, number: string, due: string) =>
      `Please transfer ${amount} before ${due} to ${iban} in the name of ${name}, quoting invoice number ${number}.`,
    scan: 'Scan the QR code with your banking app to pay.',
    settled: 'This invoice has been paid. Thank you.',
    refund: 'The credited amount will be set off against the original invoice or refunded to you.',
    kvk: 'Chamber of Commerce',
    vatId: 'VAT id',
    iban: 'IBAN',
  },
};

/** dd-mm-jjjj, as Dutch documents show dates. */
export const dutchDate = (d: string | null) => (d ? `${d.slice(8, 10)}-${d.slice(5, 7)}-${d.slice(0, 4)}` : '');
const percent = (bp: number) => `${(bp / 100).toLocaleString('nl-NL', { maximumFractionDigits: 2 })}%`;

/** The EPC payload of an invoice, or null when there is nothing to transfer (credit notes, zero or settled). */
export function invoiceEpc(inv: Invoice): string | null {
  if (inv.kind !== 'invoice' || inv.status !== 'issued' || !inv.seller?.iban || !inv.number) return null;
  const open = openAmount(inv);
  if (open <= 0) return null;
  return epcPayload({ name: inv.seller.name, iban: inv.seller.iban, amountCents: open, remittance: inv.number });
}

/**
 * The invoice or credit note as PDF: company and customer blocks, numbers and dates, lines, VAT per rate,
 * totals, and how to pay, with an EPC QR code while something is open.
 */
export async function renderInvoicePdf(inv: Invoice): Promise<Buffer> {
  const orderNumber = inv.orderNumber;
  const t = TEXT[inv.locale];
  const s = inv.seller;
  const c = inv.customer;
  const credit = inv.kind === 'credit_note';
  const epc = invoiceEpc(inv);
  const qr = epc ? await epcQrDataUrl(epc) : null;
  const open = inv.kind === 'invoice' ? openAmount(inv) : 0;

  const company: Content = s
    ? {
        stack: [
          { text: s.name, bold: true, fontSize: 12 },
          `${s.street} ${s.houseNumber}`.trim(),
          `${s.postcode} ${s.city}`.trim(),
          `${t.kvk}: ${s.kvkNumber}`,
          `${t.vatId}: ${s.vatId}`,
          `${t.iban}: ${s.iban}`,
        ],
        alignment: right,
      }
    : { text: '' };
  const customer: Content = c
    ? { stack: [{ text: c.name, bold: true }, `${c.street} ${c.houseNumber}`.trim(), `${c.postcode} ${c.city}`.trim(), ...(c.vatId ? [`${t.vatId}: ${c.vatId}`] : [])] }
    : { text: inv.customerName };
  const facts: [string, string][] = [
    [t.number, inv.number ?? ''],
    [t.date, dutchDate(inv.issueDate)],
    ...(credit ? [] : ([[t.due, dutchDate(inv.dueDate)]] as [string, string][])),
    ...(credit && inv.creditOfNumber ? ([[t.creditOf, inv.creditOfNumber]] as [string, string][]) : []),
    ...(orderNumber ? ([[t.order, orderNumber]] as [string, string][]) : []),
    ...(inv.reference ? ([[t.reference, inv.reference]] as [string, string][]) : []),
    ...(credit && inv.reason ? ([[t.reason, inv.reason]] as [string, string][]) : []),
  ];
  const lines: TableCell[][] = inv.lines.map((l) => [
    l.description,
    { text: String(l.quantity), alignment: right },
    { text: formatEuro(l.unitPriceCents), alignment: right },
    { text: percent(l.vatPercentBp), alignment: right },
    { text: formatEuro(l.netCents), alignment: right },
  ]);
  const header: TableCell[] = [
    { text: t.description, bold: true },
    { text: t.qty, alignment: right, bold: true },
    { text: t.price, alignment: right, bold: true },
    { text: t.vat, alignment: right, bold: true },
    { text: t.amount, alignment: right, bold: true },
  ];
  const totals: [string, string][] = [
    [t.net, formatEuro(inv.netCents)],
    ...inv.vatBreakdown.map((v) => [t.vatOn(percent(v.vatPercentBp), formatEuro(v.netCents)), formatEuro(v.vatCents)] as [string, string]),
    [t.gross, formatEuro(inv.grossCents)],
    ...(inv.kind === 'invoice' && inv.paidCents + inv.creditedCents > 0 ? ([[t.paid, formatEuro(inv.paidCents + inv.creditedCents)], [t.open, formatEuro(open)]] as [string, string][]) : []),
  ];
  const payment: Content[] = credit
    ? [{ text: t.refund }]
    : open > 0 && s
      ? [
          { text: t.pay(formatEuro(open), s.iban, s.name, inv.number ?? '', dutchDate(inv.dueDate)) },
          ...(qr ? [{ columns: [{ image: qr, width: 110 }, { text: t.scan, margin: [10, 40, 0, 0] }] } as Content] : []),
        ]
      : [{ text: t.settled }];

  const doc: TDocumentDefinitions = {
    info: { title: `${credit ? t.creditNote : t.invoice} ${inv.number ?? ''}`.trim() },
    pageMargins: [40, 40, 40, 50],
    content: [
      { columns: [{ text: credit ? t.creditNote : t.invoice, fontSize: 20, bold: true }, company] },
      { columns: [customer, { table: { body: facts.map(([k, v]) => [{ text: k, bold: true }, v]) }, layout: 'noBorders' }], margin: [0, 20, 0, 20] },
      {
        table: {
          headerRows: 1,
          widths: ['*', 40, 70, 40, 80],
          body: [header, ...lines],
        },
        layout: 'lightHorizontalLines',
      },
      {
        table: { widths: ['*', 100], body: totals.map(([k, v], i) => [{ text: k, bold: i === totals.length - 1 }, { text: v, alignment: right, bold: i === totals.length - 1 }]) },
        layout: 'noBorders',
        margin: [250, 10, 0, 20],
      },
      ...(inv.notes ? [{ text: inv.notes, margin: [0, 0, 0, 10] } as Content] : []),
      ...payment,
    ],
  };
  return renderPdf(doc);
}
