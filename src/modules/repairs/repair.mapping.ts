import type { PortalRepair, RepairAddress, RepairOrder } from './repair.schema.js';
import { daysWithoutProduct } from './repair.time.js';
import type { RepairOrderRow } from './repairs.table.js';

const bool = (v: boolean | number | null) => (v === null ? null : Boolean(v));

/** A row as the API shows it; `customerName` comes from the customers module. */
export function toRepairOrder(r: RepairOrderRow, customerName: string, now: Date): RepairOrder {
  return {
    id: r.id,
    number: r.number,
    orderId: r.orderId,
    caseId: r.caseId,
    customerId: r.customerId,
    customerName,
    installedProductId: r.installedProductId,
    serviceId: r.serviceId,
    kind: r.kind,
    status: r.status,
    fault: r.fault,
    estimatedMinutes: r.estimatedMinutes,
    createdAt: r.createdAt,
    plannedAt: r.plannedAt,
    startedAt: r.startedAt,
    waitingForPartsAt: r.waitingForPartsAt,
    readyAt: r.readyAt,
    completedAt: r.completedAt,
    cancelledAt: r.cancelledAt,
    receivedAt: r.receivedAt,
    intakeNotes: r.intakeNotes,
    diagnosis: r.diagnosis,
    returnMethod: r.returnMethod,
    returnedAt: r.returnedAt,
    daysWithoutProduct: r.kind === 'workshop' ? daysWithoutProduct(r.receivedAt, r.returnedAt, now) : null,
    bookingId: r.bookingId,
    technicianId: r.technicianId,
    scheduledStart: r.scheduledStart,
    scheduledEnd: r.scheduledEnd,
    address: addressOf(r),
    travelKm: r.travelKm === null ? null : Number(r.travelKm),
    travelCostCents: Number(r.travelCostCents),
    previousRepairOrderId: r.previousRepairOrderId,
    firstTimeFix: bool(r.firstTimeFix),
    signedBy: r.signedBy,
    signedAt: r.signedAt,
    version: r.version,
    updatedAt: r.updatedAt,
  };
}

/** The primary contact's phone number, else the first other contact's that has one. */
export function contactPhone(contacts: { phone: string | null; isPrimary: boolean | number }[]): string | null {
  return [...contacts].sort((a, b) => Number(b.isPrimary) - Number(a.isPrimary)).find((c) => c.phone)?.phone ?? null;
}

export function addressOf(r: RepairOrderRow): RepairOrder['address'] {
  if (r.street === null && r.postcode === null) return null;
  return {
    street: r.street ?? '',
    houseNumber: r.houseNumber ?? '',
    postcode: r.postcode ?? '',
    city: r.city ?? '',
    lat: r.lat === null ? null : Number(r.lat),
    lng: r.lng === null ? null : Number(r.lng),
  };
}

/** The customer's words for where their repair stands (a translation key the portal renders in nl or en). */
export function portalLabel(r: RepairOrderRow): PortalRepair['statusLabel'] {
  switch (r.status) {
    case 'created':
    case 'planned':
      if (r.kind === 'workshop') return r.receivedAt ? 'in_workshop' : r.status === 'planned' ? 'planned' : 'received';
      return r.status === 'planned' ? 'planned' : 'received';
    case 'in_progress':
      return r.kind === 'workshop' ? 'in_workshop' : 'technician_working';
    case 'waiting_for_parts':
      return 'waiting_for_parts';
    case 'ready':
      return r.returnMethod === 'shipment' ? 'ready_for_shipment' : 'ready_for_pickup';
    default:
      return r.status;
  }
}

export function toPortalRepair(r: RepairOrderRow): PortalRepair {
  return {
    id: r.id,
    number: r.number,
    kind: r.kind,
    status: r.status,
    statusLabel: portalLabel(r),
    fault: r.fault,
    scheduledStart: r.scheduledStart,
    scheduledEnd: r.scheduledEnd,
    receivedAt: r.receivedAt,
    completedAt: r.completedAt,
    createdAt: r.createdAt,
  };
}

/** The address columns of a repair order (all null without an address). */
export function addressColumns(a: RepairAddress | null | undefined) {
  return {
    street: a?.street ?? null,
    houseNumber: a?.houseNumber ?? null,
    postcode: a?.postcode ?? null,
    city: a?.city ?? null,
    lat: a?.lat ?? null,
    lng: a?.lng ?? null,
  };
}
