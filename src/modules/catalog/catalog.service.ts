import type { Kysely } from 'kysely';
import type { Clock } from '../../kernel/clock.js';
import type { Actor } from '../../kernel/context.js';
import type { DbExecutor } from '../../kernel/db/types.js';
import { AppError, found } from '../../kernel/errors.js';
import { newId } from '../../kernel/ids.js';
import type { AuditService, AuditTables } from '../audit/index.js';
import { businessDate, dayBefore, periodsOverlap, rateOn } from './catalog.cost.js';
import { assertNotNegative, isUniqueViolation, toPart, toService, toSettings, toVatRate } from './catalog.mapping.js';
import { catalogRepo } from './catalog.repo.js';
import type {
  CatalogSettings,
  CreatePartBody,
  CreateServiceBody,
  CreateVatRateBody,
  Part,
  Service,
  UpdatePartBody,
  UpdateServiceBody,
  UpdateSettingsBody,
  VatRate,
} from './catalog.schema.js';
import type { CatalogTables, PartRow, ServiceRow, VatCode } from './catalog.table.js';
import { createStock } from './stock.service.js';
import { stockRepo } from './stock.repo.js';

type DB = CatalogTables & AuditTables;

export interface CatalogDeps {
  db: Kysely<DB>;
  clock: Clock;
  audit: AuditService;
}

export type Catalog = ReturnType<typeof createCatalog>;

/** Any module's database handle or open transaction; the catalog only touches its own tables through it. */
// biome-ignore lint/suspicious/noExplicitAny: callers pass executors typed with the whole application's database
export type AnyExec = DbExecutor<any>;

const stale = (what: string) => new AppError('version_conflict', { detail: `The ${what} was changed by someone else; reload it.` });
const codeTaken = (code: string) =>
  new AppError('conflict', { subcode: 'catalog.service_code_taken', detail: `A service with code ${code} already exists.`, errors: [{ path: 'body.code', message: 'already in use' }] });
const skuTaken = (sku: string) =>
  new AppError('conflict', { subcode: 'catalog.part_sku_taken', detail: `A part with SKU ${sku} already exists.`, errors: [{ path: 'body.sku', message: 'already in use' }] });

