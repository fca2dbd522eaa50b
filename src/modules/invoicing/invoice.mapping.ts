import { formatIban } from '../../kernel/dutch.js';
import type { Organisation } from '../organisation/index.js';
import type { CustomerSnapshot, Invoice, InvoiceLine, InvoiceSummary, Payment, SellerSnapshot } from './invoice.schema.js';
import { documentTotals, openAmount } from './invoice.totals.js';
import type { InvoiceCustomer } from './invoicing.deps.js';
import type { InvoiceLineRow, InvoiceRow, PaymentRow } from './invoicing.table.js';

const dayFormat = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The business day (Europe/Amsterdam) of an instant, `YYYY-MM-DD`. */
export const amsterdamDay = (d: Date): string => dayFormat.format(d);

/** A calendar date plus whole days, `YYYY-MM-DD` in and out. */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export function toSummary(r: InvoiceRow, today: string): InvoiceSummary {
  const issuedInvoice = r.status === 'issued' && r.kind === 'invoice';
  const openCents = issuedInvoice ? openAmount(r) : 0;
  return {
    id: r.id,
    number: r.number,
    kind: r.kind,
    status: r.status,
    creditOfId: r.creditOfId,
    customerId: r.customerId,
    customerName: r.customerName,
    orderId: r.orderId,
    orderNumber: r.orderNumber,
    caseId: r.caseId,
    issueDate: r.issueDate,
    dueDate: r.dueDate,
    netCents: r.netCents,
    vatCents: r.vatCents,
    grossCents: r.grossCents,
    creditedCents: r.creditedCents,
    paidCents: r.paidCents,
    openCents,
    paymentStatus: r.paymentStatus,
    overdue: issuedInvoice && openCents > 0 && r.dueDate !== null && r.dueDate < today,
    version: r.version,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
  };
}

export const toLine = (l: InvoiceLineRow): InvoiceLine => ({ ...l });

export const toPayment = (p: PaymentRow): Payment => {
  const { createdBy: _by, ...rest } = p;
  return rest;
};

export interface InvoiceParts {
  lines: InvoiceLineRow[];
  payments: PaymentRow[];
  creditNotes: InvoiceRow[];
  creditOfNumber: string | null;
}

export function toInvoice(r: InvoiceRow, parts: InvoiceParts, today: string): Invoice {
  return {
    ...toSummary(r, today),
    reference: r.reference,
    notes: r.notes,
    reason: r.reason,
    locale: r.locale === 'en' ? 'en' : 'nl',
    seller: r.sellerSnapshot ? (JSON.parse(r.sellerSnapshot) as SellerSnapshot) : null,
    customer: r.customerSnapshot ? (JSON.parse(r.customerSnapshot) as CustomerSnapshot) : null,
    lines: parts.lines.map(toLine),
    vatBreakdown: documentTotals(parts.lines).vatBreakdown,
    payments: parts.payments.map(toPayment),
    creditNotes: parts.creditNotes.map((c) => ({ id: c.id, number: c.number, issueDate: c.issueDate, grossCents: c.grossCents })),
    creditOfNumber: parts.creditOfNumber,
    issuedAt: r.issuedAt,
  };
}

export function sellerSnapshot(o: Organisation): SellerSnapshot {
  return {
    name: o.name,
    street: o.street,
    houseNumber: o.houseNumber,
    postcode: o.postcode,
    city: o.city,
    country: o.country || 'NL',
    kvkNumber: o.kvkNumber,
    vatId: o.vatId,
    iban: o.iban ? formatIban(o.iban) : '',
  };
}

/** The billing address (or else the combined, or else any address) and the primary email of a customer. */
export function customerSnapshot(c: InvoiceCustomer): CustomerSnapshot {
  const addresses = c.addresses ?? [];
  const a = addresses.find((x) => x.kind === 'billing') ?? addresses.find((x) => x.kind === 'both') ?? addresses[0];
  const withEmail = c.contacts.filter((x) => x.email);
  const email = (withEmail.find((x) => Boolean(x.isPrimary)) ?? withEmail[0])?.email ?? null;
  return {
    name: c.name,
    kind: c.kind === 'business' ? 'business' : 'person',
    street: a?.street ?? '',
    houseNumber: a ? `${a.houseNumber}${a.houseNumberAddition ? ` ${a.houseNumberAddition}` : ''}` : '',
    postcode: a?.postcode ?? '',
    city: a?.city ?? '',
    country: a?.country ?? 'NL',
    kvkNumber: c.kvkNumber ?? null,
    vatId: c.vatId ?? null,
    email,
  };
}
