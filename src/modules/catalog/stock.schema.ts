import { z } from 'zod';

export const STOCK_LOCATION_KINDS = ['warehouse', 'workshop', 'van'] as const;
export const StockLocationKind = z.enum(STOCK_LOCATION_KINDS);
export const STOCK_REASONS = ['receipt', 'use', 'correction', 'transfer'] as const;
export const StockReason = z.enum(STOCK_REASONS);

export const StockLocation = z.object({
  id: z.string(),
  name: z.string(),
  kind: StockLocationKind,
  /** The technician whose van this is; null for a warehouse or workshop. */
  userId: z.string().nullable(),
  active: z.boolean(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type StockLocation = z.infer<typeof StockLocation>;
export const StockLocationList = z.object({ items: z.array(StockLocation) });

export const CreateStockLocationBody = z.strictObject({
  name: z.string().trim().min(1).max(120),
  kind: StockLocationKind,
  userId: z.uuid().nullable().default(null),
});
export type CreateStockLocationBody = z.infer<typeof CreateStockLocationBody>;

export const UpdateStockLocationBody = z.strictObject({
  version: z.number().int().min(1),
  name: z.string().trim().min(1).max(120).optional(),
  kind: StockLocationKind.optional(),
  userId: z.uuid().nullable().optional(),
  active: z.boolean().optional(),
});
export type UpdateStockLocationBody = z.infer<typeof UpdateStockLocationBody>;

export const StockMovement = z.object({
  id: z.string(),
  partId: z.string(),
  locationId: z.string(),
  /** Signed: positive adds to the location, negative takes from it. */
  quantity: z.number().int(),
  reason: StockReason,
  refType: z.string().nullable(),
  refId: z.string().nullable(),
  note: z.string(),
  userId: z.string().nullable(),
  createdAt: z.string(),
});
export type StockMovement = z.infer<typeof StockMovement>;
export const StockMovementList = z.object({ items: z.array(StockMovement) });

/** A receipt adds stock (quantity > 0); a correction after a count may add or remove (never below zero). */
export const CreateStockMovementBody = z.strictObject({
  partId: z.uuid(),
  locationId: z.uuid(),
  quantity: z.number().int().min(-100_000).max(100_000),
  reason: z.enum(['receipt', 'correction']),
  note: z.string().trim().max(500).default(''),
});
export type CreateStockMovementBody = z.infer<typeof CreateStockMovementBody>;

export const CreateStockTransferBody = z.strictObject({
  partId: z.uuid(),
  fromLocationId: z.uuid(),
  toLocationId: z.uuid(),
  quantity: z.number().int().min(-100_000).max(100_000),
  note: z.string().trim().max(500).default(''),
});
export type CreateStockTransferBody = z.infer<typeof CreateStockTransferBody>;

export const StockChange = z.object({
  movements: z.array(StockMovement),
  /** On hand at each touched location after the change. */
  stock: z.array(z.object({ locationId: z.string(), quantity: z.number().int() })),
});
export type StockChange = z.infer<typeof StockChange>;

export const ListStockMovementsQuery = z.strictObject({
  partId: z.uuid().optional(),
  locationId: z.uuid().optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});
export type ListStockMovementsQuery = z.infer<typeof ListStockMovementsQuery>;
