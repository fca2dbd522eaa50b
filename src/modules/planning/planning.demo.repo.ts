import type { DbExecutor } from '../../kernel/db/types.js';
import { insertInChunks } from '../../kernel/db/sql-helpers.js';
import type { PlanningTables } from './planning.table.js';

type Db = DbExecutor<PlanningTables>;

/** Bulk inserts of the demo planning: set-up, bookings and the capacity they hold. */
export const planningDemoRepo = {
  async insertSetup(
    db: Db,
    rows: {
      templates: PlanningTables['slotTemplates'][];
      closureDays: PlanningTables['closureDays'][];
      hours: PlanningTables['technicianHours'][];
      absences: PlanningTables['technicianAbsences'][];
      regions: PlanningTables['technicianRegions'][];
    },
  ): Promise<void> {
    await insertInChunks(rows.templates, (slice) => db.insertInto('slotTemplates').values(slice).execute());
    await insertInChunks(rows.closureDays, (slice) => db.insertInto('closureDays').values(slice).execute());
    await insertInChunks(rows.hours, (slice) => db.insertInto('technicianHours').values(slice).execute());
    await insertInChunks(rows.absences, (slice) => db.insertInto('technicianAbsences').values(slice).execute());
    await insertInChunks(rows.regions, (slice) => db.insertInto('technicianRegions').values(slice).execute());
  },
  insertBookings: (db: Db, rows: PlanningTables['bookings'][]) => insertInChunks(rows, (slice) => db.insertInto('bookings').values(slice).execute()),
  insertUsage: (db: Db, rows: PlanningTables['slotUsage'][]) => insertInChunks(rows, (slice) => db.insertInto('slotUsage').values(slice).execute()),
};
