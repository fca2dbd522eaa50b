import type { KernelTables } from '../kernel/db/types.js';
import type { AuditTables } from '../modules/audit/index.js';
import type { AuthTables } from '../modules/auth/index.js';
import type { CustomersTables } from '../modules/customers/index.js';
import type { ImportsTables } from '../modules/imports/index.js';
import type { OrganisationTables } from '../modules/organisation/index.js';
import type { ProductsTables } from '../modules/products/index.js';
import type { PurchasesTables } from '../modules/purchases/index.js';
import type { TeamsTables } from '../modules/teams/index.js';
import type { UsersTables } from '../modules/users/index.js';

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
  ImportsTables;
