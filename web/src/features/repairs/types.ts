/** Repair, board and technician types, inferred from the server's schemas (type-only imports). */
import type { z } from 'zod';
import type { Part as PartSchema } from '../../../../src/modules/catalog/catalog.schema';
import type { BoardJob as BoardJobSchema, Board as BoardSchema, TechnicianJob as TechnicianJobSchema, TechnicianJobs as TechnicianJobsSchema } from '../../../../src/modules/repairs/board.schema';
import type {
  AssignBody as AssignBodySchema,
  CompleteBody as CompleteBodySchema,
  RepairKind as RepairKindSchema,
  RepairOrderDetail as RepairOrderDetailSchema,
  RepairOrder as RepairOrderSchema,
  RepairStatus as RepairStatusSchema,
  UpdateRepairBody as UpdateRepairBodySchema,
} from '../../../../src/modules/repairs/repair.schema';

export type RepairKind = z.infer<typeof RepairKindSchema>;
export type RepairStatus = z.infer<typeof RepairStatusSchema>;
export type RepairOrder = z.infer<typeof RepairOrderSchema>;
export type RepairOrderDetail = z.infer<typeof RepairOrderDetailSchema>;
export type Board = z.infer<typeof BoardSchema>;
export type BoardJob = z.infer<typeof BoardJobSchema>;
export type BoardTechnician = Board['technicians'][number];
export type BoardDay = BoardTechnician['days'][number];
export type TechnicianJob = z.infer<typeof TechnicianJobSchema>;
export type TechnicianJobs = z.infer<typeof TechnicianJobsSchema>;
export type AssignBody = z.input<typeof AssignBodySchema>;
export type CompleteBody = z.input<typeof CompleteBodySchema>;
export type RepairChanges = Omit<z.input<typeof UpdateRepairBodySchema>, 'version'>;
export type CatalogPart = z.infer<typeof PartSchema>;

export const REPAIR_STATUSES: readonly RepairStatus[] = ['created', 'planned', 'in_progress', 'waiting_for_parts', 'ready', 'completed', 'cancelled'];
export const REPAIR_KINDS: readonly RepairKind[] = ['workshop', 'home', 'delivery'];

export const STATUS_COLORS: Record<RepairStatus, string> = {
  created: 'gray',
  planned: 'blue',
  in_progress: 'orange',
  waiting_for_parts: 'yellow',
  ready: 'teal',
  completed: 'green',
  cancelled: 'red',
};

/** The timestamp column of each status, for the timeline. */
export const STATUS_AT: Record<RepairStatus, keyof RepairOrder> = {
  created: 'createdAt',
  planned: 'plannedAt',
  in_progress: 'startedAt',
  waiting_for_parts: 'waitingForPartsAt',
  ready: 'readyAt',
  completed: 'completedAt',
  cancelled: 'cancelledAt',
};
