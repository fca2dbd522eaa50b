import type { Kysely } from 'kysely';
import type { Clock } from '../../kernel/clock.js';
import type { Actor } from '../../kernel/context.js';
import { csvRow } from '../../kernel/csv.js';
import type { DbExecutor } from '../../kernel/db/types.js';
import { foldForSearch } from '../../kernel/dutch-parse.js';
import { AppError, found } from '../../kernel/errors.js';
import { newId } from '../../kernel/ids.js';
import { offsetOf, type Page } from '../../kernel/pagination.js';
import type { AuditService, AuditTables } from '../audit/index.js';
import { childRows, customerRow, toCustomer, toListItem, tokensFor } from './customer.mapping.js';
import { type AddressRow, type ContactRow, type CustomerRow, customerRepo } from './customer.repo.js';
import { CreateCustomerBody, type Customer, type CustomerListItem, type ListCustomersQuery, type UpdateCustomerBody } from './customer.schema.js';
import { planSearch } from './customer.search.js';
import type { CustomersTables } from './customer.table.js';

type DB = CustomersTables & AuditTables;
type Tx = DbExecutor<DB>;

/** What other modules hold about a customer; wired in by the composition root. */
export interface CustomerHistory {
  /** True when the customer has installed products, purchases (and later cases, repairs, invoices). */
  hasHistory<T>(trx: DbExecutor<T>, customerId: string): Promise<boolean>;
  /** Moves all of `fromId`'s records to `toId` (merge). */
  reassign<T>(trx: DbExecutor<T>, fromId: string, toId: string): Promise<void>;
}

export type CustomerService = ReturnType<typeof createCustomerService>;

