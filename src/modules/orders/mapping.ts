import { BOOKABLE_KINDS } from './orders.deps.js';
import type { Line, Order, OrderLine, Quote } from './orders.schema.js';
import type { OrderLineRow, OrderRow, QuoteLineRow, QuoteRow } from './orders.table.js';
import { lineNet, totals } from './totals.js';

export function toLine(r: QuoteLineRow | OrderLineRow): Line {
  const l = {
    id: r.id,
    position: r.position,
    kind: r.kind,
    serviceId: r.serviceId,
    serviceKind: r.serviceKind,
    partId: r.partId,
    description: r.description,
    quantity: Number(r.quantity),
    listPriceCents: Number(r.listPriceCents),
    unitPriceCents: Number(r.unitPriceCents),
    unitCostCents: Number(r.unitCostCents),
    vatCode: r.vatCode,
    vatPercentBp: Number(r.vatPercentBp),
    warrantyCovered: Boolean(r.warrantyCovered),
  };
  return { ...l, netCents: lineNet(l) };
}

export const toOrderLine = (r: OrderLineRow): OrderLine => ({ ...toLine(r), bookingId: r.bookingId, repairOrderId: r.repairOrderId });

/** A sent quote past its last valid day reads as expired, whether or not anyone has looked at it since. */
export function effectiveStatus(r: Pick<QuoteRow, 'status' | 'validUntil'>, today: string): Quote['status'] {
  return r.status === 'sent' && r.validUntil < today ? 'expired' : r.status;
}

export function toQuote(r: QuoteRow, lineRows: QuoteLineRow[], today: string): Quote {
  const lines = lineRows.filter((l) => l.quoteId === r.id).map(toLine);
  return {
    id: r.id,
    number: r.number,
    customerId: r.customerId,
    caseId: r.caseId,
    installedProductId: r.installedProductId,
    status: effectiveStatus(r, today),
    underWarranty: Boolean(r.underWarranty),
    quoteDate: r.quoteDate,
    validUntil: r.validUntil,
    locale: r.locale,
    sentAt: r.sentAt,
    decidedAt: r.decidedAt,
    decidedBy: r.decidedBy,
    declineReason: r.declineReason,
    orderId: r.orderId,
    slotTemplateId: r.slotTemplateId,
    slotDate: r.slotDate,
    bookableServiceId: lines.find((l) => l.serviceId && l.serviceKind && BOOKABLE_KINDS.has(l.serviceKind))?.serviceId ?? null,
    lines,
    totals: totals(lines),
    version: r.version,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
  };
}

export function toOrder(r: OrderRow, lineRows: OrderLineRow[]): Order {
  const lines = lineRows.filter((l) => l.orderId === r.id).map(toOrderLine);
  return {
    id: r.id,
    number: r.number,
    customerId: r.customerId,
    caseId: r.caseId,
    quoteId: r.quoteId,
    installedProductId: r.installedProductId,
    status: r.status,
    underWarranty: Boolean(r.underWarranty),
    orderDate: r.orderDate,
    locale: r.locale,
    bookingId: r.bookingId,
    invoiceId: r.invoiceId,
    completedAt: r.completedAt,
    invoicedAt: r.invoicedAt,
    cancelledAt: r.cancelledAt,
    cancelReason: r.cancelReason,
    lines,
    totals: totals(lines),
    version: r.version,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
  };
}
