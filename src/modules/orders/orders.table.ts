/** Kysely tables of the orders module: quotes (offertes) and orders, each with priced lines. */
export interface OrdersTables {
  quotes: {
    id: string;
    /** `OF-2026-00001`. */
    number: string;
    customerId: string;
    caseId: string;
    installedProductId: string | null;
    status: QuoteStatus;
    /** Whether the installed product was under (extended) warranty on the quote date. */
    underWarranty: boolean | number;
    /** ISO date on which prices, VAT rates and warranty were taken. */
    quoteDate: string;
    /** Last ISO date on which the quote may be accepted. */
    validUntil: string;
    locale: string;
    sentAt: string | null;
    decidedAt: string | null;
    decidedBy: 'customer' | 'agent' | null;
    declineReason: string | null;
    orderId: string | null;
    slotTemplateId: string | null;
    slotDate: string | null;
    createdBy: string | null;
    version: number;
    createdAt: string;
    updatedAt: string;
  };
  quoteLines: LineColumns & { quoteId: string };
  orders: {
    id: string;
    /** `OR-2026-00001`. */
    number: string;
    customerId: string;
    caseId: string;
    quoteId: string | null;
    installedProductId: string | null;
    status: OrderStatus;
    underWarranty: boolean | number;
    orderDate: string;
    locale: string;
    bookingId: string | null;
    invoiceId: string | null;
    completedAt: string | null;
    invoicedAt: string | null;
    cancelledAt: string | null;
    cancelReason: string | null;
    createdBy: string | null;
    version: number;
    createdAt: string;
    updatedAt: string;
  };
  orderLines: LineColumns & {
    orderId: string;
    bookingId: string | null;
    repairOrderId: string | null;
    /** When the repair order behind this line was finished. */
    repairDoneAt: string | null;
  };
}

export type QuoteStatus = 'draft' | 'sent' | 'accepted' | 'declined' | 'expired';
export type OrderStatus = 'open' | 'completed' | 'invoiced' | 'cancelled';
export type LineKind = 'service' | 'surcharge' | 'part' | 'labour' | 'travel' | 'loaner' | 'other';

/** The columns quote and order lines share: snapshots of name, price, cost and VAT at the moment of pricing. */
interface LineColumns {
  id: string;
  position: number;
  kind: LineKind;
  serviceId: string | null;
  /** The catalog kind of the service (workshop_repair, home_repair, …), kept for invoicing and reporting. */
  serviceKind: string | null;
  partId: string | null;
  description: string;
  quantity: number;
  /** The price before any warranty rule. */
  listPriceCents: number;
  /** What the customer pays per unit. */
  unitPriceCents: number;
  unitCostCents: number;
  vatCode: string;
  vatPercentBp: number;
  warrantyCovered: boolean | number;
  createdAt: string;
}

export type QuoteRow = OrdersTables['quotes'];
export type QuoteLineRow = OrdersTables['quoteLines'];
export type OrderRow = OrdersTables['orders'];
export type OrderLineRow = OrdersTables['orderLines'];
