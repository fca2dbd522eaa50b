export interface PortalTables {
  /** Single-use sign-in links; only the SHA-256 of the token is stored. */
  portalTokens: { tokenHash: string; customerId: string; email: string; createdAt: string; expiresAt: string; usedAt: string | null };
  portalSessions: { tokenHash: string; customerId: string; email: string; createdAt: string; expiresAt: string };
}