/** Customers (klanten): people and businesses, their contacts and addresses, search, merge and export. */
export function createCustomerService(deps: { db: Kysely<DB>; clock: Clock; audit: AuditService; history: () => CustomerHistory }) {
  const { db, clock, audit } = deps;

  async function load(exec: Tx, id: string): Promise<Customer> {
    const row = found(await customerRepo.findById(exec, id), 'Customer');
    const [contacts, addresses] = await Promise.all([customerRepo.contactsOf(exec, [id]), customerRepo.addressesOf(exec, [id])]);
    return toCustomer(row, contacts, addresses);
  }

  async function assertExternalIdFree(exec: Tx, externalId: string | null | undefined, exceptId?: string) {
    if (!externalId) return;
    const [other] = await customerRepo.findByExternalIds(exec, [externalId]);
    if (other && other.id !== exceptId)
      throw new AppError('conflict', { subcode: 'customer.external_id_taken', detail: `External id ${externalId} belongs to another customer.` });
  }

  async function insertNew(trx: Tx, body: CreateCustomerBody): Promise<string> {
    const now = clock.now().toISOString();
    const id = newId();
    const { contactRows, addressRows } = childRows(id, body.contacts, body.addresses, now);
    await customerRepo.insert(trx, [customerRow(id, body, now)]);
    await customerRepo.replaceChildren(trx, id, contactRows, addressRows, tokensFor(body, body.contacts, body.addresses));
    return id;
  }

  const service = {
    async listCustomers(q: ListCustomersQuery): Promise<Page<CustomerListItem>> {
      const filter = { plan: q.q ? planSearch(q.q) : undefined, segment: q.segment, kind: q.kind };
      const { rows, total } = await customerRepo.findPage(db, filter, q.sort, offsetOf(q), q.pageSize);
      const ids = rows.map((r) => r.id);
      const [contacts, addresses] = await Promise.all([customerRepo.contactsOf(db, ids), customerRepo.addressesOf(db, ids)]);
      const items = rows.map((r) =>
        toListItem(
          r,
          contacts.find((c) => c.customerId === r.id),
          addresses.find((a) => a.customerId === r.id),
        ),
      );
      return { items, total, page: q.page, pageSize: q.pageSize };
    },

    getCustomer: (id: string) => load(db, id),

    /** The live customer and contact behind an email address (newest contact), for the inbound channels. */
    async findByContactEmail(email: string, exec: Tx = db) {
      return (await customerRepo.contactsByEmail(exec, email.trim().toLowerCase()))[0];
    },

    /** Name, segment and contacts of a customer, for other modules; pass the open transaction when inside one. */
    async summary(id: string, exec: Tx = db) {
      const row = await customerRepo.findById(exec, id);
      if (!row) return undefined;
      const contacts = await customerRepo.contactsOf(exec, [id]);
      return { id, name: row.name, segment: row.segment, locale: row.locale, mergedIntoId: row.mergedIntoId, contacts };
    },

    /** `summary` for many customers in two queries (lists and boards). Unknown ids are left out. */
    async summaries(ids: string[], exec: Tx = db) {
      if (ids.length === 0) return [];
      const rows = await customerRepo.findByIdsInOrder(exec, ids);
      const contacts = await customerRepo.contactsOf(exec, ids);
      return rows.map((row) => ({
        id: row.id,
        name: row.name,
        segment: row.segment,
        locale: row.locale,
        mergedIntoId: row.mergedIntoId,
        contacts: contacts.filter((c) => c.customerId === row.id),
      }));
    },

    /** A new person with one contact for a sender nobody knows yet, inside the caller's transaction. */
    async createForSender(trx: Tx, actor: Actor, sender: { name: string; email: string | null; phone?: string | null; locale?: 'nl' | 'en' }) {
      const body = CreateCustomerBody.parse({
        kind: 'person',
        name: sender.name.slice(0, 160) || sender.email || 'Onbekend',
        locale: sender.locale ?? 'nl',
        tags: ['nieuwe-afzender'],
        acquisitionChannel: 'service',
        contacts: [{ name: sender.name.slice(0, 120) || sender.email || 'Onbekend', email: null, phone: sender.phone ?? null, isPrimary: true }],
      });
      // The mail parser already vetted the address; internationalised ones (IDN, UTF-8 local parts) are kept as sent.
      body.contacts[0].email = sender.email?.trim().toLowerCase().slice(0, 254) ?? null;
      const id = await insertNew(trx, body);
      const [contact] = await customerRepo.contactsOf(trx, [id]);
      await audit.record(trx, actor, { action: 'customer.created', entityType: 'customer', entityId: id, after: { name: body.name, source: 'inbound' } });
      return { customerId: id, contactId: contact.id };
    },

    async createCustomer(actor: Actor, body: CreateCustomerBody): Promise<Customer> {
      return db.transaction().execute(async (trx) => {
        await assertExternalIdFree(trx, body.externalId);
        const id = await insertNew(trx, body);
        const after = await load(trx, id);
        await audit.record(trx, actor, { action: 'customer.created', entityType: 'customer', entityId: id, after });
        return after;
      });
    },

    async updateCustomer(actor: Actor, id: string, body: UpdateCustomerBody): Promise<Customer> {
      return db.transaction().execute(async (trx) => {
        const before = await load(trx, id);
        if (before.mergedIntoId) throw new AppError('unprocessable', { subcode: 'customer.merged', detail: 'This customer was merged into another.' });
        await assertExternalIdFree(trx, body.externalId, id);
        const now = clock.now().toISOString();
        const { version, contacts, addresses, tags, ...fields } = body;
        const patch: Partial<CustomerRow> = { ...fields, updatedAt: now };
        if (tags) patch.tags = JSON.stringify(tags);
        if (fields.name) patch.searchName = foldForSearch(fields.name);
        if (fields.consentServiceMail !== undefined && fields.consentServiceMail !== before.consentServiceMail) patch.consentServiceMailAt = now;
        if (fields.consentMarketingMail !== undefined && fields.consentMarketingMail !== before.consentMarketingMail) patch.consentMarketingMailAt = now;
        if (!(await customerRepo.updateVersioned(trx, id, version, patch)))
          throw new AppError('version_conflict', { detail: 'The customer was changed by someone else; reload it.' });
        const nextContacts = contacts ?? before.contacts;
        const nextAddresses = addresses ?? before.addresses;
        const { contactRows, addressRows } = childRows(id, nextContacts, nextAddresses, now);
        const name = { name: fields.name ?? before.name, externalId: fields.externalId === undefined ? before.externalId : fields.externalId };
        await customerRepo.replaceChildren(trx, id, contactRows, addressRows, tokensFor(name, nextContacts, nextAddresses));
        const after = await load(trx, id);
        await audit.record(trx, actor, { action: 'customer.updated', entityType: 'customer', entityId: id, before, after });
        return after;
      });
    },

    async deleteCustomer(actor: Actor, id: string, version: number): Promise<void> {
      await db.transaction().execute(async (trx) => {
        const before = await load(trx, id);
        if (await deps.history().hasHistory(trx, id))
          throw new AppError('conflict', {
            subcode: 'customer.has_history',
            detail: 'This customer has products or purchases; merge the record instead, or erase it under the GDPR.',
          });
        if (!(await customerRepo.deleteVersioned(trx, id, version)))
          throw new AppError('version_conflict', { detail: 'The customer was changed by someone else; reload it.' });
        await audit.record(trx, actor, { action: 'customer.deleted', entityType: 'customer', entityId: id, before });
      });
    },

    /** Folds `mergeId` into `survivorId`: contacts, addresses, products and purchases move; the duplicate remains as a pointer. */
    async mergeCustomers(actor: Actor, survivorId: string, m: { mergeId: string; version: number; mergeVersion: number }): Promise<Customer> {
      if (survivorId === m.mergeId) throw new AppError('unprocessable', { subcode: 'customer.merge_self', detail: 'A customer cannot be merged into itself.' });
      return db.transaction().execute(async (trx) => {
        const survivor = await load(trx, survivorId);
        const duplicate = await load(trx, m.mergeId);
        if (survivor.mergedIntoId || duplicate.mergedIntoId) throw new AppError('unprocessable', { subcode: 'customer.merged', detail: 'One of these customers was already merged.' });
        const now = clock.now().toISOString();
        const ok =
          (await customerRepo.updateVersioned(trx, m.mergeId, m.mergeVersion, { mergedIntoId: survivorId, externalId: null, updatedAt: now })) &&
          (await customerRepo.updateVersioned(trx, survivorId, m.version, { updatedAt: now }));
        if (!ok) throw new AppError('version_conflict', { detail: 'One of the customers was changed by someone else; reload them.' });
        await customerRepo.moveChildren(trx, m.mergeId, survivorId);
        await deps.history().reassign(trx, m.mergeId, survivorId);
        const merged = await load(trx, survivorId);
        await customerRepo.replaceTokens(trx, survivorId, tokensFor(merged, merged.contacts, merged.addresses));
        const after = await load(trx, survivorId);
        await audit.record(trx, actor, { action: 'customer.merged', entityType: 'customer', entityId: survivorId, before: { survivor, duplicate }, after });
        return after;
      });
    },

    /** The customer list as formula-safe CSV, streamed. */
    async *exportCsv(q: Omit<ListCustomersQuery, 'page' | 'pageSize' | 'sort'>): AsyncGenerator<string> {
      yield csvRow(['id', 'external_id', 'kind', 'name', 'segment', 'email', 'phone', 'street', 'house_number', 'addition', 'postcode', 'city', 'country', 'created_at']);
      const filter = { plan: q.q ? planSearch(q.q) : undefined, segment: q.segment, kind: q.kind };
      let batch: CustomerRow[] = [];
      const flush = async function* () {
        const ids = batch.map((r) => r.id);
        const [contacts, addresses] = await Promise.all([customerRepo.contactsOf(db, ids), customerRepo.addressesOf(db, ids)]);
        for (const r of batch) {
          const c = contacts.find((x) => x.customerId === r.id);
          const a = addresses.find((x) => x.customerId === r.id);
          yield csvRow([r.id, r.externalId, r.kind, r.name, r.segment, c?.email, c?.phone, a?.street, a?.houseNumber, a?.houseNumberAddition, a?.postcode, a?.city, a?.country, r.createdAt]);
        }
        batch = [];
      };
      for await (const row of customerRepo.stream(db, filter)) {
        batch.push(row);
        if (batch.length === 500) yield* flush();
      }
      yield* flush();
    },

    async timeline(id: string) {
      await load(db, id);
      return audit.list({ entityType: 'customer', entityId: id, page: 1, pageSize: 100 });
    },

    /** Internal ids for external ids, for imports of products and purchases. */
    async idsByExternalId<T>(exec: DbExecutor<T>, externalIds: string[]): Promise<Map<string, string>> {
      const rows = await customerRepo.findByExternalIds(exec as unknown as Tx, externalIds);
      return new Map(rows.map((r) => [r.externalId as string, r.id]));
    },

    async exists<T>(exec: DbExecutor<T>, id: string): Promise<boolean> {
      const row = await customerRepo.findById(exec as unknown as Tx, id);
      return Boolean(row && !row.mergedIntoId);
    },

    count: () => customerRepo.count(db),

    /** Inserts prepared rows as they are (demo data and bulk loads); the caller owns their consistency. */
    async insertDemo<T>(trx: DbExecutor<T>, rows: { customer: CustomerRow; contacts: ContactRow[]; addresses: AddressRow[]; tokens: { token: string; customerId: string; searchName: string }[] }[]) {
      const tx = trx as unknown as Tx;
      await customerRepo.insert(tx, rows.map((r) => r.customer));
      await customerRepo.insertContacts(tx, rows.flatMap((r) => r.contacts));
      await customerRepo.insertAddresses(tx, rows.flatMap((r) => r.addresses));
      await customerRepo.insertTokens(tx, rows.flatMap((r) => r.tokens));
    },
    insertNew: <T>(trx: DbExecutor<T>, body: CreateCustomerBody) => insertNew(trx as unknown as Tx, body),
    load: <T>(trx: DbExecutor<T>, id: string) => load(trx as unknown as Tx, id),
    updateFromImport: async <T>(trx: DbExecutor<T>, id: string, body: CreateCustomerBody & { version: number }) => {
      const tx = trx as unknown as Tx;
      const now = clock.now().toISOString();
      const fresh = customerRow(id, body, now);
      const { id: _i, createdAt: _c, version: _v, mergedIntoId: _m, ...patch } = fresh;
      if (!(await customerRepo.updateVersioned(tx, id, body.version, patch))) throw new AppError('version_conflict');
      const { contactRows, addressRows } = childRows(id, body.contacts, body.addresses, now);
      await customerRepo.replaceChildren(tx, id, contactRows, addressRows, tokensFor(body, body.contacts, body.addresses));
    },
  };
  return service;
}
