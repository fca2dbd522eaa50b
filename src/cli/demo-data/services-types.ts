import type { CatalogTables } from '../../modules/catalog/index.js';
import type { InvoicingTables } from '../../modules/invoicing/index.js';
import type { OrdersTables } from '../../modules/orders/index.js';
import type { PlanningTables } from '../../modules/planning/index.js';
import type { RepairsTables } from '../../modules/repairs/index.js';

export type Region = 'west' | 'zuid' | 'oost' | 'noord';

/** A repair-type case (storing or reparatie) that may lead to paid work. */
export interface ServiceCase {
  id: string;
  number: string;
  customerId: string;
  createdAt: string;
  subject: string;
  category: string;
  assigneeId: string | null;
}

export interface DemoAddressSnapshot {
  street: string;
  houseNumber: number;
  houseNumberAddition: string;
  postcode: string;
  city: string;
  country: string;
  lat: number | null;
  lng: number | null;
}

/** What the generator needs of a customer: billing and service address, contact and appliances. */
export interface ServiceCustomer {
  id: string;
  name: string;
  kind: 'person' | 'business';
  locale: string;
  kvkNumber: string | null;
  vatId: string | null;
  email: string | null;
  contactName: string;
  billing: DemoAddressSnapshot;
  service: DemoAddressSnapshot;
  installed: { id: string; category: string; purchaseDate: string; warrantyEnd: string; extendedWarrantyEnd: string | null }[];
}

export interface DemoTechnician {
  id: string;
  name: string;
  team: 'workshop' | 'field';
  hourlyCostCents: number;
  contractHoursPerWeek: number;
  skills: string[];
  /** The demo login of the technician role. */
  isDemoLogin: boolean;
}

export interface CatalogService {
  id: string;
  code: string;
  kind: string;
  nameNl: string;
  nameEn: string;
  priceCents: number;
  vatCode: string;
  standardCostCents: number;
  labourMinutes: number;
  durationMinutes: number;
  requiredSkills: string[];
}
export interface CatalogPart {
  id: string;
  sku: string;
  nameNl: string;
  nameEn: string;
  costCents: number;
  priceCents: number;
  vatCode: string;
}
export interface WarrantyRule {
  labour: 'free' | 'charged';
  parts: 'free' | 'charged';
  surcharge: 'free' | 'charged';
  travel: 'free' | 'charged';
}

/** Everything fixed before the first case: catalog, people, the calendar and "now". */
export interface ServicesContext {
  seed: number;
  now: Date;
  /** When the history starts (two years before now). */
  start: Date;
  /** How many cases the whole demo has; capacities and the loaner pool scale with it. */
  caseCount: number;
  services: Record<string, CatalogService>;
  parts: CatalogPart[];
  locations: { warehouse: string; workshop: string };
  openingStock: { partId: string; locationId: string; quantity: number }[];
  /** VAT basis points per code. */
  vatBp: Record<string, number>;
  warrantyRule: WarrantyRule;
  labourCostPerHourCents: number;
  travelCostPerKmCents: number;
  loanerCostPerDayCents: number;
  technicians: DemoTechnician[];
  planners: string[];
  backOffice: string[];
  /** Closed dates (public holidays) besides the company's own closure days. */
  holidays: ReadonlySet<string>;
  seller: { name: string; street: string; houseNumber: string; postcode: string; city: string; country: string; kvkNumber: string; vatId: string; iban: string };
}

export type SlotTemplateRow = PlanningTables['slotTemplates'];
export type BookingRow = PlanningTables['bookings'];
export type QuoteRow = OrdersTables['quotes'];
export type QuoteLineRow = OrdersTables['quoteLines'];
export type OrderRow = OrdersTables['orders'];
export type OrderLineRow = OrdersTables['orderLines'];
export type RepairOrderRow = RepairsTables['repairOrders'];
export type InvoiceRow = InvoicingTables['invoices'];
export type InvoiceLineRow = InvoicingTables['invoiceLines'];
export type PaymentRow = InvoicingTables['payments'];
export type StockMovementRow = CatalogTables['stockMovements'];

/** The planning set-up: slot templates, closure days, technicians' hours, absences and regions, and their vans. */
export interface PlanningSetup {
  templates: SlotTemplateRow[];
  closureDays: PlanningTables['closureDays'][];
  hours: PlanningTables['technicianHours'][];
  absences: PlanningTables['technicianAbsences'][];
  regions: PlanningTables['technicianRegions'][];
  vans: CatalogTables['stockLocations'][];
}

/** Rows ready to insert, table by table. */
export interface ServiceRows {
  quotes: QuoteRow[];
  quoteLines: QuoteLineRow[];
  orders: OrderRow[];
  orderLines: OrderLineRow[];
  bookings: BookingRow[];
  repairOrders: RepairOrderRow[];
  history: RepairsTables['repairStatusHistory'][];
  timeEntries: RepairsTables['timeEntries'][];
  repairParts: RepairsTables['repairParts'][];
  invoices: InvoiceRow[];
  invoiceLines: InvoiceLineRow[];
  payments: PaymentRow[];
}

/** What only the end of the run can give: numbered tails, pools, stock, capacity and bank statements. */
export interface ServiceFinal extends ServiceRows {
  loaners: RepairsTables['loaners'][];
  loans: RepairsTables['loanerLoans'][];
  slotUsage: PlanningTables['slotUsage'][];
  stockMovements: StockMovementRow[];
  /** Net change per part and location (added to what is on hand). */
  stockDeltas: { partId: string; locationId: string; quantity: number }[];
  statements: InvoicingTables['bankStatements'][];
  statementLines: InvoicingTables['bankStatementLines'][];
  /** Highest number used per counter and year: quote, order, repair, invoice. */
  counters: { name: string; period: string; value: number }[];
}

export const emptyRows = (): ServiceRows => ({
  quotes: [],
  quoteLines: [],
  orders: [],
  orderLines: [],
  bookings: [],
  repairOrders: [],
  history: [],
  timeEntries: [],
  repairParts: [],
  invoices: [],
  invoiceLines: [],
  payments: [],
});
