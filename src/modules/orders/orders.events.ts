/** Events of the orders module. */
export interface SalesEventBase {
  caseId: string;
  customerId: string;
  at: string;
}

declare module '../../kernel/events/bus.js' {
  interface EventMap {
    'order.created': SalesEventBase & { orderId: string; number: string };
    'order.cancelled': SalesEventBase & { orderId: string; number: string };
    /** A quote to email with its PDF; composed and sent after commit. */
    'quote.mail': { quoteId: string; to: string };
    'quote.sent': SalesEventBase & { quoteId: string; number: string };
    'quote.accepted': SalesEventBase & { quoteId: string; number: string; orderId: string; by: 'customer' | 'agent' };
    'quote.declined': SalesEventBase & { quoteId: string; number: string; by: 'customer' | 'agent' };
  }
}
