import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { StaffPrincipal } from '../../kernel/auth/principal.js';
import type { Clock } from '../../kernel/clock.js';
import type { Actor } from '../../kernel/context.js';
import { found } from '../../kernel/errors.js';
import { newId, newToken } from '../../kernel/ids.js';
import type { AuditService, AuditTables } from '../audit/index.js';
import type { UserService } from '../users/index.js';
import { type ApiKeyRow, apiKeyRepo } from './api-key.repo.js';
import type { ApiKey, CreateApiKeyBody } from './api-key.schema.js';
import type { AuthTables } from './auth.table.js';

const hashKey = (key: string) => createHash('sha256').update(key).digest('hex');
const TOUCH_EVERY_MS = 60_000;

function toApiKey(r: ApiKeyRow): ApiKey {
  const { keyHash: _hash, scopes, ...rest } = r;
  return { ...rest, scopes: JSON.parse(scopes) };
}

export type ApiKeyService = ReturnType<typeof createApiKeyService>;

/**
 * API keys for integrations: `lyl_<prefix>_<secret>`, 256 random bits, stored only as a SHA-256 hash. A key acts
 * for the admin who made it, limited to its scopes, and stops working when that person is deactivated.
 */
export function createApiKeyService(deps: { db: Kysely<AuthTables & AuditTables>; clock: Clock; audit: AuditService; users: UserService }) {
  const { db, clock, audit, users } = deps;
  return {
    async listKeys(): Promise<ApiKey[]> {
      return (await apiKeyRepo.findAll(db)).map(toApiKey);
    },

    async createKey(actor: Actor, body: CreateApiKeyBody): Promise<ApiKey & { key: string }> {
      const me = actor.principal as StaffPrincipal;
      const prefix = randomBytes(4).toString('hex');
      const key = `lyl_${prefix}_${newToken(32)}`;
      const row: ApiKeyRow = {
        id: newId(),
        userId: me.userId,
        name: body.name,
        prefix,
        keyHash: hashKey(key),
        scopes: JSON.stringify([...new Set(body.scopes)]),
        createdAt: clock.now().toISOString(),
        expiresAt: body.expiresAt ? new Date(body.expiresAt).toISOString() : null,
        lastUsedAt: null,
        revokedAt: null,
      };
      await db.transaction().execute(async (trx) => {
        await apiKeyRepo.insert(trx, row);
        await audit.record(trx, actor, { action: 'api_key.created', entityType: 'api_key', entityId: row.id, after: toApiKey(row) });
      });
      return { ...toApiKey(row), key };
    },

    async revokeKey(actor: Actor, id: string): Promise<void> {
      await db.transaction().execute(async (trx) => {
        const before = toApiKey(found(await apiKeyRepo.findById(trx, id), 'API key'));
        await apiKeyRepo.revoke(trx, id, clock.now().toISOString());
        await audit.record(trx, actor, { action: 'api_key.revoked', entityType: 'api_key', entityId: id, before });
      });
    },

    /** The principal for a Bearer key, or null when the key is unknown, revoked, expired or its owner inactive. */
    async authenticate(key: string): Promise<StaffPrincipal | null> {
      if (!key.startsWith('lyl_') || key.length > 200) return null;
      const row = await apiKeyRepo.findByHash(db, hashKey(key));
      const now = clock.now();
      if (!row || row.revokedAt || (row.expiresAt && row.expiresAt <= now.toISOString())) return null;
      const owner = await users.findActive(row.userId);
      if (!owner) return null;
      if (!row.lastUsedAt || now.getTime() - Date.parse(row.lastUsedAt) > TOUCH_EVERY_MS)
        await apiKeyRepo.touch(db, row.id, now.toISOString());
      return {
        kind: 'apiKey',
        userId: owner.id,
        name: owner.name,
        email: owner.email,
        role: owner.role,
        locale: owner.locale,
        keyId: row.id,
        scopes: JSON.parse(row.scopes),
      };
    },
  };
}
