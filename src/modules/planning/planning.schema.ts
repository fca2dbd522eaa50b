import { z } from 'zod';
import { REGIONS } from './planning.rules.js';

/** Catalog service kinds a slot template may accept (the catalog's `kind` values). */
export const SERVICE_KINDS = [
  'workshop_repair',
  'home_repair',
  'delivery',
  'installation',
  'pickup',
  'loaner',
  'extended_warranty',
  'advice',
  'other',
] as const;

const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'a time HH:MM');
const weekday = z.number().int().min(1).max(7);
export const RegionCode = z.enum(REGIONS);
export const SlotRegion = z.union([z.literal('*'), RegionCode]);
export const SlotType = z.enum(['day', 'evening', 'saturday']);

export const SlotTemplate = z.object({
  id: z.string(),
  name: z.string(),
  weekday: z.number().int(),
  startTime: z.string(),
  endTime: z.string(),
  slotType: SlotType,
  serviceKinds: z.array(z.string()),
  region: z.string(),
  capacityMode: z.enum(['count', 'minutes']),
  capacity: z.number().int(),
  surchargeKind: z.enum(['fixed', 'percent']),
  surchargeValue: z.number().int(),
  leadTimeHours: z.number().int(),
  cutoffHours: z.number().int(),
  active: z.boolean(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type SlotTemplate = z.infer<typeof SlotTemplate>;

const templateFields = {
  name: z.string().trim().min(1).max(120),
  weekday,
  startTime: hhmm,
  endTime: hhmm,
  slotType: SlotType,
  serviceKinds: z
    .array(z.enum(SERVICE_KINDS))
    .min(1)
    .refine((k) => new Set(k).size === k.length, 'a kind is listed twice'),
  region: SlotRegion,
  capacityMode: z.enum(['count', 'minutes']),
  capacity: z.number().int().min(0).max(100_000),
  surchargeKind: z.enum(['fixed', 'percent']),
  surchargeValue: z.number().int().min(0).max(10_000_000),
  leadTimeHours: z.number().int().min(0).max(24 * 60),
  cutoffHours: z.number().int().min(0).max(24 * 60),
  active: z.boolean(),
};

export const CreateSlotTemplateBody = z.strictObject({
  ...templateFields,
  region: templateFields.region.default('*'),
  capacityMode: templateFields.capacityMode.default('count'),
  capacity: templateFields.capacity.default(0),
  surchargeKind: templateFields.surchargeKind.default('fixed'),
  surchargeValue: templateFields.surchargeValue.default(0),
  leadTimeHours: templateFields.leadTimeHours.default(24),
  cutoffHours: templateFields.cutoffHours.default(24),
  active: templateFields.active.default(true),
});
export type CreateSlotTemplateBody = z.infer<typeof CreateSlotTemplateBody>;

export const UpdateSlotTemplateBody = z.strictObject(templateFields).partial().extend({ version: z.number().int().min(1) });
export type UpdateSlotTemplateBody = z.infer<typeof UpdateSlotTemplateBody>;

export const ClosureDay = z.object({ id: z.string(), date: z.string(), reason: z.string(), createdAt: z.string() });
export type ClosureDay = z.infer<typeof ClosureDay>;
export const CreateClosureDayBody = z.strictObject({ date: z.iso.date(), reason: z.string().trim().max(200).default('') });
export const ClosureDaysQuery = z.strictObject({ from: z.iso.date().optional(), to: z.iso.date().optional() });

export const WorkingHours = z.object({ weekday: z.number().int(), startTime: z.string(), endTime: z.string() });
export const TechnicianHours = z.object({ userId: z.string(), hours: z.array(WorkingHours), regions: z.array(z.string()) });
export type TechnicianHours = z.infer<typeof TechnicianHours>;
export const PutTechnicianHoursBody = z.strictObject({
  hours: z.array(z.strictObject({ weekday, startTime: hhmm, endTime: hhmm })).max(50),
  regions: z
    .array(RegionCode)
    .refine((r) => new Set(r).size === r.length, 'a region is listed twice')
    .optional(),
});
export type PutTechnicianHoursBody = z.infer<typeof PutTechnicianHoursBody>;

export const Absence = z.object({ id: z.string(), userId: z.string(), startsAt: z.string(), endsAt: z.string(), reason: z.string(), createdAt: z.string() });
export type Absence = z.infer<typeof Absence>;
export const CreateAbsenceBody = z.strictObject({ startsAt: z.iso.datetime({ offset: true }), endsAt: z.iso.datetime({ offset: true }), reason: z.string().trim().max(200).default('') });
export type CreateAbsenceBody = z.infer<typeof CreateAbsenceBody>;

export const AvailabilityQuery = z.strictObject({ serviceId: z.uuid(), postcode: z.string().trim().min(4).max(12), from: z.iso.date(), to: z.iso.date() });
export type AvailabilityQuery = z.infer<typeof AvailabilityQuery>;
export const PortalAvailabilityQuery = z.strictObject({ serviceId: z.uuid(), from: z.iso.date(), to: z.iso.date() });

export const Slot = z.object({
  templateId: z.string(),
  name: z.string(),
  date: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  slotType: SlotType,
  region: z.string(),
  capacityMode: z.enum(['count', 'minutes']),
  /** What is left, in bookings ('count') or technician minutes ('minutes'). */
  free: z.number().int(),
  /** What one booking of this service takes from `free`. */
  units: z.number().int(),
  basePriceCents: z.number().int(),
  surchargeCents: z.number().int(),
  totalPriceCents: z.number().int(),
  vatCode: z.string(),
  cutoffAt: z.string(),
});
export type Slot = z.infer<typeof Slot>;
export const SlotList = z.object({ region: z.string(), items: z.array(Slot) });

export const BookingAddress = z.strictObject({
  street: z.string().trim().min(1).max(120),
  houseNumber: z.number().int().min(1).max(99999),
  houseNumberAddition: z.string().trim().max(10).default(''),
  postcode: z.string().trim().min(4).max(12),
  city: z.string().trim().min(1).max(80),
  country: z.string().regex(/^[A-Z]{2}$/).default('NL'),
  lat: z.number().min(-90).max(90).nullable().default(null),
  lng: z.number().min(-180).max(180).nullable().default(null),
});
export type BookingAddress = z.infer<typeof BookingAddress>;

export const Booking = z.object({
  id: z.string(),
  customerId: z.string(),
  caseId: z.string().nullable(),
  orderId: z.string().nullable(),
  serviceId: z.string(),
  templateId: z.string(),
  date: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  slotType: SlotType,
  region: z.string(),
  units: z.number().int(),
  basePriceCents: z.number().int(),
  surchargeCents: z.number().int(),
  totalPriceCents: z.number().int(),
  vatCode: z.string(),
  address: z.object({
    street: z.string(),
    houseNumber: z.number().int(),
    houseNumberAddition: z.string(),
    postcode: z.string(),
    city: z.string(),
    country: z.string(),
    lat: z.number().nullable(),
    lng: z.number().nullable(),
  }),
  status: z.enum(['confirmed', 'cancelled']),
  cutoffAt: z.string(),
  reminderSentAt: z.string().nullable(),
  cancelledAt: z.string().nullable(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Booking = z.infer<typeof Booking>;
export const BookingList = z.object({ items: z.array(Booking) });

export const CreateBookingBody = z.strictObject({
  customerId: z.uuid(),
  caseId: z.uuid().nullable().default(null),
  serviceId: z.uuid(),
  templateId: z.uuid(),
  date: z.iso.date(),
  /** Defaults to the customer's service address. */
  address: BookingAddress.optional(),
});
export type CreateBookingBody = z.infer<typeof CreateBookingBody>;

export const RescheduleBody = z.strictObject({ templateId: z.uuid(), date: z.iso.date(), version: z.number().int().min(1) });
export type RescheduleBody = z.infer<typeof RescheduleBody>;
export const CancelBody = z.strictObject({ version: z.number().int().min(1) });
export const BookingsQuery = z.strictObject({ from: z.iso.date(), to: z.iso.date(), status: z.enum(['confirmed', 'cancelled']).optional() });
export const IdParams = z.strictObject({ id: z.uuid() });
export const UserParams = z.strictObject({ userId: z.uuid() });
export const AbsenceParams = z.strictObject({ userId: z.uuid(), id: z.uuid() });
export const VersionQuery = z.strictObject({ version: z.coerce.number().int().min(1) });
