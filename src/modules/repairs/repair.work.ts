import type { Actor } from '../../kernel/context.js';
import { AppError, found } from '../../kernel/errors.js';
import { newId } from '../../kernel/ids.js';
import { assertVersion, assertVisible, userIdOf } from './repair.access.js';
import { imageTypeOf, MAX_PHOTO_BYTES, validateSignature } from './repair.files.js';
import { toRepairOrder } from './repair.mapping.js';
import { repairRepo } from './repair.repo.js';
import type { CompleteBody, RepairOrder, RepairOrderDetail } from './repair.schema.js';
import type { RepairCore } from './repair.service.js';
import { isFinal } from './repair.status.js';
import type { RepairsDeps, Tx } from './repairs.deps.js';
import type { RepairOrderRow } from './repairs.table.js';

/**
 * Labour cost of a time entry: minutes × hourly rate / 60, rounded half up to the cent (positive amounts, so half up
 * and half away from zero agree). 45 min at € 52,50/h is 3937,5 cents → € 39,38.
 */
export function labourCostCents(minutes: number, hourlyRateCents: number): number {
  return Math.round((minutes * hourlyRateCents) / 60);
}

/** Travel cost: km × rate per km, rounded to the cent. */
export function travelCostCents(km: number, perKmCents: number): number {
  return Math.round(km * perKmCents);
}

