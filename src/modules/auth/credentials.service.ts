import { createHash } from 'node:crypto';
import type { Clock } from '../../kernel/clock.js';
import type { DbExecutor, KernelTables } from '../../kernel/db/types.js';
import type { EventBus } from '../../kernel/events/bus.js';
import { newId, newToken } from '../../kernel/ids.js';
import { passwordMail } from './auth.mail.js';
import { credentialsRepo } from './credentials.repo.js';
import type { AuthTables } from './auth.table.js';
import type { BetterAuth } from './better-auth.js';

const INVITE_TTL_MS = 72 * 3600_000;

/** Reset and invitation tokens are stored only as this hash; the sign-in library is configured with it too. */
export function hashIdentifier(identifier: string): string {
  return createHash('sha256').update(identifier).digest('base64url');
}

type Tx = DbExecutor<AuthTables & KernelTables>;

/**
 * Password, invitation and session operations that run inside the caller's transaction (so that creating an
 * account and its credential commit together). Hashing uses the sign-in library's own hasher.
 */
export function createCredentials(deps: { auth: () => BetterAuth; bus: EventBus; clock: Clock; baseUrl: string }) {
  return {
    async setPassword<T>(trx: DbExecutor<T>, userId: string, password: string): Promise<void> {
      const ctx = await deps.auth().$context;
      const hash = await ctx.password.hash(password);
      const now = deps.clock.now().toISOString();
      const tx = trx as unknown as Tx;
      const existing = await credentialsRepo.findCredentialAccount(tx, userId);
      if (existing) {
        await credentialsRepo.setAccountPassword(tx, existing.id, hash, now);
        return;
      }
      await credentialsRepo.insertAccount(tx, {
          id: newId(),
          userId,
          accountId: userId,
          providerId: 'credential',
          accessToken: null,
          refreshToken: null,
          idToken: null,
          accessTokenExpiresAt: null,
          refreshTokenExpiresAt: null,
          scope: null,
          password: hash,
        createdAt: now,
        updatedAt: now,
      });
    },

    /** Creates a single-use set-password token valid for three days and queues the invitation mail. */
    async invite<T>(trx: DbExecutor<T>, user: { id: string; email: string; name: string; locale: string }): Promise<void> {
      const tx = trx as unknown as Tx;
      const token = newToken(24);
      const now = deps.clock.now();
      await credentialsRepo.insertVerification(tx, {
          id: newId(),
          identifier: hashIdentifier(`reset-password:${token}`),
          value: user.id,
          expiresAt: new Date(now.getTime() + INVITE_TTL_MS).toISOString(),
        createdAt: now.toISOString(),
        updatedAt: now.toISOString(),
      });
      await deps.bus.emit(tx, 'mail.send', passwordMail('invite', user, deps.baseUrl, token));
    },

    async revokeSessions<T>(trx: DbExecutor<T>, userId: string): Promise<void> {
      await credentialsRepo.deleteSessions(trx as unknown as Tx, userId);
    },
  };
}

export type CredentialsService = ReturnType<typeof createCredentials>;
