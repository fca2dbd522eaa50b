/** Kysely tables of the invoicing module. Money is integer cents; dates are `YYYY-MM-DD`; instants UTC ISO text. */
export interface InvoicingTables {
  invoices: {
    id: string;
    /** `2026-000045`; null while the invoice is a draft. Invoices and credit notes share one series per year. */
    number: string | null;
    kind: InvoiceKind;
    /** The invoice a credit note corrects. */
    creditOfId: string | null;
    customerId: string;
    /** The customer's name when the invoice was made (and again at issue), for lists. */
    customerName: string;
    orderId: string | null;
    /** The order's human number (`OR-2026-00001`), shown on the documents. */
    orderNumber: string | null;
    caseId: string | null;
    status: InvoiceStatus;
    issueDate: string | null;
    dueDate: string | null;
    /** JSON `CustomerSnapshot`, frozen at issue. */
    customerSnapshot: string | null;
    /** JSON `SellerSnapshot`, frozen at issue. */
    sellerSnapshot: string | null;
    /** The customer's own reference (purchase order), shown on the documents. */
    reference: string;
    notes: string;
    /** Why a credit note was made. */
    reason: string;
    locale: string;
    /** Signed: negative on credit notes. */
    netCents: number;
    vatCents: number;
    grossCents: number;
    /** On an invoice: the gross of its credit notes, as a positive amount. Zero on credit notes. */
    creditedCents: number;
    paidCents: number;
    paymentStatus: PaymentStatus;
    issuedAt: string | null;
    issuedBy: string | null;
    /** When the invoice email was queued, so a redelivered event never mails twice. */
    mailedAt: string | null;
    version: number;
    createdAt: string;
    updatedAt: string;
  };
  invoiceLines: {
    id: string;
    invoiceId: string;
    position: number;
    kind: string;
    description: string;
    /** Whole units; negative on credit notes. */
    quantity: number;
    unitPriceCents: number;
    vatCode: string;
    /** Basis points (2100 = 21%); taken when the line is made and checked again at issue. */
    vatPercentBp: number;
    /** quantity × unitPriceCents. */
    netCents: number;
    orderLineId: string | null;
    serviceId: string | null;
    serviceKind: string | null;
    unitCostCents: number;
    /** On a credit note: the invoice line it corrects. */
    creditOfLineId: string | null;
  };
  payments: {
    id: string;
    invoiceId: string;
    amountCents: number;
    paidOn: string;
    method: PaymentMethod;
    reference: string;
    bankStatementLineId: string | null;
    createdAt: string;
    createdBy: string | null;
  };
  bankStatements: {
    id: string;
    /** `Stmt/Id` of the bank's file; unique together with the account IBAN. */
    statementId: string;
    /** Without spaces, upper case. */
    iban: string;
    messageId: string;
    /** The camt.053 version, e.g. `camt.053.001.02`. */
    format: string;
    fromDate: string | null;
    toDate: string | null;
    filename: string;
    lineCount: number;
    matchedCount: number;
    importedAt: string;
    importedBy: string | null;
  };
  bankStatementLines: {
    id: string;
    bankStatementId: string;
    position: number;
    /** The bank's own reference of the entry (AcctSvcrRef / NtryRef), when given. */
    entryReference: string;
    bookingDate: string;
    valueDate: string | null;
    /** Always positive; the direction is in `creditDebit`. */
    amountCents: number;
    currency: string;
    creditDebit: 'CRDT' | 'DBIT';
    counterpartyName: string;
    counterpartyIban: string;
    endToEndId: string;
    remittance: string;
    status: BankLineStatus;
    invoiceId: string | null;
    paymentId: string | null;
    note: string;
    resolvedAt: string | null;
    resolvedBy: string | null;
    version: number;
  };
}

export type InvoiceKind = 'invoice' | 'credit_note';
export type InvoiceStatus = 'draft' | 'issued';
export type PaymentStatus = 'open' | 'partial' | 'paid';
export type PaymentMethod = 'bank_transfer' | 'cash' | 'card' | 'ideal' | 'other';
export type BankLineStatus = 'matched' | 'unmatched' | 'resolved' | 'ignored';

export type InvoiceRow = InvoicingTables['invoices'];
export type InvoiceLineRow = InvoicingTables['invoiceLines'];
export type PaymentRow = InvoicingTables['payments'];
export type BankStatementRow = InvoicingTables['bankStatements'];
export type BankStatementLineRow = InvoicingTables['bankStatementLines'];
