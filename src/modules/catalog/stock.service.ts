import type { Kysely } from 'kysely';
import type { Clock } from '../../kernel/clock.js';
import type { Actor } from '../../kernel/context.js';
import type { DbExecutor } from '../../kernel/db/types.js';
import { AppError, found } from '../../kernel/errors.js';
import { newId } from '../../kernel/ids.js';
import type { AuditService, AuditTables } from '../audit/index.js';
import { isForeignKeyViolation, isUniqueViolation, toLocation, toMovement } from './catalog.mapping.js';
import { catalogRepo } from './catalog.repo.js';
import type { CatalogTables, StockLocationRow, StockMovementRow, StockReason } from './catalog.table.js';
import { stockRepo } from './stock.repo.js';
import type {
  CreateStockLocationBody,
  CreateStockMovementBody,
  CreateStockTransferBody,
  ListStockMovementsQuery,
  StockChange,
  StockLocation,
  StockMovement,
  UpdateStockLocationBody,
} from './stock.schema.js';

type DB = CatalogTables & AuditTables;
// biome-ignore lint/suspicious/noExplicitAny: callers pass executors typed with the whole application's database
type AnyExec = DbExecutor<any>;

/** What another module records when it takes parts from stock (a repair using a part) or puts them back. */
export interface PartUse {
  partId: string;
  locationId: string;
  quantity: number;
  reason?: Extract<StockReason, 'use' | 'correction'>;
  refType: string | null;
  refId: string | null;
  userId?: string | null;
  note?: string;
}

const unprocessable = (subcode: string, detail: string, path: string) => new AppError('unprocessable', { subcode, detail, errors: [{ path, message: detail }] });

function userIdOf(actor: Actor): string | null {
  const p = actor.principal;
  return p && p.kind !== 'customer' && p.userId ? p.userId : null;
}

