/** Tables owned by the auth module (the `users` table belongs to the users module). */
export interface AuthTables {
  accounts: {
    id: string;
    userId: string;
    accountId: string;
    providerId: string;
    accessToken: string | null;
    refreshToken: string | null;
    idToken: string | null;
    accessTokenExpiresAt: string | null;
    refreshTokenExpiresAt: string | null;
    scope: string | null;
    password: string | null;
    createdAt: string;
    updatedAt: string;
  };
  sessions: {
    id: string;
    userId: string;
    token: string;
    expiresAt: string;
    ipAddress: string | null;
    userAgent: string | null;
    createdAt: string;
    updatedAt: string;
  };
  verifications: { id: string; identifier: string; value: string; expiresAt: string; createdAt: string; updatedAt: string };
  apiKeys: {
    id: string;
    userId: string;
    name: string;
    prefix: string;
    keyHash: string;
    scopes: string;
    createdAt: string;
    expiresAt: string | null;
    lastUsedAt: string | null;
    revokedAt: string | null;
  };
  authThrottle: { key: string; windowStart: string; failures: number };
}