/** What a technician records on a job: time, parts, travel, photos, and the signed completion. */
export function createRepairWork(deps: RepairsDeps, core: RepairCore) {
  const { db, clock, audit } = deps;

  function staffId(actor: Actor): string {
    const id = userIdOf(actor);
    if (!id) throw new AppError('forbidden', { detail: 'Only staff record work.' });
    return id;
  }
  async function openJob(exec: Tx, actor: Actor, id: string): Promise<RepairOrderRow> {
    const row = assertVisible(actor, await repairRepo.findById(exec, id));
    if (isFinal(row.status)) throw new AppError('conflict', { subcode: 'repair.closed', detail: `This repair order is ${row.status}.` });
    return row;
  }

  return {
    async detail(actor: Actor, id: string): Promise<RepairOrderDetail> {
      const row = assertVisible(actor, await repairRepo.findById(db, id));
      const [customer, history, time, parts, photos] = await Promise.all([
        core.customerContact(row.customerId),
        repairRepo.historyOf(db, id),
        repairRepo.timeEntriesOf(db, id),
        repairRepo.partsOf(db, id),
        repairRepo.photosOf(db, id),
      ]);
      const timeEntries = time.map((t) => ({ ...t, costRateCents: Number(t.costRateCents), costCents: Number(t.costCents) }));
      const partRows = parts.map((p) => ({
        id: p.id,
        partId: p.partId,
        locationId: p.locationId,
        quantity: p.quantity,
        unitCostCents: Number(p.unitCostCents),
        unitPriceCents: Number(p.unitPriceCents),
        createdAt: p.createdAt,
      }));
      const labourCostCents = timeEntries.reduce((s, t) => s + t.costCents, 0);
      const partsCostCents = partRows.reduce((s, p) => s + p.quantity * p.unitCostCents, 0);
      const partsPriceCents = partRows.reduce((s, p) => s + p.quantity * p.unitPriceCents, 0);
      const travel = Number(row.travelCostCents);
      return {
        ...toRepairOrder(row, customer.name, clock.now()),
        customerPhone: customer.phone,
        signature: row.signature,
        history: history.map((h) => ({ from: h.fromStatus, to: h.toStatus, at: h.at, userId: h.userId })),
        timeEntries,
        parts: partRows,
        photos: photos.map((p) => ({ id: p.id, filename: p.filename, contentType: p.contentType, size: p.size, createdAt: p.createdAt })),
        costs: {
          labourMinutes: timeEntries.reduce((s, t) => s + t.minutes, 0),
          labourCostCents,
          partsCostCents,
          partsPriceCents,
          travelCostCents: travel,
          totalCostCents: labourCostCents + partsCostCents + travel,
        },
      };
    },

    /** Books time at the user's current hourly cost (a snapshot). */
    async addTime(actor: Actor, id: string, body: { minutes: number; note: string | null }) {
      const userId = staffId(actor);
      await openJob(db, actor, id);
      const me = await deps.users.staff(userId);
      const rate = me?.hourlyCostCents ?? 0;
      return db.transaction().execute(async (trx) => {
        await openJob(trx, actor, id);
        const row = {
          id: newId(),
          repairOrderId: id,
          userId,
          minutes: body.minutes,
          costRateCents: rate,
          costCents: labourCostCents(body.minutes, rate),
          note: body.note,
          createdAt: clock.now().toISOString(),
        };
        await repairRepo.insertTimeEntry(trx, row);
        await audit.record(trx, actor, { action: 'repair_order.time_booked', entityType: 'repair_order', entityId: id, after: { minutes: row.minutes, costCents: row.costCents } });
        return row;
      });
    },

    /**
     * Uses parts from the technician's own stock location: stock goes down (never below zero), cost and price are
     * snapshotted, and the part becomes an order line, all in one transaction.
     */
    async useParts(actor: Actor, id: string, body: { partId: string; quantity: number }) {
      const userId = staffId(actor);
      await openJob(db, actor, id);
      const part = await deps.catalog.getPart(body.partId);
      if (!part) throw new AppError('unprocessable', { detail: 'Part not found.' });
      const location = await deps.catalog.locationForUser(userId);
      if (!location) throw new AppError('unprocessable', { subcode: 'repair.no_stock_location', detail: 'You have no stock location (van or workshop) to take parts from.' });
      return db.transaction().execute(async (trx) => {
        const job = await openJob(trx, actor, id);
        await deps.catalog.consumePart(trx, { partId: part.id, locationId: location.id, quantity: body.quantity, reason: 'use', refType: 'repair_order', refId: id, userId });
        const row = {
          id: newId(),
          repairOrderId: id,
          partId: part.id,
          locationId: location.id,
          quantity: body.quantity,
          unitCostCents: Number(part.costCents),
          unitPriceCents: Number(part.priceCents),
          userId,
          createdAt: clock.now().toISOString(),
        };
        await repairRepo.insertPart(trx, row);
        if (job.orderId) await deps.orders.addLines(trx, job.orderId, [{ kind: 'part', partId: part.id, quantity: body.quantity, repairOrderId: id }]);
        await audit.record(trx, actor, { action: 'repair_order.part_used', entityType: 'repair_order', entityId: id, after: { partId: part.id, quantity: body.quantity } });
        const { userId: _u, repairOrderId: _r, ...out } = row;
        return out;
      });
    },

    /** Records the km driven for the job; the cost follows the catalog's rate per km. */
    async setTravel(actor: Actor, id: string, km: number): Promise<RepairOrder> {
      await openJob(db, actor, id);
      const { travelCostPerKmCents } = await deps.catalog.settings();
      return db.transaction().execute(async (trx) => {
        const row = await openJob(trx, actor, id);
        const patch = { travelKm: km, travelCostCents: travelCostCents(km, travelCostPerKmCents), updatedAt: clock.now().toISOString() };
        if (!(await repairRepo.update(trx, id, row.version, patch))) assertVersion({ version: -1 }, row.version);
        await audit.record(trx, actor, { action: 'repair_order.travel', entityType: 'repair_order', entityId: id, before: { travelKm: row.travelKm }, after: patch });
        return core.view(found(await repairRepo.findById(trx, id), 'Repair order'), trx);
      });
    },

    /** Stores a photo (JPEG, PNG or WebP, ≤ 10 MB) in the database, like case attachments. */
    async addPhoto(actor: Actor, id: string, file: { filename: string; content: Buffer }) {
      await openJob(db, actor, id);
      if (file.content.length > MAX_PHOTO_BYTES) throw new AppError('payload_too_large', { detail: 'A photo may be at most 10 MB.' });
      const type = imageTypeOf(file.content);
      if (!type) throw new AppError('unsupported_media_type', { detail: 'Photos must be JPEG, PNG or WebP images.' });
      const photoId = newId();
      return db.transaction().execute(async (trx) => {
          await openJob(trx, actor, id);
          const row = {
            id: photoId,
            repairOrderId: id,
            filename: file.filename,
            contentType: type.contentType,
            size: file.content.length,
            content: file.content,
            userId: userIdOf(actor),
            createdAt: clock.now().toISOString(),
          };
          await repairRepo.insertPhoto(trx, row);
          await audit.record(trx, actor, { action: 'repair_order.photo_added', entityType: 'repair_order', entityId: id, after: { photoId, size: row.size } });
          return { id: row.id, filename: row.filename, contentType: row.contentType, size: row.size, createdAt: row.createdAt };
      });
    },

    async photo(actor: Actor, id: string, photoId: string) {
      assertVisible(actor, await repairRepo.findById(db, id));
      const p = found(await repairRepo.findPhoto(db, id, photoId), 'Photo');
      return { filename: p.filename, contentType: p.contentType, content: Buffer.from(p.content) };
    },

    /** Completes the job with the customer's signature; the order may then be complete too. */
    async complete(actor: Actor, id: string, body: CompleteBody): Promise<RepairOrder> {
      validateSignature(body.signature);
      return db.transaction().execute(async (trx) => {
        const row = assertVisible(actor, await repairRepo.findById(trx, id));
        assertVersion(row, body.version);
        const at = clock.now().toISOString();
        // A revisit created before this completion already decided that the fault was not fixed the first time.
        const firstTimeFix = row.firstTimeFix === null ? (body.firstTimeFix ?? true) : Boolean(row.firstTimeFix);
        const done = await core.transition(trx, actor, row, 'completed', { signature: body.signature, signedBy: body.signedBy, signedAt: at, firstTimeFix });
        return core.view(done, trx);
      });
    },
  };
}

export type RepairWork = ReturnType<typeof createRepairWork>;
