import type { Kysely } from 'kysely';
import type { Clock } from '../../kernel/clock.js';
import type { DbExecutor, KernelTables } from '../../kernel/db/types.js';
import type { EventBus } from '../../kernel/events/bus.js';
import type { AuditService, AuditTables } from '../audit/index.js';
import type { RepairsTables } from './repairs.table.js';

export type DB = RepairsTables & KernelTables & AuditTables;
/** The database or the caller's open transaction. */
export type Tx = DbExecutor<DB>;

/** What the repairs module reads of a catalog service. */
export interface ServiceInfo {
  id: string;
  nameNl: string;
  nameEn: string;
  kind: string;
  durationMinutes: number;
  requiredSkills: string[];
}

/** What the repairs module reads of a booked visit (planning). */
export interface BookingInfo {
  id: string;
  startsAt: string;
  endsAt: string;
  street: string;
  houseNumber: number | string;
  houseNumberAddition?: string | null;
  postcode: string;
  city: string;
  lat: number | null;
  lng: number | null;
}

/** A line the orders module prices (warranty rule included) and adds to an order. */
export interface OrderLineInput {
  kind: 'part' | 'loaner';
  partId?: string;
  serviceId?: string;
  quantity: number;
  repairOrderId?: string;
}

export interface StaffInfo {
  id: string;
  name: string;
  role: string;
  active: boolean;
  skills: string[];
  hourlyCostCents: number;
}

/** Everything the repairs module needs from elsewhere, passed in by the composition root. */
export interface RepairsDeps {
  db: Kysely<DB>;
  clock: Clock;
  audit: AuditService;
  bus: EventBus;
  catalog: {
    getService(id: string, exec?: Tx): Promise<ServiceInfo | undefined>;
    /** Many at once, for the board; unknown ids are left out. */
    getServices(ids: string[], exec?: Tx): Promise<ServiceInfo[]>;
    /** The active catalog service of kind `loaner`, if any (the line added when a loan is charged). */
    loanerServiceId(exec?: Tx): Promise<string | undefined>;
    getPart(id: string, exec?: Tx): Promise<{ id: string; costCents: number; priceCents: number; active: boolean } | undefined>;
    /** Takes stock out of a location; throws a 409 when that would go below zero. */
    consumePart(
      trx: Tx,
      move: { partId: string; locationId: string; quantity: number; reason: 'use'; refType: string; refId: string; userId: string | null },
    ): Promise<unknown>;
    /** The stock location a user takes parts from (their van, or the workshop). */
    locationForUser(userId: string, exec?: Tx): Promise<{ id: string } | undefined>;
    settings(exec?: Tx): Promise<{ travelCostPerKmCents: number; loanerCostPerDayCents: number }>;
  };
  planning: {
    /** Available working minutes per technician per local date. */
    technicianDays(userIds: string[], from: string, to: string): Promise<{ userId: string; date: string; availableMinutes: number }[]>;
    getBooking(id: string, exec?: Tx): Promise<BookingInfo | undefined>;
  };
  orders: {
    addLines(trx: Tx, orderId: string, lines: OrderLineInput[]): Promise<unknown>;
    /** Marks this repair's lines done and completes the order when nothing else is outstanding. */
    completeIfDone(trx: Tx, orderId: string, repairOrderId: string): Promise<unknown>;
  };
  users: {
    /** An active member of staff, or undefined. */
    staff(id: string): Promise<StaffInfo | undefined>;
    /** Every active technician. */
    technicians(): Promise<{ id: string; name: string; skills: string[] }[]>;
  };
  customers: {
    summary(
      id: string,
      exec?: Tx,
    ): Promise<{ id: string; name: string; locale: string; contacts: { name?: string; email: string | null; phone: string | null; isPrimary: boolean | number }[] } | undefined>;
    /** Many at once, for the board; unknown ids are left out. */
    summaries(ids: string[], exec?: Tx): Promise<{ id: string; name: string; contacts: { phone: string | null; isPrimary: boolean | number }[] }[]>;
  };
}
