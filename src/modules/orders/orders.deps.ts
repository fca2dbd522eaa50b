import type { Kysely } from 'kysely';
import type { Clock } from '../../kernel/clock.js';
import type { Actor } from '../../kernel/context.js';
import type { KernelTables } from '../../kernel/db/types.js';
import type { EventBus } from '../../kernel/events/bus.js';
import type { Mailer } from '../../kernel/mailer.js';
import type { AuditService, AuditTables } from '../audit/index.js';
import type { Organisation } from '../organisation/index.js';
import type { OrdersTables } from './orders.table.js';

export type OrdersDB = OrdersTables & KernelTables & AuditTables;

/** Service kinds whose lines start a repair order, and the kind of repair order each one becomes. */
export const REPAIR_KIND_OF: Record<string, 'workshop' | 'home' | 'delivery'> = {
  workshop_repair: 'workshop',
  home_repair: 'home',
  delivery: 'delivery',
  installation: 'delivery',
};
/** Service kinds done at the customer's address, so the ones a time slot is booked for. */
export const BOOKABLE_KINDS = new Set(['home_repair', 'delivery', 'installation']);
/** Service kinds that are repair labour, which the warranty rule's `labour` setting governs. */
export const LABOUR_KINDS = new Set(['workshop_repair', 'home_repair']);

export type WarrantyChoice = 'free' | 'charged';
export interface WarrantyRule {
  labour: WarrantyChoice;
  parts: WarrantyChoice;
  surcharge: WarrantyChoice;
  travel: WarrantyChoice;
}

/** What orders needs of a catalog service. */
export interface CatalogServiceInfo {
  id: string;
  nameNl: string;
  nameEn: string;
  kind: string;
  priceCents: number;
  vatCode: string;
  standardCostCents: number;
  active: boolean;
}

export interface CatalogPartInfo {
  id: string;
  nameNl: string;
  nameEn: string;
  costCents: number;
  priceCents: number;
  vatCode: string;
  active: boolean;
}

export interface SlotOffer {
  templateId: string;
  date: string;
  startsAt: string;
  endsAt: string;
  slotType: string;
  free: number;
  surchargeCents: number;
  vatCode: string;
}

export interface BookingInfo {
  id: string;
  status: string;
  date: string;
  startsAt: string;
  endsAt: string;
}

export interface Address {
  kind?: string;
  street: string;
  houseNumber: number;
  houseNumberAddition: string;
  postcode: string;
  city: string;
  country: string;
  lat: number | null;
  lng: number | null;
}

export interface CustomerInfo {
  id: string;
  name: string;
  locale: string;
  contacts: { name: string; email: string | null }[];
  addresses?: Address[];
}

export interface CaseInfo {
  id: string;
  number: string;
  subject: string;
  customerId: string;
  contactEmail?: string | null;
  locale?: string;
}

export interface InstalledProductInfo {
  id: string;
  customerId: string;
  /** Last day of the manufacturer's warranty (ISO date). */
  warrantyEnd: string;
  extendedWarrantyEnd: string | null;
}

export interface RepairForOrderInput {
  orderId: string;
  orderLineId: string;
  customerId: string;
  caseId: string;
  installedProductId: string | null;
  serviceId: string;
  kind: 'workshop' | 'home' | 'delivery';
  bookingId?: string;
  scheduledStart?: string;
  scheduledEnd?: string;
  address: RepairAddress | null;
  fault: string;
  actor?: Actor;
}

/** An address as a repair order keeps it: house number and addition in one text. */
export interface RepairAddress {
  street: string;
  houseNumber: string;
  postcode: string;
  city: string;
  lat: number | null;
  lng: number | null;
}

/**
 * The other modules orders works with, passed in as functions. `exec`/`trx` are the caller's database handle or
 * open transaction, typed loosely because each module sees only its own tables.
 */
export interface OrdersDeps {
  db: Kysely<OrdersDB>;
  clock: Clock;
  audit: AuditService;
  bus: EventBus;
  /** Sends quote mails after commit, composed then, so the outbox never carries a PDF. */
  mailer: Mailer;
  baseUrl: string;
  organisation: () => Promise<Organisation>;
  catalog: {
    getService(id: string, exec?: unknown): Promise<CatalogServiceInfo>;
    getPart(id: string, exec?: unknown): Promise<CatalogPartInfo>;
    /** Throws a 422 AppError when the code has no rate on the date. */
    vatRateOn(code: string, date: string, exec?: unknown): Promise<{ percentBp: number }>;
    settings(exec?: unknown): Promise<{ warrantyRule: WarrantyRule }>;
  };
  planning: {
    availability(q: { serviceId: string; postcode: string; from: string; to: string }, exec?: unknown): Promise<SlotOffer[]>;
    book(
      trx: unknown,
      actor: Actor,
      input: { customerId: string; caseId?: string; orderId?: string; serviceId: string; templateId: string; date: string; address: Address },
    ): Promise<BookingInfo>;
    cancel(trx: unknown, actor: Actor, bookingId: string): Promise<unknown>;
    getBooking(id: string, exec?: unknown): Promise<(BookingInfo & Record<string, unknown>) | undefined>;
  };
  repairs: {
    createForOrder(trx: unknown, input: RepairForOrderInput): Promise<{ id: string }>;
    cancelForOrder(trx: unknown, actor: Actor, orderId: string): Promise<number>;
  };
  caseInfo(id: string): Promise<CaseInfo | undefined>;
  customer(id: string, exec?: unknown): Promise<CustomerInfo | undefined>;
  /** An installed product of the given customer, or undefined when it is not theirs. */
  installedProduct(id: string, customerId: string): Promise<InstalledProductInfo | undefined>;
}
