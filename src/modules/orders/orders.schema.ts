import { z } from 'zod';
import { PageQuery, pageOf } from '../../kernel/pagination.js';

const isoDate = z.iso.date();
const cents = z.number().int();

export const LINE_KINDS = ['service', 'surcharge', 'part', 'labour', 'travel', 'loaner', 'other'] as const;
export const LineKind = z.enum(LINE_KINDS);

/**
 * One line as a user enters it: a catalog service, a catalog part, or a free line with its own description and
 * price. Names, prices, costs and VAT codes of catalog lines are taken from the catalog at that moment.
 */
export const LineInput = z
  .strictObject({
    serviceId: z.uuid().optional(),
    partId: z.uuid().optional(),
    /** Free lines: labour, travel, loaner or other (default). */
    kind: z.enum(['labour', 'travel', 'loaner', 'other']).optional(),
    description: z.string().trim().min(1).max(300).optional(),
    unitPriceCents: cents.optional(),
    unitCostCents: cents.optional(),
    vatCode: z.enum(['standard', 'reduced', 'zero']).optional(),
    quantity: z.number().int().default(1),
  })
  .refine((l) => [l.serviceId, l.partId, l.description].filter((x) => x !== undefined).length === 1, {
    message: 'give exactly one of serviceId, partId or description',
  })
  .refine((l) => l.description !== undefined || (l.unitPriceCents === undefined && l.unitCostCents === undefined && l.vatCode === undefined && l.kind === undefined), {
    message: 'catalog lines take kind, price, cost and VAT from the catalog',
  })
  .refine((l) => l.description === undefined || l.unitPriceCents !== undefined, {
    message: 'a free line needs unitPriceCents',
    path: ['unitPriceCents'],
  });
export type LineInput = z.infer<typeof LineInput>;

export const SlotChoice = z.strictObject({ templateId: z.uuid(), date: isoDate });
export type SlotChoice = z.infer<typeof SlotChoice>;

/** A quote or an order for a case; the case's customer is the customer. */
export const CreateSalesBody = z.strictObject({
  caseId: z.uuid(),
  /** When given, it must be the case's customer. */
  customerId: z.uuid().optional(),
  installedProductId: z.uuid().nullish(),
  lines: z.array(LineInput).min(1).max(100),
  slot: SlotChoice.nullish(),
});
export type CreateSalesBody = z.infer<typeof CreateSalesBody>;

export const CreateQuoteBody = CreateSalesBody.extend({
  /** Days the quote stays valid (default 30). */
  validDays: z.number().int().min(1).max(365).optional(),
});
export type CreateQuoteBody = z.infer<typeof CreateQuoteBody>;

export const AcceptQuoteBody = z.strictObject({
  version: z.number().int().min(1).optional(),
  /** The slot the customer picks; overrides the one on the quote. */
  templateId: z.uuid().optional(),
  date: isoDate.optional(),
});
export type AcceptQuoteBody = z.infer<typeof AcceptQuoteBody>;

export const DeclineQuoteBody = z.strictObject({
  version: z.number().int().min(1).optional(),
  reason: z.string().trim().max(1000).default(''),
});
export type DeclineQuoteBody = z.infer<typeof DeclineQuoteBody>;

export const SendQuoteBody = z.strictObject({ version: z.number().int().min(1).optional() }).default({});

export const AddLinesBody = z.strictObject({ version: z.number().int().min(1).optional(), lines: z.array(LineInput).min(1).max(100) });
export type AddLinesBody = z.infer<typeof AddLinesBody>;

export const CancelOrderBody = z.strictObject({ version: z.number().int().min(1).optional(), reason: z.string().trim().max(1000).default('') });
export type CancelOrderBody = z.infer<typeof CancelOrderBody>;

export const IdParams = z.strictObject({ id: z.uuid() });
export const CaseParams = z.strictObject({ caseId: z.uuid() });

export const ListQuery = PageQuery.extend({
  caseId: z.uuid().optional(),
  customerId: z.uuid().optional(),
  status: z.string().max(20).optional(),
});
export type ListQuery = z.infer<typeof ListQuery>;

