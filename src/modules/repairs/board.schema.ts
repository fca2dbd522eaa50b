import { z } from 'zod';
import { RepairAddress, RepairKind, RepairStatus } from './repair.schema.js';

export const BoardQuery = z.strictObject({
  from: z.iso.date(),
  to: z.iso.date(),
  view: z.enum(['technician', 'workshop']).default('technician'),
});
export type BoardQuery = z.infer<typeof BoardQuery>;

/**
 * A job on the board. `technicianId` null means unplanned; `window` null means no time yet. An optimiser can
 * read `estimatedMinutes`, `requiredSkills`, `lat`/`lng` and the technicians' `days`, and answer with
 * `{jobId, technicianId, scheduledStart, scheduledEnd}` per job, which `POST /repair-orders/:id/assign` applies
 * (with the job's `version`) — so the board is both the input and the target shape of automatic planning.
 */
export const BoardJob = z.object({
  id: z.string(),
  number: z.string(),
  kind: RepairKind,
  status: RepairStatus,
  technicianId: z.string().nullable(),
  window: z.object({ start: z.string(), end: z.string() }).nullable(),
  /** The local date of the window start. */
  date: z.string().nullable(),
  customerId: z.string(),
  customerName: z.string(),
  address: RepairAddress.nullable(),
  postcode: z.string().nullable(),
  serviceId: z.string().nullable(),
  serviceName: z.string().nullable(),
  requiredSkills: z.array(z.string()),
  estimatedMinutes: z.number().int(),
  version: z.number().int(),
});
export type BoardJob = z.infer<typeof BoardJob>;

export const TravelLeg = z.object({ fromJobId: z.string(), toJobId: z.string(), km: z.number().nullable() });
export const BoardDay = z.object({
  date: z.string(),
  availableMinutes: z.number().int(),
  plannedMinutes: z.number().int(),
  /** Job ids in time order. */
  jobIds: z.array(z.string()),
  /** Estimated road km between consecutive jobs (haversine × 1.3); null for a leg without coordinates. */
  travel: z.array(TravelLeg),
  travelKm: z.number(),
});
export const BoardTechnician = z.object({ id: z.string(), name: z.string(), skills: z.array(z.string()), days: z.array(BoardDay) });
export const Board = z.object({
  from: z.string(),
  to: z.string(),
  view: z.enum(['technician', 'workshop']),
  dates: z.array(z.string()),
  technicians: z.array(BoardTechnician),
  jobs: z.array(BoardJob),
  /** Ids of jobs without a technician, also included in `jobs`. */
  unplanned: z.array(z.string()),
});
export type Board = z.infer<typeof Board>;

export const TechnicianJobsQuery = z.strictObject({ date: z.iso.date(), technicianId: z.uuid().optional() });
export const TechnicianJob = BoardJob.extend({
  /** The phone number to call about the job: the primary contact's, else the first contact's with one. */
  customerPhone: z.string().nullable(),
  fault: z.string(),
  caseId: z.string().nullable(),
  orderId: z.string().nullable(),
  startedAt: z.string().nullable(),
  completedAt: z.string().nullable(),
});
export const TechnicianJobs = z.object({ date: z.string(), technicianId: z.string(), items: z.array(TechnicianJob) });
