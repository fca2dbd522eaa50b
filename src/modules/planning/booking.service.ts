import type { Actor } from '../../kernel/context.js';
import { AppError, found } from '../../kernel/errors.js';
import { newId } from '../../kernel/ids.js';
import type { Availability } from './availability.js';
import { bookingRepo } from './booking.repo.js';
import { type BookingMailKind, bookingMail, primaryEmail, renderIcs } from './booking.mail.js';
import { type Exec, type PlanningAddress, type PlanningDeps, toBooking } from './planning.core.js';
import { planningRepo } from './planning.repo.js';
import { addDays, localDateOf, localToUtc } from './planning.rules.js';
import type { Booking, BookingAddress, RescheduleBody } from './planning.schema.js';
import type { BookingRow } from './planning.table.js';

/** What `book` needs: the slot, the service, the customer and (else their service address) where to go. */
export interface BookInput {
  customerId: string;
  caseId?: string | null;
  orderId?: string | null;
  serviceId: string;
  templateId: string;
  date: string;
  address?: BookingAddress | PlanningAddress | null;
}

const full = () => new AppError('conflict', { subcode: 'booking.slot_full', detail: 'This time slot is fully booked; choose another.' });
const stale = () => new AppError('version_conflict', { detail: 'The booking was changed by someone else; reload it.' });

