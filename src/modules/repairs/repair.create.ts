import { type Actor, SYSTEM_ACTOR } from '../../kernel/context.js';
import { nextCounter } from '../../kernel/db/counters.js';
import { AppError } from '../../kernel/errors.js';
import { newId } from '../../kernel/ids.js';
import { userIdOf } from './repair.access.js';
import { addressColumns, addressOf } from './repair.mapping.js';
import { repairRepo } from './repair.repo.js';
import type { CreateRepairBody, RepairAddress, RepairOrder } from './repair.schema.js';
import { localDate } from './repair.time.js';
import type { RepairsDeps, Tx } from './repairs.deps.js';
import type { RepairKind, RepairOrderRow } from './repairs.table.js';

/** What the orders module passes when a repair-kind service is ordered (inside its transaction). */
export interface CreateForOrderInput {
  orderId: string;
  customerId: string;
  serviceId: string;
  caseId?: string | null;
  installedProductId?: string | null;
  /** Derived from the service kind when left out. */
  kind?: RepairKind;
  fault?: string;
  /** The booked visit: its window and address become the order's. */
  bookingId?: string | null;
  /** The window when there is no booking to read it from. */
  scheduledStart?: string | null;
  scheduledEnd?: string | null;
  /** The order line this repair carries out (kept by the orders module). */
  orderLineId?: string;
  estimatedMinutes?: number;
  address?: RepairAddress | null;
  previousRepairOrderId?: string | null;
  actor?: Actor;
}

const KIND_OF_SERVICE: Record<string, RepairKind> = {
  workshop_repair: 'workshop',
  home_repair: 'home',
  delivery: 'delivery',
  installation: 'delivery',
  pickup: 'delivery',
};

type NewRepairFields = Pick<
  RepairOrderRow,
  | 'orderId'
  | 'caseId'
  | 'customerId'
  | 'installedProductId'
  | 'serviceId'
  | 'kind'
  | 'fault'
  | 'estimatedMinutes'
  | 'bookingId'
  | 'scheduledStart'
  | 'scheduledEnd'
  | 'previousRepairOrderId'
  | 'street'
  | 'houseNumber'
  | 'postcode'
  | 'city'
  | 'lat'
  | 'lng'
>;

const iso = (s: string) => new Date(s).toISOString();

