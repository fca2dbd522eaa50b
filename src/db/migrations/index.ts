import type { Migration } from 'kysely';
import * as kernel from './2026_12_01_0900_kernel.js';
import * as auth from './2026_12_01_0910_auth.js';
import * as organisation from './2026_12_01_0920_organisation.js';
import * as customers from './2026_12_01_1000_customers.js';
import * as cases from './2026_12_02_1000_cases.js';
import * as portal from './2026_12_02_1100_portal.js';
import * as webhooks from './2026_12_02_1200_webhooks.js';
import * as catalog from './2026_12_08_1000_catalog.js';
import * as planning from './2026_12_08_1100_planning.js';
import * as orders from './2026_12_08_1200_orders.js';
import * as repairs from './2026_12_08_1300_repairs.js';
import * as invoicing from './2026_12_08_1400_invoicing.js';

/** Every migration, in order. A static list, so it works the same from source, bundled, and in tests. */
export const migrations: Record<string, Migration> = {
  '2026_12_01_0900_kernel': kernel,
  '2026_12_01_0910_auth': auth,
  '2026_12_01_0920_organisation': organisation,
  '2026_12_01_1000_customers': customers,
  '2026_12_02_1000_cases': cases,
  '2026_12_02_1100_portal': portal,
  '2026_12_02_1200_webhooks': webhooks,
  '2026_12_08_1000_catalog': catalog,
  '2026_12_08_1100_planning': planning,
  '2026_12_08_1200_orders': orders,
  '2026_12_08_1300_repairs': repairs,
  '2026_12_08_1400_invoicing': invoicing,
};
