/**
 * Staff roles. Customers reach Loyaal only through the portal, as a principal of kind `customer` that no staff
 * route ever accepts; they have no role in this list.
 */
export const STAFF_ROLES = ['admin', 'manager', 'agent', 'planner', 'technician'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

export function isStaffRole(value: string): value is StaffRole {
  return (STAFF_ROLES as readonly string[]).includes(value);
}

/** Who is calling: a signed-in staff member, an integration's API key acting for its owner, or a customer. */
export type Principal =
  | { kind: 'staff'; userId: string; name: string; email: string; role: StaffRole; locale: string; sessionId: string }
  | {
      kind: 'apiKey';
      userId: string;
      name: string;
      email: string;
      role: StaffRole;
      locale: string;
      keyId: string;
      scopes: readonly string[];
    }
  | { kind: 'customer'; customerId: string; contactEmail: string };

export type StaffPrincipal = Extract<Principal, { kind: 'staff' | 'apiKey' }>;

/** The name written to the audit log for a principal. */
export function principalLabel(p: Principal | null): string {
  if (!p) return 'anonymous';
  if (p.kind === 'customer') return `customer:${p.contactEmail}`;
  return p.kind === 'apiKey' ? `${p.email} (API key)` : p.email;
}
