import type { Kysely } from 'kysely';
import type { Clock } from '../../kernel/clock.js';
import type { DbExecutor, KernelTables } from '../../kernel/db/types.js';
import type { EventBus } from '../../kernel/events/bus.js';
import type { Mailer } from '../../kernel/mailer.js';
import type { AuditService, AuditTables } from '../audit/index.js';
import type { Organisation } from '../organisation/index.js';
import type { InvoicingTables } from './invoicing.table.js';

export type InvoicingDb = InvoicingTables & AuditTables & KernelTables;
export type Exec = DbExecutor<InvoicingDb>;

/** What invoicing needs to know about a customer to bill them. */
export interface InvoiceCustomer {
  id: string;
  name: string;
  kind?: string;
  locale: string;
  kvkNumber?: string | null;
  vatId?: string | null;
  contacts: { email: string | null; isPrimary?: boolean | number }[];
  addresses?: { kind: string; street: string; houseNumber: number | string; houseNumberAddition?: string; postcode: string; city: string; country: string }[];
}

/** One line of an order, as the orders module hands it over for invoicing. */
export interface OrderLineForInvoice {
  id: string;
  kind: string;
  serviceId: string | null;
  serviceKind?: string | null;
  description: string;
  quantity: number;
  unitPriceCents: number;
  unitCostCents: number;
  vatCode: string;
}

export interface OrderForInvoice {
  order: { id: string; status: string; number?: string };
  customerId: string;
  caseId: string | null;
  lines: OrderLineForInvoice[];
}

export interface InvoicingDeps {
  db: Kysely<InvoicingDb>;
  clock: Clock;
  audit: AuditService;
  bus: EventBus;
  /** Sends the invoice mails with their PDF. */
  mailer: Mailer;
  organisation: { getOrganisation(): Promise<Organisation> };
  customers: { summary(id: string, exec?: unknown): Promise<InvoiceCustomer | undefined> };
  catalog: {
    /** The VAT rate of a code on a date; throws (422) when the code has no rate that day. */
    vatRateOn(code: string, date: string, exec?: unknown): Promise<{ percentBp: number }>;
  };
  /** Absent until the orders module is wired; invoices from orders are refused meanwhile. */
  orders?: {
    orderForInvoice(orderId: string, exec?: unknown): Promise<OrderForInvoice | undefined>;
    markInvoiced(trx: unknown, orderId: string, invoiceId: string): Promise<unknown>;
  };
  /** Days between issue date and due date (default 14). */
  paymentTermDays?: number;
}
