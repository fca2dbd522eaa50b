import type { Kysely } from 'kysely';
import type { Clock } from '../../kernel/clock.js';
import type { Dialect } from '../../kernel/config.js';
import type { DbExecutor, KernelTables } from '../../kernel/db/types.js';
import type { EventBus } from '../../kernel/events/bus.js';
import type { Mailer } from '../../kernel/mailer.js';
import type { AuditService, AuditTables } from '../audit/index.js';
import type { Booking, SlotTemplate } from './planning.schema.js';
import type { BookingRow, PlanningTables, SlotTemplateRow } from './planning.table.js';

export type DB = PlanningTables & AuditTables & KernelTables;
export type Exec = DbExecutor<DB>;

/** What planning needs to know about a catalog service. */
export interface PlanningServiceInfo {
  id: string;
  nameNl: string;
  nameEn: string;
  kind: string;
  priceCents: number;
  vatCode: string;
  durationMinutes: number;
  requiredSkills: string[];
  active: boolean;
}

export interface PlanningAddress {
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

/** What planning needs to know about a customer: mail goes to the primary contact in the customer's locale. */
export interface PlanningCustomer {
  name: string;
  locale: string;
  contacts: { name?: string; email: string | null; isPrimary: boolean | number }[];
  addresses?: PlanningAddress[];
}

export interface PlanningDeps {
  db: Kysely<DB>;
  dialect: Dialect;
  clock: Clock;
  audit: AuditService;
  bus: EventBus;
  baseUrl: string;
  /** Booking mails are sent after commit, with the outbox event id as idempotency key. */
  mailer: Mailer;
  /** Sender address of outgoing mail; the calendar invite's organizer. */
  mailFrom?: string;
  /** A catalog service; throws not_found for an unknown id. */
  service: (id: string, exec?: Exec) => Promise<PlanningServiceInfo>;
  customer: (id: string, exec?: Exec) => Promise<PlanningCustomer | undefined>;
  /** Staff profiles (skills, active) of users, for technician capacity. */
  staff: (ids: string[], exec?: Exec) => Promise<{ id: string; name: string; active: boolean; skills: string[] }[]>;
  /** The customer a case belongs to (undefined for an unknown case); called outside transactions. */
  caseCustomer?: (caseId: string) => Promise<string | undefined>;
  companyName: () => Promise<string>;
  /** Public holidays the business is closed on in a year: date → name. */
  holidays: (year: number) => ReadonlyMap<string, string>;
}

export function toTemplate(r: SlotTemplateRow): SlotTemplate {
  return { ...r, active: Boolean(r.active), serviceKinds: JSON.parse(r.serviceKinds) as string[] };
}

export function toBooking(r: BookingRow, cutoffHours: number): Booking {
  return {
    id: r.id,
    customerId: r.customerId,
    caseId: r.caseId,
    orderId: r.orderId,
    serviceId: r.serviceId,
    templateId: r.templateId,
    date: r.date,
    startsAt: r.startsAt,
    endsAt: r.endsAt,
    slotType: r.slotType,
    region: r.region,
    units: r.units,
    basePriceCents: r.basePriceCents,
    surchargeCents: r.surchargeCents,
    totalPriceCents: r.basePriceCents + r.surchargeCents,
    vatCode: r.vatCode,
    address: {
      street: r.street,
      houseNumber: r.houseNumber,
      houseNumberAddition: r.houseNumberAddition,
      postcode: r.postcode,
      city: r.city,
      country: r.country,
      lat: r.lat,
      lng: r.lng,
    },
    status: r.status,
    cutoffAt: new Date(Date.parse(r.startsAt) - cutoffHours * 3_600_000).toISOString(),
    reminderSentAt: r.reminderSentAt,
    cancelledAt: r.cancelledAt,
    version: r.version,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
  };
}
