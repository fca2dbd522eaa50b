/** Kinds of repair order: in our workshop, at the customer's home, or a delivery (with installation). */
export type RepairKind = 'workshop' | 'home' | 'delivery';

/** The life of a repair order; `completed` and `cancelled` are final. */
export type RepairStatus = 'created' | 'planned' | 'in_progress' | 'waiting_for_parts' | 'ready' | 'completed' | 'cancelled';

export type LoanerStatus = 'available' | 'out' | 'maintenance' | 'retired';

/** Kysely tables of the repairs module (repair orders, their work records, and the loaner pool). */
export interface RepairsTables {
  repairOrders: {
    id: string;
    /** `RO-2026-00001`. */
    number: string;
    orderId: string | null;
    caseId: string | null;
    customerId: string;
    installedProductId: string | null;
    serviceId: string | null;
    kind: RepairKind;
    status: RepairStatus;
    fault: string;
    /** Planned work in minutes (from the service), used for capacity on the planning board. */
    estimatedMinutes: number;
    createdAt: string;
    plannedAt: string | null;
    startedAt: string | null;
    waitingForPartsAt: string | null;
    readyAt: string | null;
    completedAt: string | null;
    cancelledAt: string | null;
    /** Workshop: when the product came in, its condition then, the diagnosis, and how it goes back. */
    receivedAt: string | null;
    intakeNotes: string | null;
    diagnosis: string | null;
    returnMethod: 'pickup' | 'shipment' | null;
    returnedAt: string | null;
    /** Home and delivery: the booking, the technician and the visit window. */
    bookingId: string | null;
    technicianId: string | null;
    scheduledStart: string | null;
    scheduledEnd: string | null;
    street: string | null;
    houseNumber: string | null;
    postcode: string | null;
    city: string | null;
    lat: number | null;
    lng: number | null;
    travelKm: number | null;
    travelCostCents: number;
    previousRepairOrderId: string | null;
    /** Null until known: true on completion, false once a revisit for the same fault is created. */
    firstTimeFix: boolean | number | null;
    signature: string | null;
    signedBy: string | null;
    signedAt: string | null;
    version: number;
    updatedAt: string;
  };
  repairStatusHistory: {
    id: string;
    repairOrderId: string;
    fromStatus: RepairStatus | null;
    toStatus: RepairStatus;
    at: string;
    userId: string | null;
  };
  timeEntries: {
    id: string;
    repairOrderId: string;
    userId: string;
    minutes: number;
    /** The user's hourly cost when the time was booked, so later raises do not rewrite history. */
    costRateCents: number;
    costCents: number;
    note: string | null;
    createdAt: string;
  };
  repairParts: {
    id: string;
    repairOrderId: string;
    partId: string;
    locationId: string;
    quantity: number;
    unitCostCents: number;
    unitPriceCents: number;
    userId: string | null;
    createdAt: string;
  };
  repairPhotos: {
    id: string;
    repairOrderId: string;
    filename: string;
    contentType: string;
    size: number;
    /** The image itself: in the database, so several instances need no shared file system. */
    content: Buffer | Uint8Array;
    userId: string | null;
    createdAt: string;
  };
  loaners: {
    id: string;
    serial: string;
    model: string;
    category: string;
    condition: string;
    status: LoanerStatus;
    purchaseCostCents: number;
    notes: string | null;
    version: number;
    createdAt: string;
    updatedAt: string;
  };
  loanerLoans: {
    id: string;
    loanerId: string;
    customerId: string;
    repairOrderId: string;
    issuedAt: string;
    dueDate: string;
    returnedAt: string | null;
    depositCents: number;
    returnCondition: 'good' | 'damaged' | null;
    notes: string | null;
    reminderSentAt: string | null;
    charged: boolean | number;
    /** The per-day rate when issued. */
    costPerDayCents: number;
    /** Cost of the loan by the per-day rate, recorded on return (for economics, whether charged or not). */
    costCents: number | null;
    createdAt: string;
  };
}

export type RepairOrderRow = RepairsTables['repairOrders'];
export type LoanerRow = RepairsTables['loaners'];
export type LoanRow = RepairsTables['loanerLoans'];
