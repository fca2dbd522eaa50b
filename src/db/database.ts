import type { KernelTables } from '../kernel/db/types.js';
import type { AuditTables } from '../modules/audit/index.js';
import type { AuthTables } from '../modules/auth/index.js';
import type { CasesTables } from '../modules/cases/index.js';
import type { CatalogTables } from '../modules/catalog/index.js';
import type { InvoicingTables } from '../modules/invoicing/index.js';
import type { OrdersTables } from '../modules/orders/index.js';
import type { PlanningTables } from '../modules/planning/index.js';
import type { RepairsTables } from '../modules/repairs/index.js';
import type { PortalTables } from '../modules/portal/index.js';
import type { SatisfactionTables } from '../modules/satisfaction/index.js';
import type { CustomersTables } from '../modules/customers/index.js';
import type { ImportsTables } from '../modules/imports/index.js';
import type { OrganisationTables } from '../modules/organisation/index.js';
import type { ProductsTables } from '../modules/products/index.js';
import type { PurchasesTables } from '../modules/purchases/index.js';
import type { TeamsTables } from '../modules/teams/index.js';
import type { UsersTables } from '../modules/users/index.js';
import type { WebhooksTables } from '../modules/webhooks/index.js';

/** Every table of the application; each module's repositories see only their own part of it. */
export type Database = KernelTables &
  AuditTables &
  AuthTables &
  UsersTables &
  TeamsTables &
  OrganisationTables &
  CustomersTables &
  ProductsTables &
  PurchasesTables &
  ImportsTables &
  CasesTables &
  PortalTables &
  SatisfactionTables &
  WebhooksTables &
  CatalogTables &
  PlanningTables &
  OrdersTables &
  RepairsTables &
  InvoicingTables;
