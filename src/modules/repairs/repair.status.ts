import { AppError } from '../../kernel/errors.js';
import type { RepairKind, RepairOrderRow, RepairStatus } from './repairs.table.js';

/** The status machine; `completed` and `cancelled` are final. */
const NEXT: Record<RepairStatus, RepairStatus[]> = {
  created: ['planned', 'in_progress', 'cancelled'],
  planned: ['in_progress', 'cancelled'],
  in_progress: ['waiting_for_parts', 'ready', 'completed', 'cancelled'],
  waiting_for_parts: ['in_progress', 'cancelled'],
  ready: ['completed', 'cancelled'],
  completed: [],
  cancelled: [],
};

/** The column that records when an order first reached each status. */
export const STAMP: Record<RepairStatus, keyof RepairOrderRow> = {
  created: 'createdAt',
  planned: 'plannedAt',
  in_progress: 'startedAt',
  waiting_for_parts: 'waitingForPartsAt',
  ready: 'readyAt',
  completed: 'completedAt',
  cancelled: 'cancelledAt',
};

export const isFinal = (s: RepairStatus) => s === 'completed' || s === 'cancelled';

/** Whether the machine allows `from` → `to` for a kind (only workshop jobs wait at `ready` for pick-up or shipment, and only they start unplanned). */
export function canMove(kind: RepairKind, from: RepairStatus, to: RepairStatus): boolean {
  if (!NEXT[from].includes(to)) return false;
  if (to === 'ready' && kind !== 'workshop') return false;
  // The workshop may start on a product handed in at the counter without a planned slot; visits need a plan.
  if (from === 'created' && to === 'in_progress' && kind !== 'workshop') return false;
  return true;
}

/** Throws the 409 of a transition the machine does not allow. */
export function assertMove(kind: RepairKind, from: RepairStatus, to: RepairStatus): void {
  if (!canMove(kind, from, to))
    throw new AppError('conflict', { subcode: 'repair.bad_transition', detail: `A ${kind} repair order cannot go from ${from} to ${to}.` });
}
