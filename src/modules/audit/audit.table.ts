export interface AuditTables {
  auditLog: {
    id: string;
    at: string;
    actorId: string | null;
    actorLabel: string;
    ip: string | null;
    requestId: string | null;
    action: string;
    entityType: string;
    entityId: string | null;
    before: string | null;
    after: string | null;
  };
}

export type AuditRow = AuditTables['auditLog'];
