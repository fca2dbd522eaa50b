import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import type { StaffRole } from '../../kernel/auth/principal.js';
import { actorOf } from '../../kernel/context.js';
import { AppError } from '../../kernel/errors.js';
import type { App } from '../../kernel/http/build-app.js';
import type { Planning } from './planning.module.js';
import {
  Absence,
  AbsenceParams,
  AvailabilityQuery,
  Booking,
  BookingList,
  BookingsQuery,
  CancelBody,
  ClosureDay,
  ClosureDaysQuery,
  CreateAbsenceBody,
  CreateBookingBody,
  CreateClosureDayBody,
  CreateSlotTemplateBody,
  IdParams,
  PortalAvailabilityQuery,
  PutTechnicianHoursBody,
  RescheduleBody,
  SlotList,
  SlotTemplate,
  TechnicianHours,
  UpdateSlotTemplateBody,
  UserParams,
} from './planning.schema.js';

const setupRoles: readonly StaffRole[] = ['admin', 'manager', 'planner'];
const bookingRoles: readonly StaffRole[] = ['admin', 'manager', 'agent', 'planner'];
const setup = { access: { roles: setupRoles, scope: 'planning' } };
const booking = { access: { roles: bookingRoles, scope: 'planning' } };
const customer = { access: 'customer' as const };

function customerIdOf(req: { principal: unknown }): string {
  const p = req.principal as { kind?: string; customerId?: string } | null;
  if (p?.kind !== 'customer' || !p.customerId) throw new AppError('forbidden', { detail: 'Only customers signed in to the portal may do this.' });
  return p.customerId;
}

function sendIcs(reply: FastifyReply, ics: string): FastifyReply {
  return reply.type('text/calendar; charset=utf-8').header('content-disposition', 'attachment; filename="afspraak.ics"').send(ics);
}

