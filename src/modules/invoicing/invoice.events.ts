/** Events of the invoicing module. */
export interface InvoiceIssuedEvent {
  invoiceId: string;
  number: string;
  kind: 'invoice' | 'credit_note';
  customerId: string;
  grossCents: number;
  at: string;
}

declare module '../../kernel/events/bus.js' {
  interface EventMap {
    /** An invoice or credit note got its number; the customer is mailed the PDF after commit. */
    'invoice.issued': InvoiceIssuedEvent;
    /** Nothing is open any more on an invoice. */
    'invoice.paid': { invoiceId: string; number: string; at: string };
  }
}