/** Services (diensten) with their standard cost and margin, parts with stock, the VAT table and service settings. */
export function createCatalog(deps: CatalogDeps) {
  const { db, clock, audit } = deps;
  const ex = (exec?: AnyExec) => (exec ?? db) as DbExecutor<DB>;
  const stock = createStock({ db, clock, audit });

  async function labourRate(exec: DbExecutor<DB>): Promise<number> {
    return Number((await catalogRepo.findSettings(exec)).labourCostPerHourCents);
  }

  /** The VAT rate of `code` on `date`; 422 when the table has none for that day. */
  async function vatRateOn(code: VatCode, date: string, exec?: AnyExec): Promise<VatRate> {
    const rate = rateOn(await catalogRepo.findVatRatesOf(ex(exec), code), code, date);
    if (!rate)
      throw new AppError('unprocessable', {
        subcode: 'catalog.vat_not_valid',
        detail: `VAT rate ${code} not valid on ${date}`,
        errors: [{ path: 'body.vatCode', message: `no ${code} VAT rate on ${date}` }],
      });
    return toVatRate(rate);
  }

  async function loadService(exec: DbExecutor<DB>, id: string): Promise<Service> {
    return toService(found(await catalogRepo.findServiceById(exec, id), 'Service'), await labourRate(exec));
  }

  async function loadPart(exec: DbExecutor<DB>, id: string): Promise<Part> {
    const row = found(await catalogRepo.findPartById(exec, id), 'Part');
    return toPart(row, await stockRepo.findStock(exec, [id]));
  }

  async function uniquely<T>(write: () => Promise<T>, taken: () => AppError): Promise<T> {
    try {
      return await write();
    } catch (err) {
      throw isUniqueViolation(err) ? taken() : err;
    }
  }

  const today = () => businessDate(clock.now());

  return {
    ...stock,
    vatRateOn,

    /** The whole VAT table, per code, oldest first. */
    vatRates: async (exec?: AnyExec): Promise<VatRate[]> => (await catalogRepo.findVatRates(ex(exec))).map(toVatRate),

    /**
     * Adds a rate from `validFrom`. The code's open rate, when it started earlier, now ends the day before, so
     * periods follow each other; any other overlap is refused with 422.
     */
    async addVatRate(actor: Actor, body: CreateVatRateBody): Promise<VatRate> {
      if (body.validTo !== null && body.validTo < body.validFrom)
        throw new AppError('unprocessable', { subcode: 'catalog.vat_period', detail: 'The last day comes before the first day.', errors: [{ path: 'body.validTo', message: 'before validFrom' }] });
      return db.transaction().execute(async (trx) => {
        const existing = await catalogRepo.findVatRatesOf(trx, body.code);
        const open = existing.find((r) => r.validTo === null && r.validFrom < body.validFrom);
        const after = existing.map((r) => (r === open ? { ...r, validTo: dayBefore(body.validFrom) } : r));
        const clash = after.find((r) => periodsOverlap(r, body));
        if (clash)
          throw new AppError('unprocessable', {
            subcode: 'catalog.vat_overlap',
            detail: `The ${body.code} rate from ${clash.validFrom} already covers part of this period.`,
            errors: [{ path: 'body.validFrom', message: 'overlaps an existing period' }],
          });
        if (open) await catalogRepo.closeVatRate(trx, open.id, dayBefore(body.validFrom));
        const row = { id: newId(), code: body.code, percentBp: body.percentBp, validFrom: body.validFrom, validTo: body.validTo, createdAt: clock.now().toISOString() };
        await catalogRepo.insertVatRate(trx, row);
        await audit.record(trx, actor, { action: 'catalog.vat_rate.created', entityType: 'vat_rate', entityId: row.id, after: row, before: open ? { ...open } : null });
        return toVatRate(row);
      });
    },

    /** The service settings: labour cost rate, travel rates, loaner cost and the warranty rule. */
    settings: async (exec?: AnyExec): Promise<CatalogSettings> => toSettings(await catalogRepo.findSettings(ex(exec))),

    async updateSettings(actor: Actor, body: UpdateSettingsBody): Promise<CatalogSettings> {
      const { version, warrantyRule, ...amounts } = body;
      assertNotNegative(amounts);
      return db.transaction().execute(async (trx) => {
        const before = toSettings(await catalogRepo.findSettings(trx));
        const patch = { ...amounts, ...(warrantyRule ? { warrantyRule: JSON.stringify(warrantyRule) } : {}), updatedAt: clock.now().toISOString() };
        if (!(await catalogRepo.updateSettings(trx, version, patch))) throw stale('settings');
        const after = toSettings(await catalogRepo.findSettings(trx));
        await audit.record(trx, actor, { action: 'catalog.settings.updated', entityType: 'service_settings', entityId: 'default', before, after });
        return after;
      });
    },

    /** Services ordered by code, optionally only (in)active ones. */
    async listServices(filter: { active?: boolean } = {}, exec?: AnyExec): Promise<Service[]> {
      const e = ex(exec);
      const rate = await labourRate(e);
      return (await catalogRepo.findServices(e, filter.active)).map((r) => toService(r, rate));
    },
    getService: (id: string, exec?: AnyExec): Promise<Service> => loadService(ex(exec), id),
    /** Several services at once (unknown ids are left out). */
    async getServices(ids: string[], exec?: AnyExec): Promise<Service[]> {
      const e = ex(exec);
      const rate = await labourRate(e);
      return (await catalogRepo.findServicesByIds(e, [...new Set(ids)])).map((r) => toService(r, rate));
    },

    async createService(actor: Actor, body: CreateServiceBody): Promise<Service> {
      const { priceCents, labourMinutes, partsCostCents, travelCostCents, durationMinutes } = body;
      assertNotNegative({ priceCents, labourMinutes, partsCostCents, travelCostCents, durationMinutes });
      return db.transaction().execute(async (trx) => {
        await vatRateOn(body.vatCode, today(), trx);
        if (await catalogRepo.findServiceByCode(trx, body.code)) throw codeTaken(body.code);
        const now = clock.now().toISOString();
        const row: ServiceRow = { id: newId(), ...body, requiredSkills: JSON.stringify(body.requiredSkills), version: 1, createdAt: now, updatedAt: now };
        await uniquely(() => catalogRepo.insertService(trx, row), () => codeTaken(body.code));
        const after = await loadService(trx, row.id);
        await audit.record(trx, actor, { action: 'catalog.service.created', entityType: 'service', entityId: row.id, after });
        return after;
      });
    },

    async updateService(actor: Actor, id: string, body: UpdateServiceBody): Promise<Service> {
      const { version, requiredSkills, ...fields } = body;
      const { priceCents, labourMinutes, partsCostCents, travelCostCents, durationMinutes } = fields;
      assertNotNegative({ priceCents, labourMinutes, partsCostCents, travelCostCents, durationMinutes });
      return db.transaction().execute(async (trx) => {
        const before = await loadService(trx, id);
        if (fields.vatCode) await vatRateOn(fields.vatCode, today(), trx);
        if (fields.code && fields.code !== before.code && (await catalogRepo.findServiceByCode(trx, fields.code))) throw codeTaken(fields.code);
        const patch: Partial<ServiceRow> = { ...fields, ...(requiredSkills ? { requiredSkills: JSON.stringify(requiredSkills) } : {}), updatedAt: clock.now().toISOString() };
        const updated = await uniquely(() => catalogRepo.updateService(trx, id, version, patch), () => codeTaken(fields.code ?? ''));
        if (!updated) throw stale('service');
        const after = await loadService(trx, id);
        await audit.record(trx, actor, { action: 'catalog.service.updated', entityType: 'service', entityId: id, before, after });
        return after;
      });
    },

    /** Parts ordered by SKU with their stock per location. */
    async listParts(filter: { active?: boolean } = {}, exec?: AnyExec): Promise<Part[]> {
      const e = ex(exec);
      const rows = await catalogRepo.findParts(e, filter.active);
      const stockRows = await stockRepo.findStock(e);
      return rows.map((r) => toPart(r, stockRows));
    },
    getPart: (id: string, exec?: AnyExec): Promise<Part> => loadPart(ex(exec), id),

    async createPart(actor: Actor, body: CreatePartBody): Promise<Part> {
      assertNotNegative({ costCents: body.costCents, priceCents: body.priceCents });
      return db.transaction().execute(async (trx) => {
        await vatRateOn(body.vatCode, today(), trx);
        if (await catalogRepo.findPartBySku(trx, body.sku)) throw skuTaken(body.sku);
        const now = clock.now().toISOString();
        const row: PartRow = { id: newId(), ...body, version: 1, createdAt: now, updatedAt: now };
        await uniquely(() => catalogRepo.insertPart(trx, row), () => skuTaken(body.sku));
        const after = await loadPart(trx, row.id);
        await audit.record(trx, actor, { action: 'catalog.part.created', entityType: 'part', entityId: row.id, after });
        return after;
      });
    },

    async updatePart(actor: Actor, id: string, body: UpdatePartBody): Promise<Part> {
      const { version, ...fields } = body;
      assertNotNegative({ costCents: fields.costCents, priceCents: fields.priceCents });
      return db.transaction().execute(async (trx) => {
        const before = await loadPart(trx, id);
        if (fields.vatCode) await vatRateOn(fields.vatCode, today(), trx);
        if (fields.sku && fields.sku !== before.sku && (await catalogRepo.findPartBySku(trx, fields.sku))) throw skuTaken(fields.sku);
        const updated = await uniquely(
          () => catalogRepo.updatePart(trx, id, version, { ...fields, updatedAt: clock.now().toISOString() }),
          () => skuTaken(fields.sku ?? ''),
        );
        if (!updated) throw stale('part');
        const after = await loadPart(trx, id);
        await audit.record(trx, actor, { action: 'catalog.part.updated', entityType: 'part', entityId: id, before, after });
        return after;
      });
    },
  };
}
