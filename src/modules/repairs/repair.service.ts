import { type Actor, SYSTEM_ACTOR } from '../../kernel/context.js';
import { AppError } from '../../kernel/errors.js';
import { newId } from '../../kernel/ids.js';
import { assertVersion, assertVisible, userIdOf } from './repair.access.js';
import { createRepairCreation } from './repair.create.js';
import { addressColumns, contactPhone, toPortalRepair, toRepairOrder } from './repair.mapping.js';
import { type RepairFilter, repairRepo } from './repair.repo.js';
import type { AssignBody, ListRepairsQuery, RepairOrder, UpdateRepairBody } from './repair.schema.js';
import { assertMove, isFinal, STAMP } from './repair.status.js';
import type { RepairsDeps, Tx } from './repairs.deps.js';
import type { RepairOrderRow, RepairStatus } from './repairs.table.js';

const iso = (s: string) => new Date(s).toISOString();

/** Repair orders: creation (from an order or by hand), the status machine, assignment and workshop fields. */
export function createRepairCore(deps: RepairsDeps) {
  const { db, clock, audit } = deps;

  /** The customer's name and the phone number to call them on. */
  async function customerContact(id: string, exec: Tx = db): Promise<{ name: string; phone: string | null }> {
    const customer = await deps.customers.summary(id, exec);
    return { name: customer?.name ?? '', phone: contactPhone(customer?.contacts ?? []) };
  }
  async function customerName(id: string, exec: Tx = db): Promise<string> {
    return (await customerContact(id, exec)).name;
  }
  async function view(row: RepairOrderRow, exec: Tx = db): Promise<RepairOrder> {
    return toRepairOrder(row, await customerName(row.customerId, exec), clock.now());
  }
  async function reload(exec: Tx, id: string): Promise<RepairOrderRow> {
    return (await repairRepo.findById(exec, id)) as RepairOrderRow;
  }

  /** Moves an order to `to` (the machine must allow it), stamping the status column once and appending history. */
  async function transition(trx: Tx, actor: Actor, row: RepairOrderRow, to: RepairStatus, extra: Partial<RepairOrderRow> = {}) {
    assertMove(row.kind, row.status, to);
    const at = clock.now().toISOString();
    const stamp = STAMP[to];
    const patch: Partial<RepairOrderRow> = { ...extra, status: to, updatedAt: at };
    if (row[stamp] === null) (patch as Record<string, unknown>)[stamp] = at;
    if (to === 'completed') {
      if (row.kind === 'workshop' && row.returnedAt === null && extra.returnedAt === undefined) patch.returnedAt = at;
      if (row.firstTimeFix === null && extra.firstTimeFix === undefined) patch.firstTimeFix = true;
    }
    if (!(await repairRepo.update(trx, row.id, row.version, patch))) assertVersion({ version: -1 }, row.version);
    await repairRepo.insertHistory(trx, { id: newId(), repairOrderId: row.id, fromStatus: row.status, toStatus: to, at, userId: userIdOf(actor) });
    await audit.record(trx, actor, {
      action: 'repair_order.status_changed',
      entityType: 'repair_order',
      entityId: row.id,
      before: { status: row.status },
      after: { status: to },
    });
    if (to === 'completed' && row.orderId) await deps.orders.completeIfDone(trx, row.orderId, row.id);
    return reload(trx, row.id);
  }

  return {
    view,
    transition,
    customerName,
    customerContact,
    ...createRepairCreation(deps, view),

    /**
     * Follows a booking the customer or an agent moved: the visit's window becomes the booking's. A technician
     * already assigned stays on the job; the board shows the new window, where the planner can move it.
     */
    async bookingMoved(bookingId: string, startsAt: string, endsAt: string): Promise<number> {
      return db.transaction().execute(async (trx) => {
        const open = await repairRepo.openOfBooking(trx, bookingId);
        const start = new Date(startsAt).toISOString();
        const end = new Date(endsAt).toISOString();
        let moved = 0;
        for (const row of open) {
          if (row.scheduledStart === start && row.scheduledEnd === end) continue;
          const patch = { scheduledStart: start, scheduledEnd: end, updatedAt: clock.now().toISOString() };
          if (!(await repairRepo.update(trx, row.id, row.version, patch))) assertVersion({ version: -1 }, row.version);
          await audit.record(trx, SYSTEM_ACTOR, { action: 'repair_order.rescheduled', entityType: 'repair_order', entityId: row.id, before: { scheduledStart: row.scheduledStart, scheduledEnd: row.scheduledEnd }, after: patch });
          moved++;
        }
        return moved;
      });
    },

    /** Cancels the open repair orders of a cancelled order, inside the orders module's transaction. */
    async cancelForOrder(trx: Tx, actor: Actor, orderId: string): Promise<number> {
      const open = await repairRepo.openOfOrder(trx, orderId);
      for (const row of open) await transition(trx, actor, row, 'cancelled');
      return open.length;
    },

    async get(actor: Actor, id: string): Promise<RepairOrderRow> {
      return assertVisible(actor, await repairRepo.findById(db, id));
    },

    async list(actor: Actor, q: ListRepairsQuery) {
      const f: RepairFilter = { status: q.status, kind: q.kind, technicianId: q.technicianId, customerId: q.customerId, caseId: q.caseId, orderId: q.orderId };
      if (q.open) f.openOnly = q.open === 'true';
      // A technician's list is their own jobs, whatever filter they send.
      if (actor.principal?.kind !== 'customer' && actor.principal?.role === 'technician') f.technicianId = actor.principal.userId;
      const [rows, total] = await Promise.all([repairRepo.list(db, f, q.pageSize, (q.page - 1) * q.pageSize), repairRepo.count(db, f)]);
      const names = new Map<string, string>();
      for (const id of new Set(rows.map((r) => r.customerId))) names.set(id, await customerName(id));
      return { items: rows.map((r) => toRepairOrder(r, names.get(r.customerId) ?? '', clock.now())), total, page: q.page, pageSize: q.pageSize };
    },

    /** Workshop intake, diagnosis and return, the fault text and the address. */
    async update(actor: Actor, id: string, body: UpdateRepairBody): Promise<RepairOrder> {
      return db.transaction().execute(async (trx) => {
        const row = assertVisible(actor, await repairRepo.findById(trx, id));
        assertVersion(row, body.version);
        if (row.status === 'cancelled') throw new AppError('conflict', { subcode: 'repair.closed', detail: 'This repair order is cancelled.' });
        const patch: Partial<RepairOrderRow> = { updatedAt: clock.now().toISOString() };
        if (body.fault !== undefined) patch.fault = body.fault;
        if (body.receivedAt !== undefined) patch.receivedAt = body.receivedAt && iso(body.receivedAt);
        if (body.intakeNotes !== undefined) patch.intakeNotes = body.intakeNotes;
        if (body.diagnosis !== undefined) patch.diagnosis = body.diagnosis;
        if (body.returnMethod !== undefined) patch.returnMethod = body.returnMethod;
        if (body.returnedAt !== undefined) patch.returnedAt = body.returnedAt && iso(body.returnedAt);
        if (body.address !== undefined) Object.assign(patch, addressColumns(body.address));
        const received = patch.receivedAt ?? row.receivedAt;
        const returned = patch.returnedAt ?? row.returnedAt;
        if (received && returned && returned < received) throw new AppError('unprocessable', { detail: 'The product cannot be returned before it was received.' });
        if (!(await repairRepo.update(trx, id, row.version, patch))) assertVersion({ version: -1 }, body.version);
        await audit.record(trx, actor, { action: 'repair_order.updated', entityType: 'repair_order', entityId: id, after: { ...body } });
        return view(await reload(trx, id), trx);
      });
    },

    /** A status change through the machine. Home and delivery jobs complete only with a signature (`complete`). */
    async changeStatus(actor: Actor, id: string, to: RepairStatus, version: number): Promise<RepairOrder> {
      return db.transaction().execute(async (trx) => {
        const row = assertVisible(actor, await repairRepo.findById(trx, id));
        assertVersion(row, version);
        if (to === 'completed' && row.kind !== 'workshop')
          throw new AppError('conflict', { subcode: 'repair.bad_transition', detail: 'A visit is completed with the customer’s signature.' });
        if (to === 'planned' && (row.scheduledStart === null || (row.kind !== 'workshop' && row.technicianId === null)))
          throw new AppError('conflict', { subcode: 'repair.bad_transition', detail: 'Assign a technician and a window first.' });
        return view(await transition(trx, actor, row, to), trx);
      });
    },

    /** Plans a job: the technician must be active, a technician, and have the service's skills. */
    async assign(actor: Actor, id: string, body: AssignBody): Promise<RepairOrder> {
      const start = iso(body.scheduledStart);
      const end = iso(body.scheduledEnd);
      if (end <= start) throw new AppError('unprocessable', { detail: 'The window must end after it starts.' });
      const current = assertVisible(actor, await repairRepo.findById(db, id));
      const tech = await deps.users.staff(body.technicianId);
      if (!tech?.active || tech.role !== 'technician')
        throw new AppError('unprocessable', { subcode: 'repair.not_a_technician', detail: 'Only an active technician can be assigned.' });
      const service = current.serviceId ? await deps.catalog.getService(current.serviceId) : undefined;
      const missing = (service?.requiredSkills ?? []).filter((s) => !tech.skills.includes(s));
      if (missing.length)
        throw new AppError('unprocessable', { subcode: 'repair.missing_skill', detail: `${tech.name} lacks the skills this job needs: ${missing.join(', ')}.` });
      return db.transaction().execute(async (trx) => {
        const row = assertVisible(actor, await repairRepo.findById(trx, id));
        assertVersion(row, body.version);
        if (row.status !== 'created' && row.status !== 'planned')
          throw new AppError('conflict', { subcode: 'repair.bad_transition', detail: `A job that is ${row.status} cannot be (re)planned.` });
        const fields = { technicianId: tech.id, scheduledStart: start, scheduledEnd: end };
        await audit.record(trx, actor, { action: 'repair_order.assigned', entityType: 'repair_order', entityId: id, before: { technicianId: row.technicianId, scheduledStart: row.scheduledStart }, after: fields });
        if (row.status === 'created') return view(await transition(trx, actor, row, 'planned', fields), trx);
        if (!(await repairRepo.update(trx, id, row.version, { ...fields, updatedAt: clock.now().toISOString() }))) assertVersion({ version: -1 }, body.version);
        return view(await reload(trx, id), trx);
      });
    },

    /** The customer's own repair orders for the portal. */
    async ofCustomer(customerId: string) {
      return (await repairRepo.ofCustomer(db, customerId)).map(toPortalRepair);
    },

    isFinal,
  };
}

export type RepairCore = ReturnType<typeof createRepairCore>;
