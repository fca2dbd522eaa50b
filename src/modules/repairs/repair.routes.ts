import { z } from 'zod';
import { actorOf } from '../../kernel/context.js';
import { ANY_STAFF } from '../../kernel/http/access.js';
import type { App } from '../../kernel/http/build-app.js';
import { Board, BoardQuery, TechnicianJobs, TechnicianJobsQuery } from './board.schema.js';
import type { RepairBoard } from './repair.board.js';
import { readPhoto, sendPhoto } from './repair.files.js';
import {
  AssignBody,
  CompleteBody,
  CreateRepairBody,
  ListRepairsQuery,
  PartBody,
  PhotoParams,
  PortalRepair,
  RepairOrder,
  RepairOrderDetail,
  RepairOrderPage,
  RepairParams,
  RepairPart,
  RepairPhoto,
  StatusBody,
  TimeEntry,
  TimeEntryBody,
  TravelBody,
  UpdateRepairBody,
} from './repair.schema.js';
import type { RepairCore } from './repair.service.js';
import type { RepairWork } from './repair.work.js';

const scope = 'repairs';
const all = { roles: ANY_STAFF, scope };
const desk = { roles: ['admin', 'manager', 'agent', 'planner'] as const, scope };
const planners = { roles: ['admin', 'manager', 'planner'] as const, scope };
const field = { roles: ['admin', 'manager', 'planner', 'technician'] as const, scope };

/** Repair orders, the planning board, the technician's day, and the customer's view in the portal. */
export function repairRoutes(app: App, s: { core: RepairCore; work: RepairWork; board: RepairBoard }): void {
  const { core, work, board } = s;
  const tags = ['repairs'];
  app.get('/api/v1/repair-orders', { config: { access: all }, schema: { tags, querystring: ListRepairsQuery, response: { 200: RepairOrderPage } } }, async (req) =>
    core.list(actorOf(req), req.query),
  );
  app.post('/api/v1/repair-orders', { config: { access: desk }, schema: { tags, body: CreateRepairBody, response: { 201: RepairOrder } } }, async (req, reply) =>
    reply.status(201).send(await core.create(actorOf(req), req.body)),
  );
  app.get('/api/v1/repair-orders/:id', { config: { access: all }, schema: { tags, params: RepairParams, response: { 200: RepairOrderDetail } } }, async (req) =>
    work.detail(actorOf(req), req.params.id),
  );
  app.patch(
    '/api/v1/repair-orders/:id',
    { config: { access: all }, schema: { tags, params: RepairParams, body: UpdateRepairBody, response: { 200: RepairOrder } } },
    async (req) => core.update(actorOf(req), req.params.id, req.body),
  );
  app.post(
    '/api/v1/repair-orders/:id/status',
    { config: { access: all }, schema: { tags, params: RepairParams, body: StatusBody, response: { 200: RepairOrder } } },
    async (req) => core.changeStatus(actorOf(req), req.params.id, req.body.status, req.body.version),
  );
  app.post(
    '/api/v1/repair-orders/:id/assign',
    { config: { access: planners }, schema: { tags, params: RepairParams, body: AssignBody, response: { 200: RepairOrder } } },
    async (req) => core.assign(actorOf(req), req.params.id, req.body),
  );
  app.post(
    '/api/v1/repair-orders/:id/time-entries',
    { config: { access: field }, schema: { tags, params: RepairParams, body: TimeEntryBody, response: { 201: TimeEntry } } },
    async (req, reply) => reply.status(201).send(await work.addTime(actorOf(req), req.params.id, req.body)),
  );
  app.post(
    '/api/v1/repair-orders/:id/parts',
    { config: { access: field }, schema: { tags, params: RepairParams, body: PartBody, response: { 201: RepairPart } } },
    async (req, reply) => reply.status(201).send(await work.useParts(actorOf(req), req.params.id, req.body)),
  );
  app.post(
    '/api/v1/repair-orders/:id/travel',
    { config: { access: field }, schema: { tags, params: RepairParams, body: TravelBody, response: { 200: RepairOrder } } },
    async (req) => work.setTravel(actorOf(req), req.params.id, req.body.km),
  );
  app.post(
    '/api/v1/repair-orders/:id/photos',
    { config: { access: all }, schema: { tags, params: RepairParams, consumes: ['multipart/form-data'], response: { 201: RepairPhoto } } },
    async (req, reply) => {
      await work.detail(actorOf(req), req.params.id);
      return reply.status(201).send(await work.addPhoto(actorOf(req), req.params.id, await readPhoto(req)));
    },
  );
  app.get('/api/v1/repair-orders/:id/photos/:photoId', { config: { access: all }, schema: { tags, params: PhotoParams } }, async (req, reply) =>
    sendPhoto(reply, await work.photo(actorOf(req), req.params.id, req.params.photoId)),
  );
  app.post(
    '/api/v1/repair-orders/:id/complete',
    { config: { access: field }, schema: { tags, params: RepairParams, body: CompleteBody, response: { 200: RepairOrder } } },
    async (req) => work.complete(actorOf(req), req.params.id, req.body),
  );

  app.get(
    '/api/v1/planning/board',
    { config: { access: { roles: ['admin', 'manager', 'agent', 'planner'], scope } }, schema: { tags: ['planning'], querystring: BoardQuery, response: { 200: Board } } },
    async (req) => board.board(req.query),
  );
  app.get(
    '/api/v1/technician/jobs',
    { config: { access: all }, schema: { tags, querystring: TechnicianJobsQuery, response: { 200: TechnicianJobs } } },
    async (req) => board.technicianJobs(actorOf(req), req.query.date, req.query.technicianId),
  );

  app.get('/api/v1/portal/repairs', { config: { access: 'customer' }, schema: { tags: ['portal'], response: { 200: z.object({ items: z.array(PortalRepair) }) } } }, async (req) => ({
    items: await core.ofCustomer((req.principal as { customerId: string }).customerId),
  }));
}
