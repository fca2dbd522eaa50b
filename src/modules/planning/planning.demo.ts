import type { DbExecutor } from '../../kernel/db/types.js';
import { planningDemoRepo } from './planning.demo.repo.js';
import type { PlanningTables } from './planning.table.js';

// biome-ignore lint/suspicious/noExplicitAny: callers pass executors typed with the whole application's database
type AnyDb = DbExecutor<any>;

/** The demo planning set-up: slot templates, closure days, and technicians' hours, absences and regions. */
export async function insertDemoPlanningSetup(
  trx: AnyDb,
  rows: {
    templates: PlanningTables['slotTemplates'][];
    closureDays: PlanningTables['closureDays'][];
    hours: PlanningTables['technicianHours'][];
    absences: PlanningTables['technicianAbsences'][];
    regions: PlanningTables['technicianRegions'][];
  },
): Promise<void> {
  await planningDemoRepo.insertSetup(trx as DbExecutor<PlanningTables>, rows);
}

/** Demo bookings as they are (confirmed or cancelled). */
export async function insertDemoBookings(trx: AnyDb, rows: PlanningTables['bookings'][]): Promise<void> {
  await planningDemoRepo.insertBookings(trx as DbExecutor<PlanningTables>, rows);
}

/** The slot capacity held by the demo bookings. */
export async function insertDemoSlotUsage(trx: AnyDb, rows: PlanningTables['slotUsage'][]): Promise<void> {
  await planningDemoRepo.insertUsage(trx as DbExecutor<PlanningTables>, rows);
}