/** Stock locations (warehouse, workshop, vans), stock per part and location, and the movements that change it. */
export function createStock(deps: { db: Kysely<DB>; clock: Clock; audit: AuditService }) {
  const { db, clock, audit } = deps;
  const ex = (exec?: AnyExec) => (exec ?? db) as DbExecutor<DB>;

  function checkLocationShape(kind: StockLocationRow['kind'], userId: string | null): void {
    if (kind === 'van' && !userId) throw unprocessable('catalog.van_without_user', 'A van belongs to a technician: give userId.', 'body.userId');
    if (kind !== 'van' && userId) throw unprocessable('catalog.location_user', 'Only a van belongs to a person.', 'body.userId');
  }

  async function writeLocation<T>(write: () => Promise<T>, name: string): Promise<T> {
    try {
      return await write();
    } catch (err) {
      if (isUniqueViolation(err)) throw new AppError('conflict', { subcode: 'catalog.location_name_taken', detail: `A stock location named ${name} already exists.` });
      if (isForeignKeyViolation(err)) throw unprocessable('catalog.unknown_user', 'No such user.', 'body.userId');
      throw err;
    }
  }

  /** Checks the part and location exist, so a movement never points nowhere. */
  async function checkRefs(exec: DbExecutor<DB>, partId: string, locationIds: string[]): Promise<void> {
    if (!(await catalogRepo.findPartById(exec, partId))) throw unprocessable('catalog.unknown_part', 'No such part.', 'body.partId');
    for (const id of locationIds)
      if (!(await stockRepo.findLocationById(exec, id))) throw unprocessable('catalog.unknown_location', 'No such stock location.', 'body.locationId');
  }

  function movement(m: Omit<StockMovementRow, 'id' | 'createdAt' | 'note' | 'refType' | 'refId' | 'userId'> & Partial<StockMovementRow>): StockMovementRow {
    return { id: newId(), refType: null, refId: null, note: '', userId: null, createdAt: clock.now().toISOString(), ...m };
  }

  /** Takes `quantity` in the caller's transaction; 409 `stock.insufficient` (nothing changed) when short. */
  async function take(trx: DbExecutor<DB>, partId: string, locationId: string, quantity: number): Promise<void> {
    if (await stockRepo.take(trx, partId, locationId, quantity, clock.now().toISOString())) return;
    const have = await stockRepo.quantityAt(trx, partId, locationId);
    throw new AppError('conflict', { subcode: 'stock.insufficient', detail: `Only ${have} in stock at this location; ${quantity} needed.` });
  }

  async function change(trx: DbExecutor<DB>, rows: StockMovementRow[]): Promise<StockChange> {
    await stockRepo.insertMovements(trx, rows);
    const stock = [];
    for (const r of rows) stock.push({ locationId: r.locationId, quantity: await stockRepo.quantityAt(trx, r.partId, r.locationId) });
    return { movements: rows.map(toMovement), stock };
  }

  return {
    listLocations: async (exec?: AnyExec): Promise<StockLocation[]> => (await stockRepo.findLocations(ex(exec))).map(toLocation),

    async createLocation(actor: Actor, body: CreateStockLocationBody): Promise<StockLocation> {
      checkLocationShape(body.kind, body.userId);
      return db.transaction().execute(async (trx) => {
        const now = clock.now().toISOString();
        const row: StockLocationRow = { id: newId(), ...body, active: true, version: 1, createdAt: now, updatedAt: now };
        await writeLocation(() => stockRepo.insertLocation(trx, row), body.name);
        await audit.record(trx, actor, { action: 'catalog.stock_location.created', entityType: 'stock_location', entityId: row.id, after: row });
        return toLocation(row);
      });
    },

    async updateLocation(actor: Actor, id: string, body: UpdateStockLocationBody): Promise<StockLocation> {
      const { version, ...fields } = body;
      return db.transaction().execute(async (trx) => {
        const before = toLocation(found(await stockRepo.findLocationById(trx, id), 'Stock location'));
        checkLocationShape(fields.kind ?? before.kind, fields.userId === undefined ? before.userId : fields.userId);
        const patch = { ...fields, updatedAt: clock.now().toISOString() };
        const updated = await writeLocation(() => stockRepo.updateLocation(trx, id, version, patch), fields.name ?? '');
        if (!updated) throw new AppError('version_conflict', { detail: 'The stock location was changed by someone else; reload it.' });
        const after = toLocation(found(await stockRepo.findLocationById(trx, id), 'Stock location'));
        await audit.record(trx, actor, { action: 'catalog.stock_location.updated', entityType: 'stock_location', entityId: id, before, after });
        return after;
      });
    },

    /** Where a person takes parts from: their own van, or else the first active workshop; null when neither exists. */
    async locationForUser(userId: string, exec?: AnyExec): Promise<StockLocation | null> {
      const e = ex(exec);
      const row = (await stockRepo.findVanOf(e, userId)) ?? (await stockRepo.findFirstActive(e, 'workshop'));
      return row ? toLocation(row) : null;
    },

    /** Books a receipt (goods in, quantity > 0) or a correction after a count (never below zero). */
    async recordStockMovement(actor: Actor, body: CreateStockMovementBody): Promise<StockChange> {
      if (body.reason === 'receipt' && body.quantity <= 0) throw unprocessable('catalog.quantity', 'A receipt adds at least one item.', 'body.quantity');
      if (body.quantity === 0) throw unprocessable('catalog.quantity', 'A correction changes the quantity.', 'body.quantity');
      return db.transaction().execute(async (trx) => {
        await checkRefs(trx, body.partId, [body.locationId]);
        const now = clock.now().toISOString();
        if (body.quantity > 0) await stockRepo.add(trx, body.partId, body.locationId, body.quantity, now);
        else await take(trx, body.partId, body.locationId, -body.quantity);
        const result = await change(trx, [movement({ ...body, userId: userIdOf(actor) })]);
        await audit.record(trx, actor, { action: `catalog.stock.${body.reason}`, entityType: 'part', entityId: body.partId, after: { ...result } });
        return result;
      });
    },

    /** Moves stock between locations (e.g. warehouse to a van) as two movements in one transaction. */
    async transferStock(actor: Actor, body: CreateStockTransferBody): Promise<StockChange> {
      if (body.quantity <= 0) throw unprocessable('catalog.quantity', 'A transfer moves at least one item.', 'body.quantity');
      if (body.fromLocationId === body.toLocationId) throw unprocessable('catalog.same_location', 'Choose two different locations.', 'body.toLocationId');
      return db.transaction().execute(async (trx) => {
        await checkRefs(trx, body.partId, [body.fromLocationId, body.toLocationId]);
        await take(trx, body.partId, body.fromLocationId, body.quantity);
        await stockRepo.add(trx, body.partId, body.toLocationId, body.quantity, clock.now().toISOString());
        const common = { partId: body.partId, reason: 'transfer' as const, note: body.note, userId: userIdOf(actor) };
        const result = await change(trx, [
          movement({ ...common, locationId: body.fromLocationId, quantity: -body.quantity }),
          movement({ ...common, locationId: body.toLocationId, quantity: body.quantity }),
        ]);
        await audit.record(trx, actor, { action: 'catalog.stock.transfer', entityType: 'part', entityId: body.partId, after: { ...result } });
        return result;
      });
    },

    /**
     * Takes parts from a location inside the caller's transaction and records the movement with its reference
     * (e.g. refType 'repair_order'). Refuses with 409 `stock.insufficient` rather than go below zero.
     */
    async consumePart(trx: AnyExec, use: PartUse): Promise<{ movement: StockMovement; quantityLeft: number }> {
      if (!Number.isInteger(use.quantity) || use.quantity <= 0) throw unprocessable('catalog.quantity', 'Use at least one item.', 'body.quantity');
      const t = trx as DbExecutor<DB>;
      await take(t, use.partId, use.locationId, use.quantity);
      const row = movement({ ...use, reason: use.reason ?? 'use', quantity: -use.quantity });
      const result = await change(t, [row]);
      return { movement: result.movements[0], quantityLeft: result.stock[0].quantity };
    },

    /** Puts parts back (a used part that was not needed after all), inside the caller's transaction. */
    async returnPart(trx: AnyExec, use: PartUse): Promise<{ movement: StockMovement; quantityLeft: number }> {
      if (!Number.isInteger(use.quantity) || use.quantity <= 0) throw unprocessable('catalog.quantity', 'Return at least one item.', 'body.quantity');
      const t = trx as DbExecutor<DB>;
      await stockRepo.add(t, use.partId, use.locationId, use.quantity, clock.now().toISOString());
      const result = await change(t, [movement({ ...use, reason: use.reason ?? 'use', quantity: use.quantity })]);
      return { movement: result.movements[0], quantityLeft: result.stock[0].quantity };
    },

    /** On hand of one part at one location (0 when never stocked there). */
    stockAt: (partId: string, locationId: string, exec?: AnyExec): Promise<number> => stockRepo.quantityAt(ex(exec), partId, locationId),

    /** The newest movements, optionally of one part and/or location. */
    listMovements: async (q: ListStockMovementsQuery): Promise<StockMovement[]> => (await stockRepo.findMovements(db, q)).map(toMovement),
  };
}
