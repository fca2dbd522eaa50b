import type { Actor } from '../../kernel/context.js';
import { nextCounter } from '../../kernel/db/counters.js';
import { AppError, found } from '../../kernel/errors.js';
import { newId } from '../../kernel/ids.js';
import { offsetOf, type Page } from '../../kernel/pagination.js';
import { addDays, businessDate } from './dates.js';
import { toQuote } from './mapping.js';
import { documentNumber, placeOrder } from './order.place.js';
import type { OrdersDeps } from './orders.deps.js';
import { ordersRepo } from './orders.repo.js';
import type { AcceptQuoteBody, CreateQuoteBody, DeclineQuoteBody, ListQuery, Quote } from './orders.schema.js';
import type { QuoteLineRow, QuoteRow } from './orders.table.js';
import { type DraftLine, surchargeLine } from './pricing.js';
import { quoteMail, quotePdf } from './quote.document.js';
import { bookableLine, createSalesPreparation, serviceAddress } from './sales.prepare.js';

export type QuoteDecider = 'agent' | 'customer';

const stale = () => new AppError('version_conflict', { detail: 'The quote was changed by someone else; reload it.' });

/** Quotes (offertes): priced proposals a customer accepts or declines; accepting one places the order. */
export function createQuoteService(deps: OrdersDeps) {
  const { db, clock, audit, bus } = deps;
  const sales = createSalesPreparation(deps);
  const today = () => businessDate(clock.now());

  async function load(id: string): Promise<Quote> {
    const row = found(await ordersRepo.findQuote(db, id), 'Quote');
    return toQuote(row, await ordersRepo.quoteLinesOf(db, [id]), today());
  }

  /** A quote the caller may see: staff see all, a customer only their own quotes once sent (others are "not found"). */
  async function visible(id: string, customerId?: string): Promise<Quote> {
    const q = await load(id);
    if (customerId !== undefined && (q.customerId !== customerId || q.status === 'draft')) throw new AppError('not_found', { detail: 'Quote not found' });
    return q;
  }

  async function document(q: Quote): Promise<{ pdf: Buffer; caseNumber: string; customerName: string }> {
    const [organisation, caseInfo, customer] = await Promise.all([deps.organisation(), deps.caseInfo(q.caseId), deps.customer(q.customerId)]);
    const customerName = customer?.name ?? '';
    const caseNumber = caseInfo?.number ?? '';
    const pdf = await quotePdf({ quote: q, organisation, customerName, address: customer && serviceAddress(customer), caseNumber });
    return { pdf, caseNumber, customerName };
  }

  /** The case's contact, else the customer's first contact with an email address. */
  async function recipient(q: Quote): Promise<string | null> {
    const [caseInfo, customer] = await Promise.all([deps.caseInfo(q.caseId), deps.customer(q.customerId)]);
    return caseInfo?.contactEmail || customer?.contacts.find((c) => c.email)?.email || null;
  }

  return {
    getQuote: (id: string, customerId?: string) => visible(id, customerId),

    async listQuotes(q: ListQuery): Promise<Page<Quote>> {
      const { rows, total } = await ordersRepo.quotePage(db, q, today(), offsetOf(q), q.pageSize);
      const lines = await ordersRepo.quoteLinesOf(db, rows.map((r) => r.id));
      return { items: rows.map((r) => toQuote(r, lines, today())), total, page: q.page, pageSize: q.pageSize };
    },

    /** A customer's sent quotes, newest first. */
    async quotesOfCustomer(customerId: string): Promise<Quote[]> {
      const rows = await ordersRepo.sentQuotesOf(db, customerId);
      const lines = await ordersRepo.quoteLinesOf(db, rows.map((r) => r.id));
      return rows.map((r) => toQuote(r, lines, today()));
    },

    async quotesOfCase(caseId: string): Promise<Quote[]> {
      const rows = await ordersRepo.quotesOfCase(db, caseId);
      const lines = await ordersRepo.quoteLinesOf(db, rows.map((r) => r.id));
      return rows.map((r) => toQuote(r, lines, today()));
    },

    async createQuote(actor: Actor, body: CreateQuoteBody): Promise<Quote> {
      const p = await sales.prepare(body);
      const id = newId();
      await db.transaction().execute(async (trx) => {
        const now = clock.now().toISOString();
        const year = p.date.slice(0, 4);
        const row: QuoteRow = {
          id,
          number: documentNumber('OF', year, await nextCounter(trx, 'quote', year)),
          customerId: p.customer.id,
          caseId: p.caseInfo.id,
          installedProductId: p.installedProductId,
          status: 'draft',
          underWarranty: p.underWarranty,
          quoteDate: p.date,
          validUntil: addDays(p.date, body.validDays ?? 30),
          locale: p.customer.locale === 'en' ? 'en' : 'nl',
          sentAt: null,
          decidedAt: null,
          decidedBy: null,
          declineReason: null,
          orderId: null,
          slotTemplateId: p.slot?.templateId ?? null,
          slotDate: p.slot?.date ?? null,
          createdBy: actor.principal && actor.principal.kind !== 'customer' ? actor.principal.userId || null : null,
          version: 1,
          createdAt: now,
          updatedAt: now,
        };
        const lines: QuoteLineRow[] = p.lines.map((l, i) => ({ ...l, id: newId(), quoteId: id, position: i + 1, createdAt: now }));
        await ordersRepo.insertQuote(trx, row, lines);
        await audit.record(trx, actor, { action: 'quote.created', entityType: 'quote', entityId: id, after: { number: row.number, caseId: row.caseId } });
      });
      return load(id);
    },

    /** Renders the quote as a PDF (for the staff and for its own customer). */
    async quotePdf(id: string, customerId?: string): Promise<{ number: string; pdf: Buffer }> {
      const q = await visible(id, customerId);
      return { number: q.number, pdf: (await document(q)).pdf };
    },

    /** Emails the quote with its PDF to the case's contact; a draft becomes sent, a sent quote is sent again. */
    async sendQuote(actor: Actor, id: string, version?: number): Promise<Quote> {
      const q = await load(id);
      if (q.status !== 'draft' && q.status !== 'sent')
        throw new AppError('unprocessable', { subcode: 'quote.not_sendable', detail: `A quote that is ${q.status} cannot be sent.` });
      if (q.validUntil < today()) throw new AppError('unprocessable', { subcode: 'quote.expired', detail: `Quote ${q.number} expired on ${q.validUntil}.` });
      const to = await recipient(q);
      if (!to) throw new AppError('unprocessable', { subcode: 'quote.no_email', detail: 'The customer has no email address to send the quote to.' });
      await db.transaction().execute(async (trx) => {
        const now = clock.now().toISOString();
        if (!(await ordersRepo.updateQuote(trx, id, version ?? q.version, ['draft', 'sent'], { status: 'sent', sentAt: now, updatedAt: now }))) throw stale();
        await bus.emit(trx, 'quote.mail', { quoteId: id, to });
        await bus.emit(trx, 'quote.sent', { quoteId: id, number: q.number, caseId: q.caseId, customerId: q.customerId, at: now });
        await audit.record(trx, actor, { action: 'quote.sent', entityType: 'quote', entityId: id, after: { to } });
      });
      return load(id);
    },

    /** Composes and sends a queued quote mail with the PDF attached, in the customer's language. */
    async mailQuote(e: { quoteId: string; to: string }, eventId: string): Promise<void> {
      const q = await load(e.quoteId);
      const [doc, org] = await Promise.all([document(q), deps.organisation()]);
      const name = (await deps.customer(q.customerId))?.contacts.find((c) => c.email === e.to)?.name || doc.customerName;
      const url = `${deps.baseUrl}/portaal/offertes/${q.id}`;
      const mail = quoteMail(q.locale, { name, number: q.number, caseNumber: doc.caseNumber, company: org.name, validUntil: q.validUntil, url });
      await deps.mailer.send({ to: e.to, ...mail, attachments: [{ filename: `${q.number}.pdf`, contentType: 'application/pdf', content: doc.pdf }] }, eventId);
    },

    /**
     * Accepts a quote and places its order in one transaction, holding the chosen time slot; a slot that filled
     * up in the meantime refuses the whole acceptance and leaves the quote as it was.
     */
    async acceptQuote(actor: Actor, id: string, by: QuoteDecider, body: AcceptQuoteBody, customerId?: string): Promise<Quote> {
      const q = await visible(id, customerId);
      const open = by === 'agent' ? ['draft', 'sent'] : ['sent'];
      if (q.status === 'expired' || q.validUntil < today()) throw new AppError('unprocessable', { subcode: 'quote.expired', detail: `Quote ${q.number} expired on ${q.validUntil}.` });
      if (!open.includes(q.status)) throw new AppError('conflict', { subcode: 'quote.decided', detail: `Quote ${q.number} is already ${q.status}.` });
      if ((body.templateId === undefined) !== (body.date === undefined))
        throw new AppError('unprocessable', { subcode: 'quote.slot_incomplete', detail: 'Choose a slot with both templateId and date.' });
      const chosen = body.templateId && body.date ? { templateId: body.templateId, date: body.date } : null;
      const slot = chosen ?? (q.slotTemplateId && q.slotDate ? { templateId: q.slotTemplateId, date: q.slotDate } : null);
      const [caseInfo, customer] = await Promise.all([deps.caseInfo(q.caseId), deps.customer(q.customerId)]);
      if (!caseInfo || !customer) throw new AppError('unprocessable', { detail: 'The case or customer of this quote no longer exists.' });
      const address = serviceAddress(customer);
      let lines: DraftLine[] = q.lines.map(({ id: _id, position: _p, netCents: _n, ...l }) => l);
      if (slot) {
        const line = bookableLine(lines);
        if (!line?.serviceId) throw new AppError('unprocessable', { subcode: 'orders.slot_without_service', detail: 'This quote has no home service to book a time slot for.' });
        if (!address) throw new AppError('unprocessable', { subcode: 'orders.no_service_address', detail: 'The customer has no address to book an appointment at.' });
        if (chosen && (chosen.templateId !== q.slotTemplateId || chosen.date !== q.slotDate)) {
          const rule = q.underWarranty ? (await deps.catalog.settings()).warrantyRule : null;
          const extra = await surchargeLine(deps.catalog, await sales.slotOffer(line.serviceId, address, chosen), { locale: q.locale, date: today(), rule });
          lines = [...lines.filter((l) => l.kind !== 'surcharge'), ...(extra ? [extra] : [])];
        }
      }
      await db.transaction().execute(async (trx) => {
        const now = clock.now().toISOString();
        const orderId = newId();
        const patch = { status: 'accepted' as const, decidedAt: now, decidedBy: by, orderId, slotTemplateId: slot?.templateId ?? null, slotDate: slot?.date ?? null, updatedAt: now };
        if (!(await ordersRepo.updateQuote(trx, id, body.version ?? q.version, open, patch))) throw stale();
        await placeOrder(deps, trx, actor, {
          id: orderId,
          customerId: q.customerId,
          caseId: q.caseId,
          caseSubject: caseInfo.subject,
          quoteId: q.id,
          installedProductId: q.installedProductId,
          underWarranty: q.underWarranty,
          date: today(),
          locale: q.locale,
          lines,
          slot,
          address,
        });
        await bus.emit(trx, 'quote.accepted', { quoteId: id, number: q.number, caseId: q.caseId, customerId: q.customerId, orderId, by, at: now });
        await audit.record(trx, actor, { action: 'quote.accepted', entityType: 'quote', entityId: id, after: { orderId, by, slot } });
      });
      return load(id);
    },

    async declineQuote(actor: Actor, id: string, by: QuoteDecider, body: DeclineQuoteBody, customerId?: string): Promise<Quote> {
      const q = await visible(id, customerId);
      const open = by === 'agent' ? ['draft', 'sent'] : ['sent'];
      if (!open.includes(q.status)) throw new AppError('conflict', { subcode: 'quote.decided', detail: `Quote ${q.number} is already ${q.status}.` });
      await db.transaction().execute(async (trx) => {
        const now = clock.now().toISOString();
        const patch = { status: 'declined' as const, decidedAt: now, decidedBy: by, declineReason: body.reason || null, updatedAt: now };
        if (!(await ordersRepo.updateQuote(trx, id, body.version ?? q.version, open, patch))) throw stale();
        await bus.emit(trx, 'quote.declined', { quoteId: id, number: q.number, caseId: q.caseId, customerId: q.customerId, by, at: now });
        await audit.record(trx, actor, { action: 'quote.declined', entityType: 'quote', entityId: id, after: { by, reason: body.reason } });
      });
      return load(id);
    },
  };
}

export type QuoteService = ReturnType<typeof createQuoteService>;
