import { z } from 'zod';
import { pageOf } from '../../kernel/pagination.js';

export const RepairKind = z.enum(['workshop', 'home', 'delivery']);
export const RepairStatus = z.enum(['created', 'planned', 'in_progress', 'waiting_for_parts', 'ready', 'completed', 'cancelled']);
export type RepairStatusValue = z.infer<typeof RepairStatus>;
export const ReturnMethod = z.enum(['pickup', 'shipment']);

export const RepairAddress = z.object({
  street: z.string(),
  houseNumber: z.string(),
  postcode: z.string(),
  city: z.string(),
  lat: z.number().nullable(),
  lng: z.number().nullable(),
});
export type RepairAddress = z.infer<typeof RepairAddress>;

/** A repair order as lists and the board show it. */
export const RepairOrder = z.object({
  id: z.string(),
  number: z.string(),
  orderId: z.string().nullable(),
  caseId: z.string().nullable(),
  customerId: z.string(),
  customerName: z.string(),
  installedProductId: z.string().nullable(),
  serviceId: z.string().nullable(),
  kind: RepairKind,
  status: RepairStatus,
  fault: z.string(),
  estimatedMinutes: z.number().int(),
  createdAt: z.string(),
  plannedAt: z.string().nullable(),
  startedAt: z.string().nullable(),
  waitingForPartsAt: z.string().nullable(),
  readyAt: z.string().nullable(),
  completedAt: z.string().nullable(),
  cancelledAt: z.string().nullable(),
  receivedAt: z.string().nullable(),
  intakeNotes: z.string().nullable(),
  diagnosis: z.string().nullable(),
  returnMethod: ReturnMethod.nullable(),
  returnedAt: z.string().nullable(),
  /** Whole local days from intake to return (or to today while the product is still here); null before intake. */
  daysWithoutProduct: z.number().int().nullable(),
  bookingId: z.string().nullable(),
  technicianId: z.string().nullable(),
  scheduledStart: z.string().nullable(),
  scheduledEnd: z.string().nullable(),
  address: RepairAddress.nullable(),
  travelKm: z.number().nullable(),
  travelCostCents: z.number().int(),
  previousRepairOrderId: z.string().nullable(),
  firstTimeFix: z.boolean().nullable(),
  signedBy: z.string().nullable(),
  signedAt: z.string().nullable(),
  version: z.number().int(),
  updatedAt: z.string(),
});
export type RepairOrder = z.infer<typeof RepairOrder>;

export const StatusChange = z.object({ from: RepairStatus.nullable(), to: RepairStatus, at: z.string(), userId: z.string().nullable() });
export const TimeEntry = z.object({
  id: z.string(),
  userId: z.string(),
  minutes: z.number().int(),
  costRateCents: z.number().int(),
  costCents: z.number().int(),
  note: z.string().nullable(),
  createdAt: z.string(),
});
export const RepairPart = z.object({
  id: z.string(),
  partId: z.string(),
  locationId: z.string(),
  quantity: z.number().int(),
  unitCostCents: z.number().int(),
  unitPriceCents: z.number().int(),
  createdAt: z.string(),
});
export const RepairPhoto = z.object({ id: z.string(), filename: z.string(), contentType: z.string(), size: z.number().int(), createdAt: z.string() });
export const RepairCosts = z.object({
  labourMinutes: z.number().int(),
  labourCostCents: z.number().int(),
  partsCostCents: z.number().int(),
  partsPriceCents: z.number().int(),
  travelCostCents: z.number().int(),
  totalCostCents: z.number().int(),
});

/** One repair order with everything recorded on it. */
export const RepairOrderDetail = RepairOrder.extend({
  /** The phone number to call about the job: the primary contact's, else the first contact's with one. */
  customerPhone: z.string().nullable(),
  /** The customer's signature as a PNG data URL, once signed. */
  signature: z.string().nullable(),
  history: z.array(StatusChange),
  timeEntries: z.array(TimeEntry),
  parts: z.array(RepairPart),
  photos: z.array(RepairPhoto),
  costs: RepairCosts,
});
export type RepairOrderDetail = z.infer<typeof RepairOrderDetail>;
export const RepairOrderPage = pageOf(RepairOrder);