/** Planning setup for planners, availability and bookings for staff, and the portal's bookings. */
export function planningRoutes(app: App, p: Planning): void {
  const tags = ['planning'];
  const s = p.setup;

  app.get('/api/v1/planning/slot-templates', { config: setup, schema: { tags, response: { 200: z.object({ items: z.array(SlotTemplate) }) } } }, async () => ({
    items: await s.listTemplates(),
  }));
  app.post('/api/v1/planning/slot-templates', { config: setup, schema: { tags, body: CreateSlotTemplateBody, response: { 201: SlotTemplate } } }, async (req, reply) =>
    reply.status(201).send(await s.createTemplate(actorOf(req), req.body)),
  );
  app.get('/api/v1/planning/slot-templates/:id', { config: setup, schema: { tags, params: IdParams, response: { 200: SlotTemplate } } }, async (req) =>
    s.getTemplate(req.params.id),
  );
  app.patch(
    '/api/v1/planning/slot-templates/:id',
    { config: setup, schema: { tags, params: IdParams, body: UpdateSlotTemplateBody, response: { 200: SlotTemplate } } },
    async (req) => s.updateTemplate(actorOf(req), req.params.id, req.body),
  );

  app.get('/api/v1/planning/closure-days', { config: setup, schema: { tags, querystring: ClosureDaysQuery, response: { 200: z.object({ items: z.array(ClosureDay) }) } } }, async (req) => ({
    items: await s.listClosureDays(req.query.from, req.query.to),
  }));
  app.post('/api/v1/planning/closure-days', { config: setup, schema: { tags, body: CreateClosureDayBody, response: { 201: ClosureDay } } }, async (req, reply) =>
    reply.status(201).send(await s.addClosureDay(actorOf(req), req.body)),
  );
  app.delete('/api/v1/planning/closure-days/:id', { config: setup, schema: { tags, params: IdParams } }, async (req, reply) => {
    await s.removeClosureDay(actorOf(req), req.params.id);
    return reply.status(204).send();
  });

  app.get('/api/v1/planning/technicians/:userId/hours', { config: setup, schema: { tags, params: UserParams, response: { 200: TechnicianHours } } }, async (req) =>
    s.technicianHours(req.params.userId),
  );
  app.put(
    '/api/v1/planning/technicians/:userId/hours',
    { config: setup, schema: { tags, params: UserParams, body: PutTechnicianHoursBody, response: { 200: TechnicianHours } } },
    async (req) => s.setTechnicianHours(actorOf(req), req.params.userId, req.body),
  );
  app.get('/api/v1/planning/technicians/:userId/absences', { config: setup, schema: { tags, params: UserParams, response: { 200: z.object({ items: z.array(Absence) }) } } }, async (req) => ({
    items: await s.absences(req.params.userId),
  }));
  app.post(
    '/api/v1/planning/technicians/:userId/absences',
    { config: setup, schema: { tags, params: UserParams, body: CreateAbsenceBody, response: { 201: Absence } } },
    async (req, reply) => reply.status(201).send(await s.addAbsence(actorOf(req), req.params.userId, req.body)),
  );
  app.delete('/api/v1/planning/technicians/:userId/absences/:id', { config: setup, schema: { tags, params: AbsenceParams } }, async (req, reply) => {
    await s.removeAbsence(actorOf(req), req.params.userId, req.params.id);
    return reply.status(204).send();
  });

  app.get('/api/v1/availability', { config: booking, schema: { tags, querystring: AvailabilityQuery, response: { 200: SlotList } } }, async (req) => p.availability(req.query));
  app.get('/api/v1/bookings', { config: booking, schema: { tags, querystring: BookingsQuery, response: { 200: BookingList } } }, async (req) => ({
    items: await p.listBookings(req.query),
  }));
  app.post('/api/v1/bookings', { config: booking, schema: { tags, body: CreateBookingBody, response: { 201: Booking } } }, async (req, reply) =>
    reply.status(201).send(await p.createBooking(actorOf(req), req.body)),
  );
  app.get('/api/v1/bookings/:id', { config: booking, schema: { tags, params: IdParams, response: { 200: Booking } } }, async (req) => p.getBooking(req.params.id));
  app.post('/api/v1/bookings/:id/reschedule', { config: booking, schema: { tags, params: IdParams, body: RescheduleBody, response: { 200: Booking } } }, async (req) =>
    p.reschedule(actorOf(req), req.params.id, req.body),
  );
  app.post('/api/v1/bookings/:id/cancel', { config: booking, schema: { tags, params: IdParams, body: CancelBody, response: { 200: Booking } } }, async (req) =>
    p.cancel(actorOf(req), req.params.id, req.body.version),
  );
  app.get('/api/v1/bookings/:id/ics', { config: booking, schema: { tags, params: IdParams } }, async (req, reply) => sendIcs(reply, await p.bookingIcs(req.params.id)));

  const portalTags = ['portal'];
  app.get('/api/v1/portal/availability', { config: customer, schema: { tags: portalTags, querystring: PortalAvailabilityQuery, response: { 200: SlotList } } }, async (req) =>
    p.customerAvailability(customerIdOf(req), req.query),
  );
  app.get('/api/v1/portal/bookings', { config: customer, schema: { tags: portalTags, response: { 200: BookingList } } }, async (req) => ({
    items: await p.customerBookings(customerIdOf(req)),
  }));
  app.post(
    '/api/v1/portal/bookings/:id/reschedule',
    { config: customer, schema: { tags: portalTags, params: IdParams, body: RescheduleBody, response: { 200: Booking } } },
    async (req) => p.reschedule(actorOf(req), req.params.id, req.body, customerIdOf(req)),
  );
  app.get('/api/v1/portal/bookings/:id/ics', { config: customer, schema: { tags: portalTags, params: IdParams } }, async (req, reply) => {
    const own = await p.customerBooking(customerIdOf(req), req.params.id);
    return sendIcs(reply, await p.bookingIcs(own.id));
  });
}
