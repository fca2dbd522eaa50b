import type { Actor } from '../../kernel/context.js';
import { nextCounter } from '../../kernel/db/counters.js';
import { AppError, found } from '../../kernel/errors.js';
import { newId } from '../../kernel/ids.js';
import { formatInvoiceNumber } from './invoice-number.js';
import { issuedError, staleError, unprocessable } from './invoice.errors.js';
import { addDays, amsterdamDay, customerSnapshot, sellerSnapshot, toInvoice, toSummary } from './invoice.mapping.js';
import { type InvoiceFilter, invoiceRepo } from './invoice.repo.js';
import type { CreateInvoiceBody, DraftLineInput, Invoice, InvoiceSummary, IssueInvoiceBody, ListInvoicesQuery, UpdateInvoiceBody } from './invoice.schema.js';
import { documentTotals, lineNet } from './invoice.totals.js';
import type { Exec, InvoicingDeps } from './invoicing.deps.js';
import type { InvoiceLineRow, InvoiceRow } from './invoicing.table.js';
import type { Page } from '../../kernel/pagination.js';

export const userIdOf = (actor: Actor): string | null =>
  actor.principal && actor.principal.kind !== 'customer' ? actor.principal.userId : null;

/** Drafts, issuing with a gapless number, and reading invoices. */
export function createInvoiceService(deps: InvoicingDeps) {
  const { db, clock, audit, bus } = deps;
  const termDays = deps.paymentTermDays ?? 14;
  const today = () => amsterdamDay(clock.now());

  async function load(exec: Exec, id: string): Promise<InvoiceRow> {
    return found(await invoiceRepo.findById(exec, id), 'Invoice');
  }

  async function detail(exec: Exec, row: InvoiceRow): Promise<Invoice> {
    const [lines, payments, creditNotes, original] = await Promise.all([
      invoiceRepo.linesOf(exec, row.id),
      invoiceRepo.paymentsOf(exec, row.id),
      row.kind === 'invoice' ? invoiceRepo.creditNotesOf(exec, row.id) : Promise.resolve([]),
      row.creditOfId ? invoiceRepo.findById(exec, row.creditOfId) : Promise.resolve(undefined),
    ]);
    return toInvoice(row, { lines, payments, creditNotes, creditOfNumber: original?.number ?? null }, today());
  }

  async function rateOf(code: string, date: string): Promise<number> {
    return (await deps.catalog.vatRateOn(code, date)).percentBp;
  }

  /** Line rows for a draft; lines sent back with an id keep what they carried over from the order. */
  async function draftLines(invoiceId: string, input: DraftLineInput[], previous: InvoiceLineRow[] = []): Promise<InvoiceLineRow[]> {
    const on = today();
    const rates = new Map<string, number>();
    for (const code of new Set(input.map((l) => l.vatCode))) rates.set(code, await rateOf(code, on));
    return input.map((l, i) => {
      const prev = l.id ? previous.find((p) => p.id === l.id) : undefined;
      if (l.id && !prev) throw new AppError('validation', { detail: `Line ${i + 1} does not belong to this invoice.`, errors: [{ path: `body.lines.${i}.id`, message: 'unknown line' }] });
      return {
        id: prev?.id ?? newId(),
        invoiceId,
        position: i + 1,
        kind: l.kind,
        description: l.description,
        quantity: l.quantity,
        unitPriceCents: l.unitPriceCents,
        vatCode: l.vatCode,
        vatPercentBp: rates.get(l.vatCode) as number,
        netCents: lineNet(l),
        orderLineId: prev?.orderLineId ?? null,
        serviceId: prev?.serviceId ?? null,
        serviceKind: prev?.serviceKind ?? null,
        unitCostCents: l.unitCostCents,
        creditOfLineId: null,
      };
    });
  }

  function draftRow(id: string, customerId: string, customerName: string, locale: string, extra: Partial<InvoiceRow>, lines: InvoiceLineRow[]): InvoiceRow {
    const now = clock.now().toISOString();
    const t = documentTotals(lines);
    return {
      id,
      number: null,
      kind: 'invoice',
      creditOfId: null,
      customerId,
      customerName,
      orderId: null,
      orderNumber: null,
      caseId: null,
      status: 'draft',
      issueDate: null,
      dueDate: null,
      customerSnapshot: null,
      sellerSnapshot: null,
      reference: '',
      notes: '',
      reason: '',
      locale: locale === 'en' ? 'en' : 'nl',
      netCents: t.netCents,
      vatCents: t.vatCents,
      grossCents: t.grossCents,
      creditedCents: 0,
      paidCents: 0,
      paymentStatus: 'open',
      issuedAt: null,
      issuedBy: null,
      mailedAt: null,
      version: 1,
      createdAt: now,
      updatedAt: now,
      ...extra,
    };
  }

  async function fromOrder(orderId: string): Promise<{ customerId: string; caseId: string | null; orderNumber: string | null; lines: Omit<InvoiceLineRow, 'invoiceId'>[] }> {
    if (!deps.orders) throw unprocessable('invoice.orders_unavailable', 'Invoices from orders are not available.');
    const o = await deps.orders.orderForInvoice(orderId);
    if (!o) throw new AppError('not_found', { detail: 'Order not found' });
    if (o.order.status === 'cancelled') throw unprocessable('invoice.order_cancelled', 'A cancelled order cannot be invoiced.');
    if (o.order.status === 'invoiced') throw new AppError('conflict', { subcode: 'invoice.order_invoiced', detail: 'This order has already been invoiced.' });
    if (o.lines.length === 0) throw unprocessable('invoice.no_lines', 'The order has no lines to invoice.');
    const on = today();
    const rates = new Map<string, number>();
    for (const code of new Set(o.lines.map((l) => l.vatCode))) rates.set(code, await rateOf(code, on));
    const lines = o.lines.map((l, i) => ({
      id: newId(),
      position: i + 1,
      kind: l.kind,
      description: l.description,
      quantity: l.quantity,
      unitPriceCents: l.unitPriceCents,
      vatCode: l.vatCode,
      vatPercentBp: rates.get(l.vatCode) as number,
      netCents: lineNet(l),
      orderLineId: l.id,
      serviceId: l.serviceId,
      serviceKind: l.serviceKind ?? null,
      unitCostCents: l.unitCostCents,
      creditOfLineId: null,
    }));
    return { customerId: o.customerId, caseId: o.caseId, orderNumber: o.order.number ?? null, lines };
  }

  return {
    load,
    detail,
    today,

    async listInvoices(q: ListInvoicesQuery, scope: { customerId?: string; issuedOnly?: boolean } = {}): Promise<Page<InvoiceSummary>> {
      const on = today();
      const f: InvoiceFilter = { ...q, ...(scope.customerId ? { customerId: scope.customerId } : {}), numberLike: q.q };
      if (scope.issuedOnly) f.status = 'issued';
      if (q.overdue === true) f.overdueOn = on;
      if (q.overdue === false) f.notOverdueOn = on;
      const { items, total } = await invoiceRepo.page(db, f, (q.page - 1) * q.pageSize, q.pageSize);
      return { items: items.map((r) => toSummary(r, on)), total, page: q.page, pageSize: q.pageSize };
    },

    getInvoice: async (id: string): Promise<Invoice> => detail(db, await load(db, id)),

    /** A draft from an order's lines, or from lines typed in for a customer. */
    async createDraft(actor: Actor, body: CreateInvoiceBody): Promise<Invoice> {
      const id = newId();
      let row: InvoiceRow;
      let lines: InvoiceLineRow[];
      if ('orderId' in body) {
        const existing = await invoiceRepo.findInvoiceOfOrder(db, body.orderId);
        if (existing) throw new AppError('conflict', { subcode: 'invoice.order_invoiced', detail: `This order already has invoice ${existing.number ?? '(draft)'}.` });
        const o = await fromOrder(body.orderId);
        lines = o.lines.map((l) => ({ ...l, invoiceId: id }));
        const c = found(await deps.customers.summary(o.customerId), 'Customer');
        row = draftRow(id, o.customerId, c.name, c.locale, { orderId: body.orderId, orderNumber: o.orderNumber, caseId: o.caseId, reference: body.reference, notes: body.notes }, lines);
      } else {
        const c = found(await deps.customers.summary(body.customerId), 'Customer');
        lines = await draftLines(id, body.lines);
        row = draftRow(id, body.customerId, c.name, c.locale, { caseId: body.caseId, reference: body.reference, notes: body.notes }, lines);
      }
      return db.transaction().execute(async (trx) => {
        try {
          await invoiceRepo.insert(trx, row);
        } catch (err) {
          if (row.orderId && (await invoiceRepo.findInvoiceOfOrder(trx, row.orderId)))
            throw new AppError('conflict', { subcode: 'invoice.order_invoiced', detail: 'This order already has an invoice.' });
          throw err;
        }
        await invoiceRepo.insertLines(trx, lines);
        const after = await detail(trx, row);
        await audit.record(trx, actor, { action: 'invoice.created', entityType: 'invoice', entityId: id, after: { orderId: row.orderId, customerId: row.customerId, grossCents: row.grossCents } });
        return after;
      });
    },

    async updateDraft(actor: Actor, id: string, body: UpdateInvoiceBody): Promise<Invoice> {
      const current = await load(db, id);
      if (current.status !== 'draft') throw issuedError();
      const previous = await invoiceRepo.linesOf(db, id);
      const lines = body.lines ? await draftLines(id, body.lines, previous) : previous;
      return db.transaction().execute(async (trx) => {
        const t = documentTotals(lines);
        const patch: Partial<InvoiceRow> = { netCents: t.netCents, vatCents: t.vatCents, grossCents: t.grossCents, updatedAt: clock.now().toISOString() };
        if (body.reference !== undefined) patch.reference = body.reference;
        if (body.notes !== undefined) patch.notes = body.notes;
        if (!(await invoiceRepo.updateVersioned(trx, id, body.version, patch, 'draft'))) {
          throw (await load(trx, id)).status === 'draft' ? staleError() : issuedError();
        }
        if (body.lines) await invoiceRepo.replaceLines(trx, id, lines);
        const after = await detail(trx, await load(trx, id));
        await audit.record(trx, actor, { action: 'invoice.updated', entityType: 'invoice', entityId: id, before: toSummary(current, today()), after: toSummary(await load(trx, id), today()) });
        return after;
      });
    },

    async deleteDraft(actor: Actor, id: string, version: number): Promise<void> {
      const current = await load(db, id);
      if (current.status !== 'draft') throw issuedError();
      await db.transaction().execute(async (trx) => {
        if (!(await invoiceRepo.deleteDraft(trx, id, version))) throw (await load(trx, id)).status === 'draft' ? staleError() : issuedError();
        await audit.record(trx, actor, { action: 'invoice.deleted', entityType: 'invoice', entityId: id, before: toSummary(current, today()) });
      });
    },

    /**
     * Issues a draft: checks the VAT rates on the issue date, freezes seller and customer, and takes the next
     * number of the year in the same transaction, so a failed issue never uses a number.
     */
    async issue(actor: Actor, id: string, body: IssueInvoiceBody): Promise<Invoice> {
      const draft = await load(db, id);
      if (draft.status !== 'draft') throw issuedError();
      if (body.version !== undefined && body.version !== draft.version) throw staleError();
      const issueDate = body.issueDate ?? today();
      if (issueDate > today()) throw unprocessable('invoice.future_date', 'The issue date cannot be in the future.', [{ path: 'body.issueDate', message: 'in the future' }]);
      const lines = await invoiceRepo.linesOf(db, id);
      if (lines.length === 0) throw unprocessable('invoice.no_lines', 'An invoice needs at least one line.');
      for (const [i, l] of lines.entries()) {
        const where = `Line ${i + 1} ("${l.description}")`;
        let bp: number;
        try {
          bp = await rateOf(l.vatCode, issueDate);
        } catch (err) {
          const why = err instanceof AppError ? err.detail : String(err);
          throw unprocessable('invoice.vat_rate_invalid', `${where}: ${why ?? `VAT code ${l.vatCode} is not valid on ${issueDate}`}`, [
            { path: `lines.${i}.vatCode`, message: `not valid on ${issueDate}` },
          ]);
        }
        if (bp !== l.vatPercentBp)
          throw unprocessable(
            'invoice.vat_rate_invalid',
            `${where}: the ${l.vatCode} VAT rate on ${issueDate} is ${bp / 100}%, not the line's ${l.vatPercentBp / 100}%. Save the line again or choose another issue date.`,
            [{ path: `lines.${i}.vatCode`, message: `${l.vatPercentBp / 100}% is not valid on ${issueDate}` }],
          );
      }
      const totals = documentTotals(lines);
      if (totals.grossCents < 0) throw unprocessable('invoice.negative_total', 'An invoice cannot total less than zero; make a credit note instead.');
      const org = await deps.organisation.getOrganisation();
      const seller = sellerSnapshot(org);
      const missing = (['name', 'iban', 'kvkNumber', 'vatId'] as const).filter((k) => !seller[k]);
      if (missing.length) throw unprocessable('invoice.seller_incomplete', `Complete the company details first (${missing.join(', ')}).`);
      const customer = customerSnapshot(found(await deps.customers.summary(draft.customerId), 'Customer'));
      const year = Number(issueDate.slice(0, 4));

      return db.transaction().execute(async (trx) => {
        const number = formatInvoiceNumber(year, await nextCounter(trx, 'invoice', String(year)));
        const latest = await invoiceRepo.latestIssueDate(trx, year);
        if (latest && latest > issueDate)
          throw unprocessable('invoice.date_order', `Invoice dates follow their numbers: the last invoice of ${year} is dated ${latest}.`, [{ path: 'body.issueDate', message: `before ${latest}` }]);
        const now = clock.now().toISOString();
        const patch: Partial<InvoiceRow> = {
          number,
          status: 'issued',
          issueDate,
          dueDate: addDays(issueDate, termDays),
          sellerSnapshot: JSON.stringify(seller),
          customerSnapshot: JSON.stringify(customer),
          customerName: customer.name,
          netCents: totals.netCents,
          vatCents: totals.vatCents,
          grossCents: totals.grossCents,
          paymentStatus: totals.grossCents === 0 ? 'paid' : 'open',
          issuedAt: now,
          issuedBy: userIdOf(actor),
          updatedAt: now,
        };
        if (!(await invoiceRepo.updateVersioned(trx, id, draft.version, patch, 'draft'))) {
          throw (await load(trx, id)).status === 'draft' ? staleError() : issuedError();
        }
        if (draft.orderId && deps.orders) await deps.orders.markInvoiced(trx, draft.orderId, id);
        const row = await load(trx, id);
        await audit.record(trx, actor, { action: 'invoice.issued', entityType: 'invoice', entityId: id, after: toSummary(row, today()) });
        await bus.emit(trx, 'invoice.issued', { invoiceId: id, number, kind: 'invoice', customerId: row.customerId, grossCents: row.grossCents, at: now });
        return detail(trx, row);
      });
    },
  };
}

export type InvoiceService = ReturnType<typeof createInvoiceService>;
