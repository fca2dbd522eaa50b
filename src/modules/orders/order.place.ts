import type { Actor } from '../../kernel/context.js';
import { nextCounter } from '../../kernel/db/counters.js';
import type { DbExecutor } from '../../kernel/db/types.js';
import { newId } from '../../kernel/ids.js';
import type { Address, OrdersDB, OrdersDeps, RepairAddress } from './orders.deps.js';
import { REPAIR_KIND_OF } from './orders.deps.js';
import { ordersRepo } from './orders.repo.js';
import type { SlotChoice } from './orders.schema.js';
import type { OrderLineRow, OrderRow } from './orders.table.js';
import type { DraftLine } from './pricing.js';
import { bookableLine } from './sales.prepare.js';

export interface PlaceOrder {
  id?: string;
  customerId: string;
  caseId: string;
  caseSubject: string;
  quoteId: string | null;
  installedProductId: string | null;
  underWarranty: boolean;
  date: string;
  locale: string;
  lines: DraftLine[];
  slot: SlotChoice | null;
  address: Address | undefined;
}

const repairAddress = (a: Address): RepairAddress => ({
  street: a.street,
  houseNumber: `${a.houseNumber}${a.houseNumberAddition ? ` ${a.houseNumberAddition}` : ''}`,
  postcode: a.postcode,
  city: a.city,
  lat: a.lat ?? null,
  lng: a.lng ?? null,
});

/** Formats a document number: `OR-2026-00001`. */
export const documentNumber = (prefix: string, year: string, seq: number) => `${prefix}-${year}-${String(seq).padStart(5, '0')}`;

/**
 * Writes an order inside the caller's transaction: holds its time slot, numbers it, stores the lines and opens a
 * repair order for every repair, delivery or installation line. Any refusal (a full slot) rolls all of it back.
 */
export async function placeOrder(deps: OrdersDeps, trx: DbExecutor<OrdersDB>, actor: Actor, p: PlaceOrder): Promise<string> {
  const orderId = p.id ?? newId();
  const now = deps.clock.now().toISOString();
  const lineRows: OrderLineRow[] = p.lines.map((l, i) => ({
    ...l,
    id: newId(),
    orderId,
    position: i + 1,
    bookingId: null,
    repairOrderId: null,
    repairDoneAt: null,
    createdAt: now,
  }));
  let booking: { id: string; startsAt: string; endsAt: string } | undefined;
  const booked = p.slot ? bookableLine(lineRows) : undefined;
  if (p.slot && booked?.serviceId && p.address) {
    booking = await deps.planning.book(trx, actor, {
      customerId: p.customerId,
      caseId: p.caseId,
      orderId,
      serviceId: booked.serviceId,
      templateId: p.slot.templateId,
      date: p.slot.date,
      address: p.address,
    });
    for (const l of lineRows) if (l === booked || l.kind === 'surcharge') l.bookingId = booking.id;
  }
  const number = documentNumber('OR', p.date.slice(0, 4), await nextCounter(trx, 'order', p.date.slice(0, 4)));
  const row: OrderRow = {
    id: orderId,
    number,
    customerId: p.customerId,
    caseId: p.caseId,
    quoteId: p.quoteId,
    installedProductId: p.installedProductId,
    status: 'open',
    underWarranty: p.underWarranty,
    orderDate: p.date,
    locale: p.locale,
    bookingId: booking?.id ?? null,
    invoiceId: null,
    completedAt: null,
    invoicedAt: null,
    cancelledAt: null,
    cancelReason: null,
    createdBy: actor.principal && actor.principal.kind !== 'customer' ? actor.principal.userId || null : null,
    version: 1,
    createdAt: now,
    updatedAt: now,
  };
  await ordersRepo.insertOrder(trx, row, lineRows);
  for (const l of lineRows) {
    const kind = l.serviceKind ? REPAIR_KIND_OF[l.serviceKind] : undefined;
    if (!kind || !l.serviceId) continue;
    const onBooking = l === booked && booking;
    const repair = await deps.repairs.createForOrder(trx, {
      orderId,
      orderLineId: l.id,
      customerId: p.customerId,
      caseId: p.caseId,
      installedProductId: p.installedProductId,
      serviceId: l.serviceId,
      kind,
      ...(onBooking ? { bookingId: booking?.id, scheduledStart: booking?.startsAt, scheduledEnd: booking?.endsAt } : {}),
      address: p.address ? repairAddress(p.address) : null,
      fault: p.caseSubject,
      actor,
    });
    await ordersRepo.setLineRepairOrder(trx, l.id, repair.id);
  }
  await deps.audit.record(trx, actor, { action: 'order.created', entityType: 'order', entityId: orderId, after: { number, caseId: p.caseId, quoteId: p.quoteId, bookingId: row.bookingId } });
  await deps.bus.emit(trx, 'order.created', { orderId, number, caseId: p.caseId, customerId: p.customerId, at: now });
  return orderId;
}