/** Creating repair orders: numbered per year, with history from the start; a revisit marks the earlier one as not fixed the first time. */
export function createRepairCreation(deps: RepairsDeps, view: (row: RepairOrderRow, exec?: Tx) => Promise<RepairOrder>) {
  const { db, clock, audit } = deps;

  async function insertRepair(trx: Tx, actor: Actor, f: NewRepairFields) {
    const now = clock.now();
    const at = now.toISOString();
    const year = localDate(now).slice(0, 4);
    const number = `RO-${year}-${String(await nextCounter(trx, 'repair', year)).padStart(5, '0')}`;
    if (f.previousRepairOrderId) {
      const prev = await repairRepo.findById(trx, f.previousRepairOrderId);
      if (!prev || prev.customerId !== f.customerId)
        throw new AppError('unprocessable', { subcode: 'repair.bad_previous', detail: 'The earlier repair order does not exist or belongs to another customer.' });
      // A second visit for the same fault means the first one did not fix it.
      await repairRepo.setFirstTimeFix(trx, prev.id, false, at);
      await audit.record(trx, actor, { action: 'repair_order.revisited', entityType: 'repair_order', entityId: prev.id, after: { firstTimeFix: false } });
    }
    const row: RepairOrderRow = {
      ...f,
      id: newId(),
      number,
      status: 'created',
      createdAt: at,
      plannedAt: null,
      startedAt: null,
      waitingForPartsAt: null,
      readyAt: null,
      completedAt: null,
      cancelledAt: null,
      receivedAt: null,
      intakeNotes: null,
      diagnosis: null,
      returnMethod: null,
      returnedAt: null,
      technicianId: null,
      travelKm: null,
      travelCostCents: 0,
      firstTimeFix: null,
      signature: null,
      signedBy: null,
      signedAt: null,
      version: 1,
      updatedAt: at,
    };
    await repairRepo.insert(trx, row);
    await repairRepo.insertHistory(trx, { id: newId(), repairOrderId: row.id, fromStatus: null, toStatus: 'created', at, userId: userIdOf(actor) });
    await audit.record(trx, actor, { action: 'repair_order.created', entityType: 'repair_order', entityId: row.id, after: { number, kind: row.kind, orderId: row.orderId } });
    return row;
  }

  return {
    /** Creates the repair order of an ordered repair-kind service, inside the orders module's transaction. */
    async createForOrder(trx: Tx, input: CreateForOrderInput): Promise<RepairOrder> {
      const actor = input.actor ?? SYSTEM_ACTOR;
      const service = await deps.catalog.getService(input.serviceId, trx);
      if (!service) throw new AppError('unprocessable', { detail: 'The service of this repair does not exist.' });
      const kind = input.kind ?? KIND_OF_SERVICE[service.kind];
      if (!kind) throw new AppError('unprocessable', { detail: `A service of kind ${service.kind} needs no repair order.` });
      const booking = input.bookingId ? await deps.planning.getBooking(input.bookingId, trx) : undefined;
      if (input.bookingId && !booking) throw new AppError('unprocessable', { detail: 'The booking of this repair does not exist.' });
      const address = booking
        ? {
            street: booking.street,
            houseNumber: `${booking.houseNumber}${booking.houseNumberAddition ? ` ${booking.houseNumberAddition}` : ''}`,
            postcode: booking.postcode,
            city: booking.city,
            lat: booking.lat,
            lng: booking.lng,
          }
        : input.address;
      const row = await insertRepair(trx, actor, {
        orderId: input.orderId,
        caseId: input.caseId ?? null,
        customerId: input.customerId,
        installedProductId: input.installedProductId ?? null,
        serviceId: service.id,
        kind,
        fault: input.fault ?? '',
        estimatedMinutes: input.estimatedMinutes ?? service.durationMinutes ?? 0,
        bookingId: booking?.id ?? null,
        scheduledStart: booking ? iso(booking.startsAt) : input.scheduledStart ? iso(input.scheduledStart) : null,
        scheduledEnd: booking ? iso(booking.endsAt) : input.scheduledEnd ? iso(input.scheduledEnd) : null,
        previousRepairOrderId: input.previousRepairOrderId ?? null,
        ...addressColumns(address),
      });
      return view(row, trx);
    },

    /** A repair order made by hand (counter intake, or a revisit of an earlier one). */
    async create(actor: Actor, body: CreateRepairBody): Promise<RepairOrder> {
      if (!(await deps.customers.summary(body.customerId))) throw new AppError('unprocessable', { detail: 'Customer not found.' });
      const service = body.serviceId ? await deps.catalog.getService(body.serviceId) : undefined;
      if (body.serviceId && !service) throw new AppError('unprocessable', { detail: 'Service not found.' });
      return db.transaction().execute(async (trx) => {
        const prev = body.previousRepairOrderId ? await repairRepo.findById(trx, body.previousRepairOrderId) : undefined;
        const row = await insertRepair(trx, actor, {
          orderId: body.orderId ?? prev?.orderId ?? null,
          caseId: body.caseId ?? prev?.caseId ?? null,
          customerId: body.customerId,
          installedProductId: body.installedProductId ?? prev?.installedProductId ?? null,
          serviceId: service?.id ?? prev?.serviceId ?? null,
          kind: body.kind,
          fault: body.fault || prev?.fault || '',
          estimatedMinutes: body.estimatedMinutes ?? service?.durationMinutes ?? prev?.estimatedMinutes ?? 0,
          bookingId: null,
          scheduledStart: null,
          scheduledEnd: null,
          previousRepairOrderId: body.previousRepairOrderId,
          ...addressColumns(body.address ?? (prev ? addressOf(prev) : null)),
        });
        return view(row, trx);
      });
    },
  };
}
