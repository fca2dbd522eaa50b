import type { FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { Principal } from '../../kernel/auth/principal.js';
import type { Clock } from '../../kernel/clock.js';
import type { DbExecutor, KernelTables } from '../../kernel/db/types.js';
import { AppError } from '../../kernel/errors.js';
import type { EventBus } from '../../kernel/events/bus.js';
import { hashToken, newToken } from '../../kernel/ids.js';
import { portalRepo } from './portal.repo.js';
import type { PortalTables } from './portal.table.js';

type DB = PortalTables & KernelTables;
export const PORTAL_COOKIE = 'loyaal_portal';
const LINK_MINUTES = 15;
const LINKS_PER_WINDOW = 3;
const SESSION_HOURS = 12;

/** Who an email address belongs to, from the customers module. */
export type ContactLookup = (email: string, exec: DbExecutor<never>) => Promise<{ customerId: string; customerName: string; locale: string } | undefined>;

function linkMail(locale: string, name: string, url: string) {
  return locale === 'en'
    ? {
        subject: 'Your sign-in link for the customer portal',
        text: `Dear ${name},\n\nUse this link to see your cases. It works once and for ${LINK_MINUTES} minutes:\n${url}\n\nDid you not ask for it? Then you can ignore this email.\n`,
      }
    : {
        subject: 'Uw inloglink voor het klantportaal',
        text: `Beste ${name},\n\nMet deze link bekijkt u uw zaken. De link werkt één keer en ${LINK_MINUTES} minuten lang:\n${url}\n\nHeeft u hier niet om gevraagd? Dan kunt u deze e-mail negeren.\n`,
      };
}

/**
 * Customer portal sign-in without a password: a single-use link valid for 15 minutes, sent only to an address
 * that is a known contact, at most three per address per 15 minutes. The answer is the same whether or not the
 * address is known, so the form reveals no customers.
 */
export function createPortalAuth(deps: { db: Kysely<DB>; clock: Clock; bus: EventBus; baseUrl: string; lookup: ContactLookup }) {
  const { db, clock } = deps;
  const origin = new URL(deps.baseUrl).origin;

  return {
    async requestLink(emailRaw: string, locale: 'nl' | 'en'): Promise<void> {
      const email = emailRaw.trim().toLowerCase();
      const now = clock.now();
      await db.transaction().execute(async (trx) => {
        const contact = await deps.lookup(email, trx as never);
        if (!contact) return;
        const since = new Date(now.getTime() - LINK_MINUTES * 60_000).toISOString();
        if ((await portalRepo.recentTokens(trx, email, since)) >= LINKS_PER_WINDOW) return;
        const token = newToken();
        await portalRepo.insertToken(trx, {
          tokenHash: hashToken(token),
          customerId: contact.customerId,
          email,
          createdAt: now.toISOString(),
          expiresAt: new Date(now.getTime() + LINK_MINUTES * 60_000).toISOString(),
          usedAt: null,
        });
        const mail = linkMail(contact.locale === 'en' ? 'en' : locale, contact.customerName, `${deps.baseUrl}/portaal/inloggen#${token}`);
        await deps.bus.emit(trx, 'mail.send', { to: email, ...mail });
      });
    },

    /** Exchanges a link token for a session token (set as an http-only cookie by the route). */
    async signIn(token: string): Promise<{ session: string; expiresAt: Date }> {
      const now = clock.now();
      return db.transaction().execute(async (trx) => {
        const row = await portalRepo.consumeToken(trx, hashToken(token), now.toISOString());
        if (!row) throw new AppError('unauthenticated', { subcode: 'portal.link_invalid', detail: 'This sign-in link is used, expired or unknown. Ask for a new one.' });
        const session = newToken();
        const expiresAt = new Date(now.getTime() + SESSION_HOURS * 3600_000);
        await portalRepo.insertSession(trx, { tokenHash: hashToken(session), customerId: row.customerId, email: row.email, createdAt: now.toISOString(), expiresAt: expiresAt.toISOString() });
        return { session, expiresAt };
      });
    },

    signOut: (session: string) => portalRepo.deleteSession(db, hashToken(session)),

    /** The customer behind the portal cookie, or null. Cookie-authenticated writes must come from our own origin. */
    async authenticate(req: FastifyRequest): Promise<Principal | null> {
      const session = req.cookies?.[PORTAL_COOKIE];
      if (!session) return null;
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        const o = req.headers.origin;
        if ((o && o !== origin) || req.headers['sec-fetch-site'] === 'cross-site') return null;
      }
      const row = await portalRepo.findSession(db, hashToken(session), clock.now().toISOString());
      return row ? { kind: 'customer', customerId: row.customerId, contactEmail: row.email } : null;
    },
  };
}

export type PortalAuth = ReturnType<typeof createPortalAuth>;