export const Line = z.object({
  id: z.string(),
  position: z.number().int(),
  kind: LineKind,
  serviceId: z.string().nullable(),
  serviceKind: z.string().nullable(),
  partId: z.string().nullable(),
  description: z.string(),
  quantity: z.number().int(),
  listPriceCents: cents,
  unitPriceCents: cents,
  unitCostCents: cents,
  vatCode: z.string(),
  vatPercentBp: z.number().int(),
  warrantyCovered: z.boolean(),
  netCents: cents,
});
export type Line = z.infer<typeof Line>;

export const OrderLine = Line.extend({ bookingId: z.string().nullable(), repairOrderId: z.string().nullable() });
export type OrderLine = z.infer<typeof OrderLine>;

export const VatByRate = z.object({ vatCode: z.string(), percentBp: z.number().int(), netCents: cents, vatCents: cents });

export const Totals = z.object({
  netCents: cents,
  vatCents: cents,
  grossCents: cents,
  vatByRate: z.array(VatByRate),
  costCents: cents,
  marginCents: cents,
});
export type Totals = z.infer<typeof Totals>;

export const QUOTE_STATUSES = ['draft', 'sent', 'accepted', 'declined', 'expired'] as const;
export const ORDER_STATUSES = ['open', 'completed', 'invoiced', 'cancelled'] as const;

export const Quote = z.object({
  id: z.string(),
  number: z.string(),
  customerId: z.string(),
  caseId: z.string(),
  installedProductId: z.string().nullable(),
  /** `expired` once a sent quote is past its validity, even before anyone looks at it again. */
  status: z.enum(QUOTE_STATUSES),
  underWarranty: z.boolean(),
  quoteDate: z.string(),
  validUntil: z.string(),
  locale: z.string(),
  sentAt: z.string().nullable(),
  decidedAt: z.string().nullable(),
  decidedBy: z.enum(['customer', 'agent']).nullable(),
  declineReason: z.string().nullable(),
  orderId: z.string().nullable(),
  slotTemplateId: z.string().nullable(),
  slotDate: z.string().nullable(),
  /** The service a time slot is for (home repair, delivery, installation), when the quote has one. */
  bookableServiceId: z.string().nullable(),
  lines: z.array(Line),
  totals: Totals,
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Quote = z.infer<typeof Quote>;

export const Order = z.object({
  id: z.string(),
  number: z.string(),
  customerId: z.string(),
  caseId: z.string(),
  quoteId: z.string().nullable(),
  installedProductId: z.string().nullable(),
  status: z.enum(ORDER_STATUSES),
  underWarranty: z.boolean(),
  orderDate: z.string(),
  locale: z.string(),
  bookingId: z.string().nullable(),
  invoiceId: z.string().nullable(),
  completedAt: z.string().nullable(),
  invoicedAt: z.string().nullable(),
  cancelledAt: z.string().nullable(),
  cancelReason: z.string().nullable(),
  lines: z.array(OrderLine),
  totals: Totals,
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Order = z.infer<typeof Order>;

/** A quote as the customer sees it in the portal: no costs or margins. */
export const PortalLine = Line.omit({ unitCostCents: true });
export const PortalQuote = Quote.omit({ lines: true, totals: true, declineReason: true }).extend({
  lines: z.array(PortalLine),
  totals: Totals.omit({ costCents: true, marginCents: true }),
  caseNumber: z.string().nullable(),
});
export type PortalQuote = z.infer<typeof PortalQuote>;

/** A booking of a case's order, as the planning module reports it. */
export const SalesBooking = z.looseObject({ id: z.string(), status: z.string(), date: z.string(), startsAt: z.string(), endsAt: z.string() });

export const CaseSales = z.object({ quotes: z.array(Quote), orders: z.array(Order), bookings: z.array(SalesBooking) });
export type CaseSales = z.infer<typeof CaseSales>;

export const QuotePage = pageOf(Quote);
export const OrderPage = pageOf(Order);
export const PortalQuoteList = z.object({ items: z.array(PortalQuote) });
