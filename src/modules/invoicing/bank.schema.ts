import { z } from 'zod';
import { pageOf } from '../../kernel/pagination.js';

export const BankLineStatus = z.enum(['matched', 'unmatched', 'resolved', 'ignored']);

export const BankStatementLine = z.object({
  id: z.string(),
  bankStatementId: z.string(),
  position: z.number().int(),
  entryReference: z.string(),
  bookingDate: z.string(),
  valueDate: z.string().nullable(),
  /** Always positive; `creditDebit` says which way the money went. */
  amountCents: z.number().int(),
  currency: z.string(),
  creditDebit: z.enum(['CRDT', 'DBIT']),
  counterpartyName: z.string(),
  counterpartyIban: z.string(),
  endToEndId: z.string(),
  remittance: z.string(),
  status: BankLineStatus,
  invoiceId: z.string().nullable(),
  /** The matched or resolved invoice's number. */
  invoiceNumber: z.string().nullable(),
  paymentId: z.string().nullable(),
  note: z.string(),
  resolvedAt: z.string().nullable(),
  version: z.number().int(),
});
export type BankStatementLine = z.infer<typeof BankStatementLine>;

export const BankStatementSummary = z.object({
  id: z.string(),
  statementId: z.string(),
  iban: z.string(),
  format: z.string(),
  fromDate: z.string().nullable(),
  toDate: z.string().nullable(),
  filename: z.string(),
  lineCount: z.number().int(),
  matchedCount: z.number().int(),
  importedAt: z.string(),
});
export type BankStatementSummary = z.infer<typeof BankStatementSummary>;

export const BankStatement = BankStatementSummary.extend({ lines: z.array(BankStatementLine) });
export type BankStatement = z.infer<typeof BankStatement>;

/** The answer to an upload: every statement the file held. */
export const BankImportResult = z.object({
  statements: z.array(BankStatementSummary),
  matched: z.number().int(),
  unmatched: z.number().int(),
  ignored: z.number().int(),
});
export type BankImportResult = z.infer<typeof BankImportResult>;

export const BankStatementPage = pageOf(BankStatementSummary);
export const BankStatementLinePage = pageOf(BankStatementLine);

export const ListBankLinesQuery = z.strictObject({
  status: BankLineStatus.optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export type ListBankLinesQuery = z.infer<typeof ListBankLinesQuery>;

export const ResolveBankLineBody = z.union([
  z.strictObject({ invoiceId: z.uuid(), note: z.string().trim().max(500).default('') }),
  z.strictObject({ ignore: z.literal(true), note: z.string().trim().min(1).max(500) }),
]);
export type ResolveBankLineBody = z.infer<typeof ResolveBankLineBody>;

export const BankParams = z.strictObject({ id: z.uuid() });
