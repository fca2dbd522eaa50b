import { z } from 'zod';
import { pageOf } from '../../kernel/pagination.js';

const isoDate = z.iso.date();
const money = z.number().int();

export const InvoiceKind = z.enum(['invoice', 'credit_note']);
export const InvoiceStatus = z.enum(['draft', 'issued']);
export const PaymentStatus = z.enum(['open', 'partial', 'paid']);
export const PaymentMethod = z.enum(['bank_transfer', 'cash', 'card', 'ideal', 'other']);
export const VatCode = z.enum(['standard', 'reduced', 'zero']);
export const LineKind = z.enum(['service', 'surcharge', 'part', 'labour', 'travel', 'loaner', 'other']);

/** The company as printed on an issued invoice. */
export const SellerSnapshot = z.object({
  name: z.string(),
  street: z.string(),
  houseNumber: z.string(),
  postcode: z.string(),
  city: z.string(),
  country: z.string(),
  kvkNumber: z.string(),
  vatId: z.string(),
  iban: z.string(),
});
export type SellerSnapshot = z.infer<typeof SellerSnapshot>;

/** The customer as billed on an issued invoice. */
export const CustomerSnapshot = z.object({
  name: z.string(),
  kind: z.enum(['person', 'business']),
  street: z.string(),
  houseNumber: z.string(),
  postcode: z.string(),
  city: z.string(),
  country: z.string(),
  kvkNumber: z.string().nullable(),
  vatId: z.string().nullable(),
  email: z.string().nullable(),
});
export type CustomerSnapshot = z.infer<typeof CustomerSnapshot>;

export const InvoiceLine = z.object({
  id: z.string(),
  position: z.number().int(),
  kind: z.string(),
  description: z.string(),
  quantity: z.number().int(),
  unitPriceCents: money,
  vatCode: z.string(),
  vatPercentBp: z.number().int(),
  netCents: money,
  orderLineId: z.string().nullable(),
  serviceId: z.string().nullable(),
  serviceKind: z.string().nullable(),
  unitCostCents: money,
  creditOfLineId: z.string().nullable(),
});
export type InvoiceLine = z.infer<typeof InvoiceLine>;

/** VAT per rate, as printed on the invoice (and in UBL TaxSubtotal). */
export const VatBreakdown = z.object({ vatCode: z.string(), vatPercentBp: z.number().int(), netCents: money, vatCents: money });
export type VatBreakdown = z.infer<typeof VatBreakdown>;

export const Payment = z.object({
  id: z.string(),
  invoiceId: z.string(),
  amountCents: money,
  paidOn: z.string(),
  method: PaymentMethod,
  reference: z.string(),
  bankStatementLineId: z.string().nullable(),
  createdAt: z.string(),
});
export type Payment = z.infer<typeof Payment>;

