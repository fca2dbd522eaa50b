import { AppError } from '../../kernel/errors.js';
import { formatEuro } from '../../kernel/money.js';
import { unprocessable } from './invoice.errors.js';
import { dutchDate, renderInvoicePdf } from './invoice.pdf.js';
import { invoiceRepo } from './invoice.repo.js';
import type { Invoice } from './invoice.schema.js';
import type { InvoiceService } from './invoice.service.js';
import { invoiceUbl } from './invoice.ubl.js';
import type { InvoicingDeps } from './invoicing.deps.js';

/** Rendered PDFs kept in memory: a few MB at ~15 kB each. */
const PDF_CACHE_SIZE = 200;

const fileName = (inv: Invoice, ext: string) =>
  `${inv.kind === 'credit_note' ? (inv.locale === 'en' ? 'credit-note' : 'creditnota') : inv.locale === 'en' ? 'invoice' : 'factuur'}-${inv.number ?? 'concept'}.${ext}`;

function mailText(inv: Invoice): { subject: string; text: string } {
  const company = inv.seller?.name ?? '';
  const credit = inv.kind === 'credit_note';
  if (inv.locale === 'en') {
    return credit
      ? { subject: `Credit note ${inv.number} from ${company}`, text: `Dear ${inv.customerName},\n\nAttached is credit note ${inv.number} for invoice ${inv.creditOfNumber ?? ''}, for ${formatEuro(-inv.grossCents)}.\n\nKind regards,\n${company}` }
      : {
          subject: `Invoice ${inv.number} from ${company}`,
          text: `Dear ${inv.customerName},\n\nAttached is invoice ${inv.number} for ${formatEuro(inv.grossCents)}. Please pay by ${dutchDate(inv.dueDate)} to ${inv.seller?.iban}, quoting ${inv.number}.\n\nKind regards,\n${company}`,
        };
  }
  return credit
    ? { subject: `Creditnota ${inv.number} van ${company}`, text: `Beste ${inv.customerName},\n\nBijgaand vindt u creditnota ${inv.number} bij factuur ${inv.creditOfNumber ?? ''}, voor ${formatEuro(-inv.grossCents)}.\n\nMet vriendelijke groet,\n${company}` }
    : {
        subject: `Factuur ${inv.number} van ${company}`,
        text: `Beste ${inv.customerName},\n\nBijgaand vindt u factuur ${inv.number} van ${formatEuro(inv.grossCents)}. Wilt u dit bedrag vóór ${dutchDate(inv.dueDate)} overmaken naar ${inv.seller?.iban} onder vermelding van ${inv.number}?\n\nMet vriendelijke groet,\n${company}`,
      };
}

/** PDF and UBL of issued invoices, and the email that brings them to the customer. */
export function createInvoiceDocuments(deps: InvoicingDeps, invoices: InvoiceService) {
  const { db, clock } = deps;
  // Rendering takes ~100 ms of CPU and blocks the process; an issued invoice never changes, so its PDF is kept.
  // The key holds everything a rendering depends on, so an edited draft or a new payment renders afresh.
  const rendered = new Map<string, Buffer>();
  async function renderCached(inv: Invoice): Promise<Buffer> {
    const key = `${inv.id}:${inv.version}:${inv.paidCents}:${inv.creditedCents}:${inv.paymentStatus}`;
    const hit = rendered.get(key);
    if (hit) return hit;
    const content = await renderInvoicePdf(inv);
    rendered.set(key, content);
    if (rendered.size > PDF_CACHE_SIZE) rendered.delete(rendered.keys().next().value as string);
    return content;
  }

  /** A customer sees only their own issued invoices; anything else is "not found", never "forbidden". */
  async function visible(id: string, customerId?: string): Promise<Invoice> {
    const inv = await invoices.getInvoice(id);
    if (customerId && (inv.customerId !== customerId || inv.status !== 'issued')) throw new AppError('not_found', { detail: 'Invoice not found' });
    return inv;
  }

  return {
    async pdf(id: string, customerId?: string): Promise<{ filename: string; content: Buffer }> {
      const inv = await visible(id, customerId);
      return { filename: fileName(inv, 'pdf'), content: await renderCached(inv) };
    },

    async ubl(id: string): Promise<{ filename: string; content: string }> {
      const inv = await invoices.getInvoice(id);
      if (inv.status !== 'issued') throw unprocessable('invoice.draft', 'A draft has no UBL document; issue it first.');
      return { filename: fileName(inv, 'xml'), content: invoiceUbl(inv) };
    },

    /**
     * Mails an issued invoice's PDF to the customer, from the `invoice.issued` handler: the PDF is rendered after
     * the issuing transaction (which holds the number counter) has committed. The event id keeps a retried send
     * recognisable, and an invoice that was mailed is not mailed again.
     */
    async mailIssued(invoiceId: string, eventId: string = invoiceId): Promise<void> {
      const inv = await invoices.getInvoice(invoiceId);
      const to = inv.customer?.email;
      if (!to || inv.status !== 'issued' || (await invoiceRepo.findById(db, invoiceId))?.mailedAt) return;
      const content = await renderCached(inv);
      await deps.mailer.send({ to, ...mailText(inv), attachments: [{ filename: fileName(inv, 'pdf'), contentType: 'application/pdf', content }] }, eventId);
      await invoiceRepo.markMailed(db, invoiceId, clock.now().toISOString());
    },
  };
}

export type InvoiceDocuments = ReturnType<typeof createInvoiceDocuments>;
