import type { DbExecutor } from '../../kernel/db/types.js';
import { newId } from '../../kernel/ids.js';
import type { CreateCustomerBody, CustomerService } from '../customers/index.js';
import { installedRow, type ProductService } from '../products/index.js';
import type { PurchaseService } from '../purchases/index.js';
import type { InstalledImport, SalesImport } from './import.rows.js';

export type Outcome = 'created' | 'updated' | 'unchanged' | { rejected: string };

export interface Upserters {
  customers: CustomerService;
  products: ProductService;
  purchases: PurchaseService;
  now: () => string;
}

type Row<T> = { line: number; value: T };

/** What an import compares: the fields a file carries, in a stable shape. */
function customerShape(c: CreateCustomerBody) {
  return JSON.stringify([
    c.kind,
    c.name,
    c.kvkNumber,
    c.vatId,
    c.locale,
    c.consentMarketingMail,
    c.tags,
    c.segment,
    c.acquisitionDate,
    c.acquisitionChannel,
    c.acquisitionCostCents,
    c.contacts.map((k) => [k.name, k.email, k.phone]),
    c.addresses.map((a) => [a.street, a.houseNumber, a.houseNumberAddition, a.postcode, a.city, a.country]),
  ]);
}

/**
 * Upserts one batch by external id. A row equal to what is stored changes nothing (so a second import of the
 * same file reports every row as unchanged); a changed row replaces the imported fields and bumps `version`.
 */
export async function upsertCustomers<T>(trx: DbExecutor<T>, u: Upserters, rows: Row<CreateCustomerBody & { externalId: string }>[]) {
  const existing = await u.customers.idsByExternalId(
    trx,
    rows.map((r) => r.value.externalId),
  );
  const out: Outcome[] = [];
  for (const { value } of rows) {
    const id = existing.get(value.externalId);
    if (!id) {
      await u.customers.insertNew(trx, value);
      out.push('created');
      continue;
    }
    const current = await u.customers.load(trx, id);
    const stored = { ...value, ...current, contacts: current.contacts, addresses: current.addresses };
    if (customerShape(stored) === customerShape(value)) {
      out.push('unchanged');
      continue;
    }
    await u.customers.updateFromImport(trx, id, { ...value, version: current.version });
    out.push('updated');
  }
  return out;
}

export async function upsertInstalled<T>(trx: DbExecutor<T>, u: Upserters, rows: Row<InstalledImport>[]) {
  const [customers, products, existing] = await Promise.all([
    u.customers.idsByExternalId(trx, [...new Set(rows.map((r) => r.value.customerExternalId))]),
    u.products.productsBySku(trx, [...new Set(rows.map((r) => r.value.sku))]),
    u.products.installedByExternalId(
      trx,
      rows.map((r) => r.value.externalId),
    ),
  ]);
  const out: Outcome[] = [];
  const fresh = [];
  for (const { value: v } of rows) {
    const customerId = customers.get(v.customerExternalId);
    const product = products.get(v.sku);
    if (!customerId) out.push({ rejected: `customer ${v.customerExternalId} is unknown` });
    else if (!product) out.push({ rejected: `SKU ${v.sku} is not in the product catalog` });
    else {
      const old = existing.get(v.externalId);
      const next = { customerId, productId: product.id, sku: v.sku, serialNumber: v.serialNumber, purchaseDate: v.purchaseDate, purchaseChannel: v.purchaseChannel, extendedWarrantyEnd: v.extendedWarrantyEnd, notes: v.notes };
      if (!old) {
        fresh.push(installedRow(customerId, product.id, { ...next, externalId: v.externalId }, u.now()));
        out.push('created');
      } else if (Object.entries(next).every(([k, val]) => old[k as keyof typeof old] === val)) out.push('unchanged');
      else {
        await u.products.updateInstalled(trx, old.id, old.version, { ...next, updatedAt: u.now() });
        out.push('updated');
      }
    }
  }
  await u.products.insertInstalled(trx, fresh);
  return out;
}

export async function upsertSales<T>(trx: DbExecutor<T>, u: Upserters, rows: Row<SalesImport>[]) {
  const [customers, existing] = await Promise.all([
    u.customers.idsByExternalId(trx, [...new Set(rows.map((r) => r.value.customerExternalId))]),
    u.purchases.byExternalId(
      trx,
      rows.map((r) => r.value.externalId),
    ),
  ]);
  const out: Outcome[] = [];
  const fresh = [];
  for (const { value: v } of rows) {
    const customerId = customers.get(v.customerExternalId);
    if (!customerId) {
      out.push({ rejected: `customer ${v.customerExternalId} is unknown` });
      continue;
    }
    const { customerExternalId: _c, ...fields } = v;
    const next = { ...fields, customerId };
    const old = existing.get(v.externalId);
    if (!old) {
      fresh.push({ id: newId(), ...next, createdAt: u.now() });
      out.push('created');
    } else if (Object.entries(next).every(([k, val]) => Number.isFinite(val as number) ? Number(old[k as keyof typeof old]) === val : old[k as keyof typeof old] === val))
      out.push('unchanged');
    else {
      await u.purchases.update(trx, old.id, next);
      out.push('updated');
    }
  }
  await u.purchases.insert(trx, fresh);
  return out;
}