/** Bookings: capacity held atomically, moved and cancelled in one transaction, with calendar invites by mail. */
export function createBookings(deps: PlanningDeps, slots: Availability) {
  const { db, clock, audit, bus } = deps;
  const host = new URL(deps.baseUrl).hostname;
  const organizerEmail = deps.mailFrom?.match(/<([^>]+)>/)?.[1] ?? deps.mailFrom?.trim() ?? `planning@${host}`;

  async function cutoffOf(exec: Exec, templateId: string): Promise<number> {
    return (await planningRepo.template(exec, templateId))?.cutoffHours ?? 0;
  }

  async function present(exec: Exec, rows: BookingRow[]): Promise<Booking[]> {
    const cutoffs = new Map((await planningRepo.templates(exec)).map((t) => [t.id, t.cutoffHours]));
    return rows.map((r) => toBooking(r, cutoffs.get(r.templateId) ?? 0));
  }

  const load = async (exec: Exec, id: string) => found(await bookingRepo.findById(exec, id), 'Booking');

  async function ics(exec: Exec, row: BookingRow): Promise<string> {
    const service = await deps.service(row.serviceId, exec);
    return renderIcs(row, { host, companyName: await deps.companyName(), organizerEmail, summary: service.nameNl });
  }

  /**
   * Queues a booking mail in the transaction. The mail itself (customer, invite, company name) is composed
   * after commit by `sendBookingMail`: the booking transaction holds slot capacity and stays short, and it
   * does not call other modules' services that read outside it. The row is a snapshot, so a mail describes the
   * booking as it was when the event happened.
   */
  async function mail(trx: Exec, kind: BookingMailKind, row: BookingRow): Promise<void> {
    await bus.emit(trx, 'booking.mail', { kind, booking: row });
  }

  /** Composes and sends a queued booking mail; a customer without an email address gets none. */
  async function sendBookingMail(e: { kind: BookingMailKind; booking: BookingRow }, eventId: string): Promise<void> {
    const row = e.booking;
    const customer = await deps.customer(row.customerId);
    const to = customer && primaryEmail(customer);
    if (!customer || !to) return;
    const service = await deps.service(row.serviceId);
    const companyName = await deps.companyName();
    const invite = renderIcs(row, { host, companyName, organizerEmail, summary: customer.locale === 'en' ? service.nameEn || service.nameNl : service.nameNl });
    await deps.mailer.send(bookingMail(e.kind, row, { to, locale: customer.locale, name: customer.name }, service, invite, companyName), eventId);
  }
  bus.on('booking.mail', (e, meta) => sendBookingMail(e, meta.eventId));

  function addressFrom(input: BookInput['address'], customer: { addresses?: PlanningAddress[] } | undefined): PlanningAddress {
    if (input) return { ...input, houseNumberAddition: input.houseNumberAddition ?? '', country: input.country ?? 'NL', lat: input.lat ?? null, lng: input.lng ?? null };
    const a = customer?.addresses?.find((x) => x.kind === 'service') ?? customer?.addresses?.find((x) => x.kind !== 'billing') ?? customer?.addresses?.[0];
    if (!a) throw new AppError('unprocessable', { subcode: 'booking.no_address', detail: 'The customer has no service address; give one.' });
    return a;
  }

  async function book(trx: Exec, actor: Actor, input: BookInput): Promise<Booking> {
    const customer = await deps.customer(input.customerId, trx);
    if (!customer) throw new AppError('unprocessable', { subcode: 'booking.unknown_customer', detail: 'This customer does not exist.' });
    const address = addressFrom(input.address, customer);
    const service = await deps.service(input.serviceId, trx);
    if (!service.active) throw new AppError('unprocessable', { subcode: 'booking.service_inactive', detail: 'This service is no longer offered.' });
    const slot = await slots.checkSlot(trx, input.templateId, input.date, address.postcode, service);
    const now = clock.now().toISOString();
    const capacity = await slots.capacityOf(trx, slot.template, slot.date, service);
    if (!(await bookingRepo.hold(trx, slot.template.id, slot.date, slot.units, capacity, now))) throw full();
    const row: BookingRow = {
      id: newId(),
      customerId: input.customerId,
      caseId: input.caseId ?? null,
      orderId: input.orderId ?? null,
      serviceId: service.id,
      templateId: slot.template.id,
      date: slot.date,
      startsAt: slot.startsAt,
      endsAt: slot.endsAt,
      slotType: slot.template.slotType,
      region: slot.region,
      units: slot.units,
      basePriceCents: slot.basePriceCents,
      surchargeCents: slot.surchargeCents,
      vatCode: service.vatCode,
      street: address.street,
      houseNumber: address.houseNumber,
      houseNumberAddition: address.houseNumberAddition,
      postcode: address.postcode,
      city: address.city,
      country: address.country,
      lat: address.lat,
      lng: address.lng,
      status: 'confirmed',
      icsSequence: 0,
      reminderSentAt: null,
      cancelledAt: null,
      version: 1,
      createdAt: now,
      updatedAt: now,
    };
    await bookingRepo.insert(trx, row);
    const booking = toBooking(row, slot.template.cutoffHours);
    await audit.record(trx, actor, { action: 'booking.created', entityType: 'booking', entityId: row.id, after: booking });
    await mail(trx, 'confirmed', row);
    return booking;
  }

  async function cancelIn(trx: Exec, actor: Actor, id: string, version?: number, customerId?: string): Promise<Booking> {
    const row = await load(trx, id);
    if (customerId && row.customerId !== customerId) throw new AppError('not_found', { detail: 'Booking not found' });
    if (row.status === 'cancelled') throw new AppError('conflict', { subcode: 'booking.cancelled', detail: 'This booking is already cancelled.' });
    const now = clock.now().toISOString();
    const patch = { status: 'cancelled' as const, cancelledAt: now, updatedAt: now, icsSequence: row.icsSequence + 1 };
    if (!(await bookingRepo.updateVersioned(trx, id, version ?? row.version, patch))) throw stale();
    await bookingRepo.release(trx, row.templateId, row.date, row.units, now);
    const after = { ...row, ...patch, version: (version ?? row.version) + 1 };
    const cutoff = await cutoffOf(trx, row.templateId);
    await audit.record(trx, actor, { action: 'booking.cancelled', entityType: 'booking', entityId: id, before: toBooking(row, cutoff), after: toBooking(after, cutoff) });
    await bus.emit(trx, 'booking.cancelled', { bookingId: id, orderId: row.orderId });
    await mail(trx, 'cancelled', after);
    return toBooking(after, cutoff);
  }

  return {
    book,
    cancelIn,

    /** Books from the staff screen: checks the case belongs to the customer, then books in one transaction. */
    async createBooking(actor: Actor, input: BookInput): Promise<Booking> {
      if (input.caseId) {
        const owner = await deps.caseCustomer?.(input.caseId);
        if (owner !== input.customerId)
          throw new AppError('unprocessable', { subcode: 'booking.case_mismatch', detail: 'The case does not exist or belongs to another customer.' });
      }
      return db.transaction().execute((trx) => book(trx, actor, input));
    },

    /** Links a booking to the order it was sold on, inside the order's transaction. */
    async attachOrder(trx: Exec, bookingId: string, orderId: string): Promise<void> {
      const row = await load(trx, bookingId);
      if (!(await bookingRepo.updateVersioned(trx, bookingId, row.version, { orderId, updatedAt: clock.now().toISOString() }))) throw stale();
    },

    /**
     * Moves a booking to another slot up to its cut-off (start − the template's cut-off hours): releases the old
     * capacity and holds the new in one transaction, and mails an updated invite. `customerId` limits it to
     * that customer's own bookings.
     */
    async reschedule(actor: Actor, id: string, body: RescheduleBody, customerId?: string): Promise<Booking> {
      return db.transaction().execute(async (trx) => {
        const row = await load(trx, id);
        if (customerId && row.customerId !== customerId) throw new AppError('not_found', { detail: 'Booking not found' });
        if (row.status !== 'confirmed') throw new AppError('conflict', { subcode: 'booking.cancelled', detail: 'A cancelled booking cannot be moved.' });
        if (row.version !== body.version) throw stale();
        const cutoff = await cutoffOf(trx, row.templateId);
        if (clock.now().getTime() >= Date.parse(row.startsAt) - cutoff * 3_600_000)
          throw new AppError('unprocessable', { subcode: 'booking.past_cutoff', detail: `This booking can no longer be moved (up to ${cutoff} hours before the start).` });
        const service = await deps.service(row.serviceId, trx);
        const slot = await slots.checkSlot(trx, body.templateId, body.date, row.postcode, service);
        const now = clock.now().toISOString();
        await bookingRepo.release(trx, row.templateId, row.date, row.units, now);
        const capacity = await slots.capacityOf(trx, slot.template, slot.date, service);
        if (!(await bookingRepo.hold(trx, slot.template.id, slot.date, slot.units, capacity, now))) throw full();
        const patch = {
          templateId: slot.template.id,
          date: slot.date,
          startsAt: slot.startsAt,
          endsAt: slot.endsAt,
          slotType: slot.template.slotType,
          region: slot.region,
          units: slot.units,
          basePriceCents: slot.basePriceCents,
          surchargeCents: slot.surchargeCents,
          icsSequence: row.icsSequence + 1,
          reminderSentAt: null,
          updatedAt: now,
        };
        if (!(await bookingRepo.updateVersioned(trx, id, row.version, patch))) throw stale();
        const after = { ...row, ...patch, version: row.version + 1 };
        const booking = toBooking(after, slot.template.cutoffHours);
        await audit.record(trx, actor, { action: 'booking.rescheduled', entityType: 'booking', entityId: id, before: toBooking(row, cutoff), after: booking });
        await bus.emit(trx, 'booking.rescheduled', { bookingId: id, orderId: row.orderId, startsAt: after.startsAt, endsAt: after.endsAt });
        await mail(trx, 'rescheduled', after);
        return booking;
      });
    },

    /** Cancels a booking and gives its capacity back; the customer gets a cancelling invite. */
    cancel: (actor: Actor, id: string, version: number): Promise<Booking> => db.transaction().execute((trx) => cancelIn(trx, actor, id, version)),

    async getBooking(id: string, exec: Exec = db): Promise<Booking> {
      return (await present(exec, [await load(exec, id)]))[0];
    },

    /** A customer's own booking; someone else's is not found. */
    async customerBooking(customerId: string, id: string): Promise<Booking> {
      const row = await bookingRepo.findById(db, id);
      if (!row || row.customerId !== customerId) throw new AppError('not_found', { detail: 'Booking not found' });
      return (await present(db, [row]))[0];
    },

    /** Bookings starting on the local dates from–to, for the planning board. */
    async listBookings(q: { from: string; to: string; status?: 'confirmed' | 'cancelled' }, exec: Exec = db): Promise<Booking[]> {
      return present(exec, await bookingRepo.between(exec, localToUtc(q.from, '00:00'), localToUtc(addDays(q.to, 1), '00:00'), q.status));
    },

    customerBookings: async (customerId: string): Promise<Booking[]> => present(db, await bookingRepo.ofCustomer(db, customerId)),
    bookingsOfCase: async (caseId: string, exec: Exec = db): Promise<Booking[]> => present(exec, await bookingRepo.ofCase(exec, caseId)),

    /** The booking's calendar invite (text/calendar). */
    async bookingIcs(booking: Booking | string, exec: Exec = db): Promise<string> {
      return ics(exec, await load(exec, typeof booking === 'string' ? booking : booking.id));
    },

    /** Sends the day-before reminder for bookings tomorrow (local date), once each; returns how many were sent. */
    async reminderTick(limit = 100): Promise<number> {
      const tomorrow = addDays(localDateOf(clock.now()), 1);
      let sent = 0;
      for (const row of await bookingRepo.dueReminders(db, tomorrow, limit)) {
        const claimed = await db.transaction().execute(async (trx) => {
          if (!(await bookingRepo.claimReminder(trx, row.id, clock.now().toISOString()))) return false;
          await mail(trx, 'reminder', row);
          return true;
        });
        if (claimed) sent += 1;
      }
      return sent;
    },
  };
}

export type Bookings = ReturnType<typeof createBookings>;

declare module '../../kernel/events/bus.js' {
  interface EventMap {
    /** A booking moved to another slot (before its cut-off). */
    'booking.rescheduled': { bookingId: string; orderId: string | null; startsAt: string; endsAt: string };
    /** A confirmation, change, cancellation or reminder to mail to the customer (a snapshot of the booking). */
    'booking.mail': { kind: BookingMailKind; booking: BookingRow };
    /** A booking was cancelled and its capacity released. */
    'booking.cancelled': { bookingId: string; orderId: string | null };
  }
}
