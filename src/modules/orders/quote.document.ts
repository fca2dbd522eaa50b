import { formatEuro } from '../../kernel/money.js';
import { renderPdf } from '../../kernel/pdf.js';
import type { Organisation } from '../organisation/index.js';
import { dutchDate } from './dates.js';
import type { Address } from './orders.deps.js';
import type { Quote } from './orders.schema.js';

type DocDefinition = Parameters<typeof renderPdf>[0];

const TEXT = {
  nl: {
    title: 'Offerte',
    date: 'Datum',
    validUntil: 'Geldig tot en met',
    case: 'Zaak',
    appointment: 'Gekozen afspraak',
    description: 'Omschrijving',
    quantity: 'Aantal',
    price: 'Prijs',
    vat: 'Btw',
    amount: 'Bedrag',
    warranty: (list: string) => `Onder garantie (normaal ${list})`,
    vatOver: (pct: string, net: string) => `Btw ${pct} over ${net}`,
    net: 'Totaal excl. btw',
    gross: 'Totaal incl. btw',
    footer: (until: string) => `Deze offerte is geldig tot en met ${until}. U kunt haar accepteren of afwijzen in het klantportaal.`,
    kvk: 'KvK',
    vatId: 'Btw-nr.',
    iban: 'IBAN',
  },
  en: {
    title: 'Quote',
    date: 'Date',
    validUntil: 'Valid until',
    case: 'Case',
    appointment: 'Chosen appointment',
    description: 'Description',
    quantity: 'Qty',
    price: 'Price',
    vat: 'VAT',
    amount: 'Amount',
    warranty: (list: string) => `Under warranty (normally ${list})`,
    vatOver: (pct: string, net: string) => `VAT ${pct} on ${net}`,
    net: 'Total excl. VAT',
    gross: 'Total incl. VAT',
    footer: (until: string) => `This quote is valid until ${until}. You can accept or decline it in the customer portal.`,
    kvk: 'Chamber of Commerce',
    vatId: 'VAT no.',
    iban: 'IBAN',
  },
};

const percent = (bp: number) => `${(bp / 100).toLocaleString('nl-NL', { maximumFractionDigits: 2 })}%`;
const addressLines = (a: Address | undefined) =>
  a ? [`${a.street} ${a.houseNumber}${a.houseNumberAddition ? ` ${a.houseNumberAddition}` : ''}`, `${a.postcode} ${a.city}`] : [];

export interface QuoteDocument {
  quote: Quote;
  organisation: Organisation;
  customerName: string;
  address: Address | undefined;
  caseNumber: string;
}

/** The quote as a PDF in the customer's language: seller, customer, lines, VAT per rate and validity. */
export function quotePdf(d: QuoteDocument): Promise<Buffer> {
  const t = d.quote.locale === 'en' ? TEXT.en : TEXT.nl;
  const o = d.organisation;
  const q = d.quote;
  const right = { alignment: 'right' as const };
  const body = [
    [t.description, t.quantity, t.price, t.vat, t.amount].map((text, i) => ({ text, bold: true, ...(i ? right : {}) })),
    ...q.lines.map((l) => [
      l.warrantyCovered ? { stack: [l.description, { text: t.warranty(formatEuro(l.listPriceCents)), fontSize: 8, italics: true }] } : l.description,
      { text: String(l.quantity), ...right },
      { text: formatEuro(l.unitPriceCents), ...right },
      { text: percent(l.vatPercentBp), ...right },
      { text: formatEuro(l.netCents), ...right },
    ]),
  ];
  const sums = [
    [t.net, formatEuro(q.totals.netCents)],
    ...q.totals.vatByRate.map((r) => [t.vatOver(percent(r.percentBp), formatEuro(r.netCents)), formatEuro(r.vatCents)]),
    [{ text: t.gross, bold: true }, { text: formatEuro(q.totals.grossCents), bold: true }],
  ];
  const doc: DocDefinition = {
    info: { title: `${t.title} ${q.number}`, author: o.name },
    pageMargins: [40, 40, 40, 60],
    footer: { text: [o.name, o.kvkNumber && `${t.kvk} ${o.kvkNumber}`, o.vatId && `${t.vatId} ${o.vatId}`, o.iban && `${t.iban} ${o.iban}`].filter(Boolean).join(' · '), alignment: 'center', fontSize: 8, margin: [40, 20, 40, 0] },
    content: [
      {
        columns: [
          { stack: [{ text: o.name, bold: true, fontSize: 14 }, `${o.street} ${o.houseNumber}`.trim(), `${o.postcode} ${o.city}`.trim()] },
          { stack: [{ text: `${t.title} ${q.number}`, bold: true, fontSize: 16 }, `${t.date}: ${dutchDate(q.quoteDate)}`, `${t.validUntil}: ${dutchDate(q.validUntil)}`, `${t.case}: ${d.caseNumber}`], ...right },
        ],
      },
      { text: '', margin: [0, 12] },
      { stack: [{ text: d.customerName, bold: true }, ...addressLines(d.address)] },
      ...(q.slotDate ? [{ text: `${t.appointment}: ${dutchDate(q.slotDate)}`, margin: [0, 8, 0, 0] as [number, number, number, number] }] : []),
      { text: '', margin: [0, 8] },
      { table: { headerRows: 1, widths: ['*', 40, 70, 40, 70], body }, layout: 'lightHorizontalLines' },
      { table: { widths: ['*', 90], body: sums.map(([a, b]) => [typeof a === 'string' ? { text: a, ...right } : { ...a, ...right }, typeof b === 'string' ? { text: b, ...right } : { ...b, ...right }]) }, layout: 'noBorders', margin: [0, 10, 0, 0] },
      { text: t.footer(dutchDate(q.validUntil)), margin: [0, 20, 0, 0], fontSize: 9 },
    ],
  } as DocDefinition;
  return renderPdf(doc);
}

/** The email that carries the quote PDF. */
export function quoteMail(locale: string, c: { name: string; number: string; caseNumber: string; company: string; validUntil: string; url: string }) {
  return locale === 'en'
    ? {
        subject: `Quote ${c.number} for case ${c.caseNumber}`,
        text: `Dear ${c.name},\n\nAttached is our quote ${c.number} for your case ${c.caseNumber}. It is valid until ${dutchDate(c.validUntil)}.\n\nYou can accept or decline it, and choose an appointment where one is needed, in the customer portal:\n${c.url}\n\nKind regards,\n${c.company}\n`,
      }
    : {
        subject: `Offerte ${c.number} voor zaak ${c.caseNumber}`,
        text: `Beste ${c.name},\n\nIn de bijlage vindt u onze offerte ${c.number} voor uw zaak ${c.caseNumber}. De offerte is geldig tot en met ${dutchDate(c.validUntil)}.\n\nU kunt de offerte accepteren of afwijzen, en waar nodig een afspraak kiezen, in het klantportaal:\n${c.url}\n\nMet vriendelijke groet,\n${c.company}\n`,
      };
}
