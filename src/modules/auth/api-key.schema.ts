import { z } from 'zod';

/** Scopes an API key may carry: `<resource>:read` or `<resource>:write`, or `*` for all. */
export const SCOPE_RE = /^(\*|[a-z][a-z-]*:(read|write))$/;

export const ApiKey = z.object({
  id: z.string(),
  userId: z.string(),
  name: z.string(),
  prefix: z.string(),
  scopes: z.array(z.string()),
  createdAt: z.string(),
  expiresAt: z.string().nullable(),
  lastUsedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
});
export type ApiKey = z.infer<typeof ApiKey>;

export const CreateApiKeyBody = z.strictObject({
  name: z.string().trim().min(1).max(80),
  scopes: z.array(z.string().regex(SCOPE_RE, 'scope must look like users:read')).min(1).max(50),
  expiresAt: z.iso.datetime({ offset: true }).optional(),
});
export type CreateApiKeyBody = z.infer<typeof CreateApiKeyBody>;

export const CreatedApiKey = ApiKey.extend({ key: z.string().describe('Shown once; store it now') });
export const ApiKeyList = z.object({ items: z.array(ApiKey) });
export const ApiKeyParams = z.strictObject({ id: z.uuid() });
