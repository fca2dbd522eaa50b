/**
 * Client types of the sales screens, inferred from the server's response schemas (type-only imports: nothing of the
 * server is bundled).
 */
import type { z } from 'zod';
import type { Service as ServiceSchema } from '../../../../src/modules/catalog/catalog.schema';
import type {
  CaseSales as CaseSalesSchema,
  CreateQuoteBody,
  Line as LineSchema,
  Order as OrderSchema,
  OrderLine as OrderLineSchema,
  Quote as QuoteSchema,
  Totals as TotalsSchema,
} from '../../../../src/modules/orders/orders.schema';
import type { Booking as BookingSchema, Slot as SlotSchema, SlotList as SlotListSchema } from '../../../../src/modules/planning/planning.schema';

export type Service = z.infer<typeof ServiceSchema>;
export type ServiceKind = Service['kind'];
export type Quote = z.infer<typeof QuoteSchema>;
export type Order = z.infer<typeof OrderSchema>;
export type Line = z.infer<typeof LineSchema>;
export type OrderLine = z.infer<typeof OrderLineSchema>;
export type Totals = z.infer<typeof TotalsSchema>;
export type CaseSales = z.infer<typeof CaseSalesSchema>;
export type Slot = z.infer<typeof SlotSchema>;
export type SlotList = z.infer<typeof SlotListSchema>;
export type Booking = z.infer<typeof BookingSchema>;
export type SalesBody = z.input<typeof CreateQuoteBody>;
export type QuoteStatus = Quote['status'];
export type OrderStatus = Order['status'];

/** Service kinds that are carried out at the customer's address and so need a booked time slot. */
export const SLOT_KINDS: readonly ServiceKind[] = ['home_repair', 'delivery', 'installation'];
export const needsSlot = (s: Pick<Service, 'kind'> | undefined) => !!s && SLOT_KINDS.includes(s.kind);
