import type { Actor } from '../../kernel/context.js';
import { AppError } from '../../kernel/errors.js';
import type { RepairOrderRow } from './repairs.table.js';

/** The staff member behind an actor, or null for system work. */
export function userIdOf(actor: Actor): string | null {
  const p = actor.principal;
  return p && p.kind !== 'customer' ? p.userId : null;
}

export function isTechnician(actor: Actor): boolean {
  const p = actor.principal;
  return Boolean(p && p.kind !== 'customer' && p.role === 'technician');
}

/** A technician sees and works only their own jobs; anyone else's answers 404, as if it did not exist. */
export function assertVisible(actor: Actor, row: RepairOrderRow | undefined): RepairOrderRow {
  if (!row || (isTechnician(actor) && row.technicianId !== userIdOf(actor))) throw new AppError('not_found', { detail: 'Repair order not found.' });
  return row;
}

export function assertVersion(row: { version: number }, version: number): void {
  if (row.version !== version) throw new AppError('version_conflict', { detail: 'This repair order was changed by someone else; reload it and try again.' });
}
