import type { Actor } from '../../kernel/context.js';
import type { App } from '../../kernel/http/build-app.js';
import { loanerRoutes } from './loaner.routes.js';
import { createLoaners } from './loaner.service.js';
import { createRepairBoard } from './repair.board.js';
import { repairRoutes } from './repair.routes.js';
import type { CreateForOrderInput } from './repair.create.js';
import { createRepairCore } from './repair.service.js';
import { createRepairWork } from './repair.work.js';
import type { RepairsDeps, Tx } from './repairs.deps.js';
import type { RepairKind } from './repairs.table.js';

/**
 * The repairs module: repair orders and the work recorded on them, the planning board, the technician's day, the
 * customer's repair status, and the loaner pool.
 */
export function createRepairs(deps: RepairsDeps) {
  const core = createRepairCore(deps);
  const work = createRepairWork(deps, core);
  const board = createRepairBoard(deps);
  const loaners = createLoaners(deps);
  return {
    /** Creates the repair order of an ordered repair-kind service, inside the orders module's transaction. */
    createForOrder: (trx: Tx, input: CreateForOrderInput) => core.createForOrder(trx, input),
    /** Moves the window of the visits on a booking that was rescheduled (after commit, from the event). */
    bookingMoved: (bookingId: string, startsAt: string, endsAt: string) => core.bookingMoved(bookingId, startsAt, endsAt),
    /** Cancels the open repair orders of an order that is being cancelled, in the caller's transaction. */
    cancelForOrder: (trx: Tx, actor: Actor, orderId: string) => core.cancelForOrder(trx, actor, orderId),
    /** Repair orders whose window starts within the local dates `from`..`to`, in time order. */
    jobsBetween: (from: string, to: string, opts: { technicianId?: string; kinds?: RepairKind[] } = {}, exec?: Tx) => board.jobsBetween(from, to, opts, exec),
    /** Sends the overdue-loaner reminders that are due; returns how many. */
    overdueTick: () => loaners.overdueTick(),
    core,
    work,
    board,
    loaners,
    routes(app: App): void {
      repairRoutes(app, { core, work, board });
      loanerRoutes(app, loaners);
    },
  };
}

export type Repairs = ReturnType<typeof createRepairs>;
