import type { Kysely } from 'kysely';
import type { Database } from './db/database.js';
import type { Clock } from './kernel/clock.js';
import type { Config } from './kernel/config.js';
import type { EventBus } from './kernel/events/bus.js';
import type { App } from './kernel/http/build-app.js';
import type { Jobs } from './kernel/jobs/jobs.js';
import type { Mailer } from './kernel/mailer.js';
import type { AuditService } from './modules/audit/index.js';
import type { Cases } from './modules/cases/index.js';
import { catalogRoutes, createCatalog } from './modules/catalog/index.js';
import type { CustomerService } from './modules/customers/index.js';
import { createInvoicing } from './modules/invoicing/index.js';
import { createOrders } from './modules/orders/index.js';
import type { OrganisationService } from './modules/organisation/index.js';
import { createPlanning, planningRoutes } from './modules/planning/index.js';
import type { ProductService } from './modules/products/index.js';
import { createRepairs } from './modules/repairs/index.js';
import { closedHolidays } from './modules/sla/index.js';
import type { UserService } from './modules/users/index.js';

export interface PaidServicesDeps {
  db: Kysely<Database>;
  config: Config;
  clock: Clock;
  audit: AuditService;
  bus: EventBus;
  mailer: Mailer;
  users: UserService;
  organisation: OrganisationService;
  customers: CustomerService;
  products: ProductService;
  cases: Cases;
}

/**
 * Composition of the paid-services modules: catalog ← planning ← orders ↔ repairs ← invoicing. Orders and
 * repairs call each other through late-bound closures; every function that may run inside another module's
 * transaction is handed that transaction (SQLite has one connection).
 */
export function createPaidServices(deps: PaidServicesDeps) {
  const { db, config, clock, audit, bus, mailer, users, organisation, customers, products, cases } = deps;
  type Exec = Parameters<CustomerService['summary']>[1];

  /** Name, contacts and locale plus addresses, kind and tax ids: what bookings, quotes and invoices print. */
  async function customerProfile(id: string, exec?: unknown) {
    const e = (exec ?? db) as NonNullable<Exec>;
    const summary = await customers.summary(id, e);
    if (!summary) return undefined;
    const full = await customers.load(e, id);
    return { ...summary, kind: full.kind, kvkNumber: full.kvkNumber, vatId: full.vatId, addresses: full.addresses };
  }

  const catalog = createCatalog({ db, clock, audit });
  const planning = createPlanning({
    db,
    dialect: config.dialect,
    clock,
    audit,
    bus,
    baseUrl: config.baseUrl,
    mailer,
    mailFrom: config.mailFrom,
    service: (id, exec) => catalog.getService(id, exec),
    customer: (id, exec) => customerProfile(id, exec),
    staff: (ids, exec) => users.profiles(ids, exec as never),
    caseCustomer: async (id) => (await cases.caseInfo(id))?.customerId,
    companyName: async () => (await organisation.getOrganisation()).name,
    holidays: (year) => closedHolidays('NL', year, 'every-five-years'),
  });
  const orders = createOrders({
    db,
    clock,
    audit,
    bus,
    mailer,
    baseUrl: config.baseUrl,
    organisation: () => organisation.getOrganisation(),
    catalog: {
      getService: (id, exec) => catalog.getService(id, exec as never),
      getPart: (id, exec) => catalog.getPart(id, exec as never),
      vatRateOn: (code, date, exec) => catalog.vatRateOn(code as never, date, exec as never),
      settings: (exec) => catalog.settings(exec as never),
    },
    planning: {
      availability: async (q, exec) => (await planning.availability(q, exec as never)).items,
      book: (trx, actor, input) => planning.book(trx as never, actor, input),
      cancel: (trx, actor, id) => planning.cancelIn(trx as never, actor, id),
      getBooking: (id, exec) => planning.getBooking(id, exec as never),
    },
    repairs: {
      createForOrder: (trx, input) => repairs.createForOrder(trx as never, input),
      cancelForOrder: (trx, actor, orderId) => repairs.cancelForOrder(trx as never, actor, orderId),
    },
    caseInfo: (id) => cases.caseInfo(id),
    customer: (id, exec) => customerProfile(id, exec),
    installedProduct: async (id, customerId) => (await products.installedOf(customerId)).find((p) => p.id === id),
  });
  const missing = (e: unknown) => {
    if ((e as { code?: string }).code === 'not_found') return undefined;
    throw e;
  };
  const repairs = createRepairs({
    db,
    clock,
    audit,
    bus,
    catalog: {
      getService: async (id, exec) => (await catalog.getServices([id], exec))[0],
      getServices: (ids, exec) => catalog.getServices(ids, exec),
      loanerServiceId: async (exec) => (await catalog.listServices({ active: true }, exec)).find((s) => s.kind === 'loaner')?.id,
      getPart: (id, exec) => catalog.getPart(id, exec).catch(missing),
      consumePart: (trx, move) => catalog.consumePart(trx, move),
      locationForUser: async (userId, exec) => (await catalog.locationForUser(userId, exec)) ?? undefined,
      settings: (exec) => catalog.settings(exec),
    },
    planning: {
      technicianDays: (ids, from, to) => planning.technicianDays(ids, from, to),
      getBooking: async (id, exec) => {
        const b = await planning.getBooking(id, exec as never).catch(missing);
        return b && { id: b.id, startsAt: b.startsAt, endsAt: b.endsAt, ...b.address };
      },
    },
    orders: {
      addLines: (trx, orderId, lines) => orders.addLines(trx as never, orderId, lines),
      completeIfDone: (trx, orderId, repairOrderId) => orders.completeIfDone(trx as never, orderId, repairOrderId),
    },
    users: {
      staff: (id) => users.findActive(id),
      technicians: async () => {
        const ids = (await users.directory()).filter((u) => u.role === 'technician').map((u) => u.id);
        return (await users.profiles(ids)).filter((u) => u.active).sort((a, b) => a.name.localeCompare(b.name, 'nl'));
      },
    },
    customers: { summary: (id, exec) => customers.summary(id, exec as never), summaries: (ids, exec) => customers.summaries(ids, exec as never) },
  });
  // A moved appointment moves the visit with it (after commit; at least once, and idempotent).
  bus.on('booking.rescheduled', async (e) => void (await repairs.bookingMoved(e.bookingId, e.startsAt, e.endsAt)));
  const invoicing = createInvoicing({
    db,
    clock,
    audit,
    bus,
    mailer,
    organisation,
    customers: { summary: (id, exec) => customerProfile(id, exec) },
    catalog: { vatRateOn: (code, date, exec) => catalog.vatRateOn(code as never, date, exec as never) },
    orders: {
      orderForInvoice: (orderId, exec) => orders.orderForInvoice(orderId, exec as never),
      markInvoiced: (trx, orderId, invoiceId) => orders.markInvoiced(trx as never, orderId, invoiceId),
    },
  });

  return {
    catalog,
    planning,
    orders,
    repairs,
    invoicing,
    async routes(app: App): Promise<void> {
      catalogRoutes(app, catalog);
      planningRoutes(app, planning);
      orders.routes(app);
      repairs.routes(app);
      await invoicing.routes(app);
    },
    schedule(jobs: Jobs): void {
      jobs.every('booking-reminders', 900_000, async () => {
        while ((await planning.reminderTick()) > 0) {}
      });
      jobs.every('loaner-overdue', 3_600_000, async () => void (await repairs.overdueTick()));
    },
  };
}