/** The fields of an invoice shown in lists. */
export const InvoiceSummary = z.object({
  id: z.string(),
  number: z.string().nullable(),
  kind: InvoiceKind,
  status: InvoiceStatus,
  creditOfId: z.string().nullable(),
  customerId: z.string(),
  customerName: z.string(),
  orderId: z.string().nullable(),
  orderNumber: z.string().nullable(),
  caseId: z.string().nullable(),
  issueDate: z.string().nullable(),
  dueDate: z.string().nullable(),
  netCents: money,
  vatCents: money,
  grossCents: money,
  creditedCents: money,
  paidCents: money,
  /** gross − credited − paid; never below zero, and zero on credit notes and drafts. */
  openCents: money,
  paymentStatus: PaymentStatus,
  /** Issued, not paid, and past its due date. */
  overdue: z.boolean(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type InvoiceSummary = z.infer<typeof InvoiceSummary>;

export const Invoice = InvoiceSummary.extend({
  reference: z.string(),
  notes: z.string(),
  reason: z.string(),
  locale: z.enum(['nl', 'en']),
  seller: SellerSnapshot.nullable(),
  customer: CustomerSnapshot.nullable(),
  lines: z.array(InvoiceLine),
  vatBreakdown: z.array(VatBreakdown),
  payments: z.array(Payment),
  /** Credit notes of this invoice (number, date, gross). */
  creditNotes: z.array(z.object({ id: z.string(), number: z.string().nullable(), issueDate: z.string().nullable(), grossCents: money })),
  /** The invoice number a credit note corrects. */
  creditOfNumber: z.string().nullable(),
  issuedAt: z.string().nullable(),
});
export type Invoice = z.infer<typeof Invoice>;

export const InvoicePage = pageOf(InvoiceSummary);

export const ListInvoicesQuery = z.strictObject({
  status: InvoiceStatus.optional(),
  kind: InvoiceKind.optional(),
  paymentStatus: PaymentStatus.optional(),
  overdue: z.enum(['true', 'false']).transform((v) => v === 'true').optional(),
  customerId: z.uuid().optional(),
  orderId: z.uuid().optional(),
  caseId: z.uuid().optional(),
  /** Invoice number or part of it. */
  q: z.string().trim().max(40).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export type ListInvoicesQuery = z.infer<typeof ListInvoicesQuery>;

/** A manual line; a line kept from an order is sent back with its `id`. */
export const DraftLineInput = z.strictObject({
  id: z.uuid().optional(),
  kind: LineKind.default('other'),
  description: z.string().trim().min(1).max(500),
  quantity: z.number().int().min(1).max(100_000),
  /** May be negative for a discount line. */
  unitPriceCents: z.number().int().min(-100_000_000).max(100_000_000),
  vatCode: VatCode,
  unitCostCents: z.number().int().min(0).max(100_000_000).default(0),
});
export type DraftLineInput = z.infer<typeof DraftLineInput>;

export const CreateInvoiceBody = z.union([
  z.strictObject({ orderId: z.uuid(), reference: z.string().trim().max(100).default(''), notes: z.string().trim().max(2000).default('') }),
  z.strictObject({
    customerId: z.uuid(),
    caseId: z.uuid().nullable().default(null),
    lines: z.array(DraftLineInput).min(1).max(200),
    reference: z.string().trim().max(100).default(''),
    notes: z.string().trim().max(2000).default(''),
  }),
]);
export type CreateInvoiceBody = z.infer<typeof CreateInvoiceBody>;

export const UpdateInvoiceBody = z.strictObject({
  version: z.number().int().min(1),
  lines: z.array(DraftLineInput).min(1).max(200).optional(),
  reference: z.string().trim().max(100).optional(),
  notes: z.string().trim().max(2000).optional(),
});
export type UpdateInvoiceBody = z.infer<typeof UpdateInvoiceBody>;

export const IssueInvoiceBody = z.strictObject({
  version: z.number().int().min(1).optional(),
  /** Defaults to today (Europe/Amsterdam); never in the future. */
  issueDate: isoDate.optional(),
});
export type IssueInvoiceBody = z.infer<typeof IssueInvoiceBody>;

export const CreateCreditNoteBody = z.union([
  z.strictObject({ full: z.literal(true), reason: z.string().trim().min(1).max(500) }),
  z.strictObject({
    lines: z
      .array(z.strictObject({ invoiceLineId: z.uuid(), quantity: z.number().int().min(1).max(100_000) }))
      .min(1)
      .max(200),
    reason: z.string().trim().min(1).max(500),
  }),
]);
export type CreateCreditNoteBody = z.infer<typeof CreateCreditNoteBody>;

export const CreatePaymentBody = z.strictObject({
  amountCents: z.number().int().min(1).max(1_000_000_000),
  paidOn: isoDate,
  method: PaymentMethod,
  reference: z.string().trim().max(140).default(''),
});
export type CreatePaymentBody = z.infer<typeof CreatePaymentBody>;

export const InvoiceParams = z.strictObject({ id: z.uuid() });
export const DeleteInvoiceQuery = z.strictObject({ version: z.coerce.number().int().min(1) });
