import type { Actor } from '../../kernel/context.js';
import { nextCounter } from '../../kernel/db/counters.js';
import { AppError, found } from '../../kernel/errors.js';
import { newId } from '../../kernel/ids.js';
import { formatEuro } from '../../kernel/money.js';
import { formatInvoiceNumber } from './invoice-number.js';
import { unprocessable } from './invoice.errors.js';
import { sellerSnapshot, toSummary } from './invoice.mapping.js';
import { invoiceRepo } from './invoice.repo.js';
import type { CreateCreditNoteBody, Invoice } from './invoice.schema.js';
import type { InvoiceService } from './invoice.service.js';
import { userIdOf } from './invoice.service.js';
import { documentTotals, lineNet, paymentStatusOf } from './invoice.totals.js';
import type { Exec, InvoicingDeps } from './invoicing.deps.js';
import type { InvoiceLineRow, InvoiceRow } from './invoicing.table.js';

/** Credit notes: the only way to correct an issued invoice, in full or for some of its lines. */
export function createCreditNoteService(deps: InvoicingDeps, invoices: InvoiceService) {
  const { db, clock, audit, bus } = deps;

  /** The credit lines for a request, checked against what is left to credit of each original line. */
  async function creditLines(trx: Exec, original: InvoiceRow, body: CreateCreditNoteBody, creditId: string): Promise<InvoiceLineRow[]> {
    const lines = await invoiceRepo.linesOf(trx, original.id);
    const credited = await invoiceRepo.creditedQuantities(trx, original.id);
    const left = (l: InvoiceLineRow) => l.quantity - (credited.get(l.id) ?? 0);
    const wanted =
      'full' in body
        ? lines.filter((l) => left(l) > 0).map((l) => ({ line: l, quantity: left(l) }))
        : body.lines.map((w, i) => {
            const line = lines.find((l) => l.id === w.invoiceLineId);
            if (!line) throw new AppError('validation', { detail: `Line ${i + 1} is not a line of this invoice.`, errors: [{ path: `body.lines.${i}.invoiceLineId`, message: 'unknown line' }] });
            if (w.quantity > left(line))
              throw unprocessable('invoice.credit_exceeds', `Line "${line.description}": at most ${left(line)} can still be credited.`, [
                { path: `body.lines.${i}.quantity`, message: `at most ${left(line)}` },
              ]);
            return { line, quantity: w.quantity };
          });
    if (new Set(wanted.map((w) => w.line.id)).size !== wanted.length) throw new AppError('validation', { detail: 'A line is listed twice.' });
    if (wanted.length === 0) throw unprocessable('invoice.credit_exceeds', 'Everything on this invoice has already been credited.');
    return wanted.map(({ line, quantity }, i) => ({
      ...line,
      id: newId(),
      invoiceId: creditId,
      position: i + 1,
      quantity: -quantity,
      netCents: lineNet({ quantity: -quantity, unitPriceCents: line.unitPriceCents }),
      creditOfLineId: line.id,
    }));
  }

  return {
    /**
     * Issues a credit note at the original's VAT rates, numbered in the same series. Everything is checked again
     * after the original is locked, so two credit notes at once can never credit more than the invoice's gross.
     */
    async createCreditNote(actor: Actor, invoiceId: string, body: CreateCreditNoteBody): Promise<Invoice> {
      const original = await invoices.load(db, invoiceId);
      if (original.kind !== 'invoice' || original.status !== 'issued')
        throw unprocessable('invoice.not_creditable', original.status === 'draft' ? 'A draft is changed or deleted, not credited.' : 'A credit note cannot be credited.');
      const seller = sellerSnapshot(await deps.organisation.getOrganisation());
      const issueDate = invoices.today();
      const year = Number(issueDate.slice(0, 4));
      const id = newId();
      return db.transaction().execute(async (trx) => {
        const locked = found(await invoiceRepo.lockById(trx, invoiceId), 'Invoice');
        const lines = await creditLines(trx, locked, body, id);
        const t = documentTotals(lines);
        const room = locked.grossCents - locked.creditedCents;
        if (-t.grossCents > room)
          throw unprocessable('invoice.credit_exceeds', `This credit note (${formatEuro(-t.grossCents)}) is more than is left to credit on ${locked.number} (${formatEuro(room)}).`);
        if (t.grossCents >= 0) throw unprocessable('invoice.credit_empty', 'A credit note must credit an amount.');
        const number = formatInvoiceNumber(year, await nextCounter(trx, 'invoice', String(year)));
        const latest = await invoiceRepo.latestIssueDate(trx, year);
        if (latest && latest > issueDate) throw unprocessable('invoice.date_order', `The last invoice of ${year} is dated ${latest}.`);
        const now = clock.now().toISOString();
        const row: InvoiceRow = {
          ...locked,
          id,
          number,
          kind: 'credit_note',
          creditOfId: locked.id,
          status: 'issued',
          issueDate,
          dueDate: issueDate,
          sellerSnapshot: JSON.stringify(seller),
          reference: locked.reference,
          notes: '',
          reason: body.reason,
          netCents: t.netCents,
          vatCents: t.vatCents,
          grossCents: t.grossCents,
          creditedCents: 0,
          paidCents: 0,
          // Nothing is collected on a credit note: it settles against the invoice it corrects.
          paymentStatus: 'paid',
          issuedAt: now,
          issuedBy: userIdOf(actor),
          mailedAt: null,
          version: 1,
          createdAt: now,
          updatedAt: now,
        };
        await invoiceRepo.insert(trx, row);
        await invoiceRepo.insertLines(trx, lines);
        const creditedCents = locked.creditedCents - t.grossCents;
        await invoiceRepo.update(trx, locked.id, { creditedCents, paymentStatus: paymentStatusOf({ ...locked, creditedCents }), updatedAt: now });
        await audit.record(trx, actor, { action: 'invoice.credited', entityType: 'invoice', entityId: locked.id, after: { creditNoteId: id, number, grossCents: t.grossCents, reason: body.reason } });
        await audit.record(trx, actor, { action: 'invoice.issued', entityType: 'invoice', entityId: id, after: toSummary(row, issueDate) });
        await bus.emit(trx, 'invoice.issued', { invoiceId: id, number, kind: 'credit_note', customerId: row.customerId, grossCents: row.grossCents, at: now });
        return invoices.detail(trx, row);
      });
    },
  };
}
