import { z } from 'zod';

export const SalesLine = z.object({
  id: z.string(),
  customerId: z.string(),
  saleDate: z.string(),
  sku: z.string(),
  quantity: z.number(),
  amountInclCents: z.number().int(),
  amountExclCents: z.number().int(),
  channel: z.string().nullable(),
  orderRef: z.string().nullable(),
  externalId: z.string().nullable(),
});
export type SalesLine = z.infer<typeof SalesLine>;

export const YearTotal = z.object({ year: z.number().int(), lines: z.number().int(), amountInclCents: z.number().int(), amountExclCents: z.number().int() });

export const PurchasePage = z.object({
  items: z.array(SalesLine),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  totalsByYear: z.array(YearTotal),
});

export const ListPurchasesQuery = z.strictObject({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(100),
});
export const CustomerParams = z.strictObject({ id: z.uuid() });
