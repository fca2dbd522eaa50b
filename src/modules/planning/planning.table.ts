/** Kysely tables of the planning module: slot templates, technician availability, held capacity and bookings. */
export interface PlanningTables {
  slotTemplates: {
    id: string;
    name: string;
    /** ISO weekday: 1 = Monday … 7 = Sunday. */
    weekday: number;
    /** 'HH:MM' local time in Europe/Amsterdam. */
    startTime: string;
    endTime: string;
    slotType: SlotType;
    /** JSON array of catalog service kinds this slot accepts. */
    serviceKinds: string;
    /** '*' for every region, or a region code from `regionOf`. */
    region: string;
    capacityMode: CapacityMode;
    /** Bookings per slot ('count') or technician minutes ('minutes' mode keeps the computed value in slot_usage). */
    capacity: number;
    surchargeKind: SurchargeKind;
    /** Cents ('fixed') or basis points of the service price ('percent'). */
    surchargeValue: number;
    leadTimeHours: number;
    cutoffHours: number;
    active: boolean | number;
    version: number;
    createdAt: string;
    updatedAt: string;
  };
  closureDays: {
    id: string;
    /** Local date 'YYYY-MM-DD'. */
    date: string;
    reason: string;
    createdAt: string;
  };
  technicianHours: {
    id: string;
    userId: string;
    weekday: number;
    startTime: string;
    endTime: string;
    createdAt: string;
  };
  technicianAbsences: {
    id: string;
    userId: string;
    startsAt: string;
    endsAt: string;
    reason: string;
    createdAt: string;
  };
  technicianRegions: {
    userId: string;
    region: string;
  };
  slotUsage: {
    templateId: string;
    date: string;
    used: number;
    /** The capacity fixed when the slot was first booked; the conditional update holds against it. */
    capacity: number;
    updatedAt: string;
  };
  bookings: {
    id: string;
    customerId: string;
    caseId: string | null;
    orderId: string | null;
    serviceId: string;
    templateId: string;
    date: string;
    startsAt: string;
    endsAt: string;
    slotType: SlotType;
    region: string;
    units: number;
    basePriceCents: number;
    surchargeCents: number;
    vatCode: string;
    street: string;
    houseNumber: number;
    houseNumberAddition: string;
    postcode: string;
    city: string;
    country: string;
    lat: number | null;
    lng: number | null;
    status: BookingStatus;
    /** Raised with every change sent to the customer's calendar (iCalendar SEQUENCE). */
    icsSequence: number;
    reminderSentAt: string | null;
    cancelledAt: string | null;
    version: number;
    createdAt: string;
    updatedAt: string;
  };
}

export type SlotType = 'day' | 'evening' | 'saturday';
export type CapacityMode = 'count' | 'minutes';
export type SurchargeKind = 'fixed' | 'percent';
export type BookingStatus = 'confirmed' | 'cancelled';

export type SlotTemplateRow = PlanningTables['slotTemplates'];
export type ClosureDayRow = PlanningTables['closureDays'];
export type TechnicianHoursRow = PlanningTables['technicianHours'];
export type AbsenceRow = PlanningTables['technicianAbsences'];
export type SlotUsageRow = PlanningTables['slotUsage'];
export type BookingRow = PlanningTables['bookings'];
