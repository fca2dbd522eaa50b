import { AppError } from '../../kernel/errors.js';
import { createAvailability } from './availability.js';
import { createBookings } from './booking.service.js';
import type { PlanningDeps } from './planning.core.js';
import { regionOf } from './planning.rules.js';
import { createPlanningSetup } from './planning.service.js';

/**
 * Planning: slot templates with capacity and surcharges, availability with prices, bookings that hold capacity
 * atomically, technicians' hours, regions and absences, and the mails and calendar invites that go with them.
 */
export function createPlanning(deps: PlanningDeps) {
  const slots = createAvailability(deps);
  const bookings = createBookings(deps, slots);
  const setup = createPlanningSetup(deps);
  return {
    regionOf,
    availability: slots.availability,
    technicianDays: slots.technicianDays,
    ...bookings,

    /** Slots for a portal customer at their own service address. */
    async customerAvailability(customerId: string, q: { serviceId: string; from: string; to: string }) {
      const customer = await deps.customer(customerId);
      const address = customer?.addresses?.find((a) => a.kind === 'service') ?? customer?.addresses?.find((a) => a.kind !== 'billing');
      if (!address) throw new AppError('unprocessable', { subcode: 'booking.no_address', detail: 'We have no service address for you; please contact us.' });
      return slots.availability({ ...q, postcode: address.postcode });
    },
    setup,
  };
}

export type Planning = ReturnType<typeof createPlanning>;