const text = (max: number) => z.string().trim().max(max);
export const AddressInput = z.strictObject({
  street: text(200),
  houseNumber: text(20),
  postcode: text(20),
  city: text(120),
  lat: z.number().min(-90).max(90).nullable().default(null),
  lng: z.number().min(-180).max(180).nullable().default(null),
});

/** A repair order made by hand: a workshop intake at the counter, or a revisit of an earlier repair. */
export const CreateRepairBody = z.strictObject({
  customerId: z.uuid(),
  kind: RepairKind,
  serviceId: z.uuid().nullable().default(null),
  orderId: z.uuid().nullable().default(null),
  caseId: z.uuid().nullable().default(null),
  installedProductId: z.uuid().nullable().default(null),
  fault: text(4000).default(''),
  estimatedMinutes: z.number().int().min(0).max(24 * 60).optional(),
  /** A second visit for the same fault: the earlier order then no longer counts as fixed the first time. */
  previousRepairOrderId: z.uuid().nullable().default(null),
  address: AddressInput.nullable().default(null),
});
export type CreateRepairBody = z.infer<typeof CreateRepairBody>;

export const ListRepairsQuery = z.strictObject({
  status: RepairStatus.optional(),
  kind: RepairKind.optional(),
  technicianId: z.uuid().optional(),
  customerId: z.uuid().optional(),
  caseId: z.uuid().optional(),
  orderId: z.uuid().optional(),
  /** Only orders not yet completed or cancelled. */
  open: z.enum(['true', 'false']).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export type ListRepairsQuery = z.infer<typeof ListRepairsQuery>;

/** Workshop fields and the fault text; anything left out stays as it is. */
export const UpdateRepairBody = z.strictObject({
  version: z.number().int().min(1),
  fault: text(4000).optional(),
  receivedAt: z.iso.datetime({ offset: true }).nullable().optional(),
  intakeNotes: text(4000).nullable().optional(),
  diagnosis: text(4000).nullable().optional(),
  returnMethod: ReturnMethod.nullable().optional(),
  returnedAt: z.iso.datetime({ offset: true }).nullable().optional(),
  address: AddressInput.nullable().optional(),
});
export type UpdateRepairBody = z.infer<typeof UpdateRepairBody>;

export const StatusBody = z.strictObject({ status: RepairStatus, version: z.number().int().min(1) });
export const AssignBody = z.strictObject({
  technicianId: z.uuid(),
  scheduledStart: z.iso.datetime({ offset: true }),
  scheduledEnd: z.iso.datetime({ offset: true }),
  version: z.number().int().min(1),
});
export type AssignBody = z.infer<typeof AssignBody>;
export const TimeEntryBody = z.strictObject({ minutes: z.number().int().min(1).max(24 * 60), note: text(500).nullable().default(null) });
export const PartBody = z.strictObject({ partId: z.uuid(), quantity: z.number().int().min(1).max(1000) });
export const TravelBody = z.strictObject({ km: z.number().min(0).max(2000) });
export const CompleteBody = z.strictObject({
  signature: z.string().max(300_000),
  signedBy: text(120).min(1),
  firstTimeFix: z.boolean().optional(),
  version: z.number().int().min(1),
});
export type CompleteBody = z.infer<typeof CompleteBody>;
export const RepairParams = z.strictObject({ id: z.uuid() });
export const PhotoParams = z.strictObject({ id: z.uuid(), photoId: z.uuid() });

/** What a customer sees of a repair in the portal; `statusLabel` is a translation key for the customer's words. */
export const PortalRepair = z.object({
  id: z.string(),
  number: z.string(),
  kind: RepairKind,
  status: RepairStatus,
  statusLabel: z.enum(['received', 'planned', 'in_workshop', 'technician_working', 'waiting_for_parts', 'ready_for_pickup', 'ready_for_shipment', 'completed', 'cancelled']),
  fault: z.string(),
  scheduledStart: z.string().nullable(),
  scheduledEnd: z.string().nullable(),
  receivedAt: z.string().nullable(),
  completedAt: z.string().nullable(),
  createdAt: z.string(),
});
export type PortalRepair = z.infer<typeof PortalRepair>;
