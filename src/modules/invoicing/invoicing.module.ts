import type { Actor } from '../../kernel/context.js';
import type { App } from '../../kernel/http/build-app.js';
import { bankRoutes } from './bank.routes.js';
import { createBankService } from './bank.service.js';
import { createCreditNoteService } from './credit-note.service.js';
import { createInvoiceDocuments } from './invoice.documents.js';
import './invoice.events.js';
import { invoiceRoutes, portalInvoiceRoutes } from './invoice.routes.js';
import type { CreatePaymentBody, Payment } from './invoice.schema.js';
import { createInvoiceService } from './invoice.service.js';
import { toPayment } from './invoice.mapping.js';
import type { InvoicingDeps } from './invoicing.deps.js';
import { createPaymentService } from './payment.service.js';

export type Invoicing = ReturnType<typeof createInvoicing>;

/**
 * Invoicing: drafts from orders or typed-in lines, issuing with gapless yearly numbers, credit notes, PDF with
 * EPC QR code, UBL (Peppol BIS 3), payments by hand and from camt.053 bank statements.
 */
export function createInvoicing(deps: InvoicingDeps) {
  const invoices = createInvoiceService(deps);
  const payments = createPaymentService(deps);
  const credits = createCreditNoteService(deps, invoices);
  const documents = createInvoiceDocuments(deps, invoices);
  const bank = createBankService(deps, payments);
  deps.bus.on('invoice.issued', (e, meta) => documents.mailIssued(e.invoiceId, meta.eventId));

  return {
    listInvoices: invoices.listInvoices,
    getInvoice: invoices.getInvoice,
    createDraft: invoices.createDraft,
    updateDraft: invoices.updateDraft,
    deleteDraft: invoices.deleteDraft,
    issue: invoices.issue,
    createCreditNote: credits.createCreditNote,

    /** A payment registered by hand. */
    async addPayment(actor: Actor, invoiceId: string, body: CreatePaymentBody): Promise<Payment> {
      return toPayment(await deps.db.transaction().execute((trx) => payments.registerPayment(trx, actor, invoiceId, body)));
    },

    documents,
    bank,

    async routes(app: App): Promise<void> {
      invoiceRoutes(app, this as Invoicing);
      bankRoutes(app, this as Invoicing);
      portalInvoiceRoutes(app, this as Invoicing);
    },
  };
}
