import type { Actor } from '../../kernel/context.js';
import { found } from '../../kernel/errors.js';
import { formatEuro } from '../../kernel/money.js';
import { newId } from '../../kernel/ids.js';
import { unprocessable } from './invoice.errors.js';
import { invoiceRepo } from './invoice.repo.js';
import type { CreatePaymentBody } from './invoice.schema.js';
import { openAmount, paymentStatusOf } from './invoice.totals.js';
import type { Exec, InvoicingDeps } from './invoicing.deps.js';
import type { PaymentRow } from './invoicing.table.js';
import { userIdOf } from './invoice.service.js';

export interface PaymentInput extends CreatePaymentBody {
  bankStatementLineId?: string | null;
}

/** Payments against issued invoices, by hand or from a bank statement. */
export function createPaymentService(deps: Pick<InvoicingDeps, 'clock' | 'audit' | 'bus'>) {
  const { clock, audit, bus } = deps;

  /**
   * Registers a payment inside `trx`. The invoice row is locked first, so two payments of one invoice never both
   * fit the same open amount. Refuses more than is open: an overpayment needs a person to decide.
   */
  async function registerPayment(trx: Exec, actor: Actor, invoiceId: string, input: PaymentInput): Promise<PaymentRow> {
    const inv = found(await invoiceRepo.lockById(trx, invoiceId), 'Invoice');
    if (inv.status !== 'issued' || inv.kind !== 'invoice')
      throw unprocessable('invoice.not_payable', inv.status === 'draft' ? 'A draft cannot be paid; issue it first.' : 'A credit note is not paid.');
    const open = openAmount(inv);
    if (input.amountCents > open)
      throw unprocessable('invoice.overpayment', `The payment (${formatEuro(input.amountCents)}) is more than is open on invoice ${inv.number} (${formatEuro(open)}).`, [
        { path: 'body.amountCents', message: `at most ${open}` },
      ]);
    const now = clock.now().toISOString();
    const row: PaymentRow = {
      id: newId(),
      invoiceId,
      amountCents: input.amountCents,
      paidOn: input.paidOn,
      method: input.method,
      reference: input.reference,
      bankStatementLineId: input.bankStatementLineId ?? null,
      createdAt: now,
      createdBy: userIdOf(actor),
    };
    await invoiceRepo.insertPayment(trx, row);
    const paidCents = inv.paidCents + input.amountCents;
    const paymentStatus = paymentStatusOf({ ...inv, paidCents });
    await invoiceRepo.update(trx, invoiceId, { paidCents, paymentStatus, updatedAt: now });
    await audit.record(trx, actor, { action: 'invoice.payment_registered', entityType: 'invoice', entityId: invoiceId, after: { ...row, createdBy: undefined, paymentStatus } });
    if (paymentStatus === 'paid' && inv.paymentStatus !== 'paid') await bus.emit(trx, 'invoice.paid', { invoiceId, number: inv.number as string, at: now });
    return row;
  }

  return { registerPayment };
}

export type PaymentService = ReturnType<typeof createPaymentService>;
