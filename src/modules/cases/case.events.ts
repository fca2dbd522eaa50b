/** Events of the cases module; webhooks, live updates and notifications subscribe to them. */
export interface CaseEventBase {
  caseId: string;
  /** The human case number, e.g. `Z-2026-000123`. */
  number: string;
  at: string;
}

declare module '../../kernel/events/bus.js' {
  interface EventMap {
    'case.created': CaseEventBase & { customerId: string; channel: string };
    'case.updated': CaseEventBase & { changes: string[] };
    'case.resolved': CaseEventBase;
    'message.created': CaseEventBase & { messageId: string; direction: 'inbound' | 'outbound' | 'note' };
    'rating.received': CaseEventBase & { rating: number };
    /** An outbound case message to send by email (loaded by id when sent). */
    'case.mail': { messageId: string };
    'sla.warning': CaseEventBase & { target: 'firstResponse' | 'nextResponse' | 'resolution'; dueAt: string };
    'sla.breached': CaseEventBase & { target: 'firstResponse' | 'nextResponse' | 'resolution'; dueAt: string };
  }
}
