import type { z } from 'zod';
import type {
  BankImportResult as ImportResultSchema,
  BankStatementLine as BankLineSchema,
} from '../../../../src/modules/invoicing/bank.schema';
import type {
  CreateCreditNoteBody,
  CreatePaymentBody,
  DraftLineInput,
  Invoice as InvoiceSchema,
  InvoiceLine as InvoiceLineSchema,
  InvoiceSummary as SummarySchema,
  Payment as PaymentSchema,
} from '../../../../src/modules/invoicing/invoice.schema';

export type Invoice = z.infer<typeof InvoiceSchema>;
export type InvoiceSummary = z.infer<typeof SummarySchema>;
export type InvoiceLine = z.infer<typeof InvoiceLineSchema>;
export type Payment = z.infer<typeof PaymentSchema>;
export type PaymentMethod = Payment['method'];
export type PaymentBody = z.input<typeof CreatePaymentBody>;
export type CreditNoteBody = z.input<typeof CreateCreditNoteBody>;
export type DraftLine = z.input<typeof DraftLineInput>;
export type VatCode = DraftLine['vatCode'];
export type BankLine = z.infer<typeof BankLineSchema>;
export type BankImportResult = z.infer<typeof ImportResultSchema>;

export const PAYMENT_METHODS: PaymentMethod[] = ['bank_transfer', 'cash', 'card', 'ideal', 'other'];
export const VAT_CODES: VatCode[] = ['standard', 'reduced', 'zero'];
