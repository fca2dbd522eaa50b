import type { Logger } from '../../kernel/logger.js';
import { createImapPoller, type ImapAccount, type ImapPoller, type SmtpListener, startSmtpListener } from '../email/index.js';
import type { CaseConfigService } from './case-config.service.js';
import type { InboundService } from './case.inbound.js';

/**
 * Runs the mail intake: the inbound SMTP listener (when a port is configured) and one IMAP poller per active
 * mailbox with IMAP settings, reconciled with the mailbox list so admins' changes apply without a restart.
 */
export function createMailIntake(deps: { inbound: InboundService; config: CaseConfigService; log: Logger; smtp?: { host: string; port: number; maxBytes: number } }) {
  const pollers = new Map<string, { key: string; poller: ImapPoller }>();
  let listener: SmtpListener | null = null;

  async function reconcile(): Promise<void> {
    const wanted = await deps.config.activeImapMailboxes();
    const ids = new Set(wanted.map((m) => m.id));
    for (const [id, p] of pollers) {
      const still = wanted.find((m) => m.id === id);
      if (!ids.has(id) || still?.imap !== p.key) {
        await p.poller.stop();
        pollers.delete(id);
      }
    }
    for (const m of wanted) {
      if (pollers.has(m.id) || !m.imap) continue;
      const account = JSON.parse(m.imap) as ImapAccount;
      const poller = createImapPoller({
        account,
        // Return-Path inside the message tells the loop guard about an empty return path.
        deliver: async (d) => {
          await deps.inbound.ingest(d.raw, { mailboxId: m.id });
        },
        afterDeliver: 'seen',
        idle: true,
        pollIntervalMs: 60_000,
        logger: deps.log,
      });
      pollers.set(m.id, { key: m.imap, poller });
      poller.start().then(
        () => deps.config.markPolled(m.id, null),
        (err) => deps.config.markPolled(m.id, err instanceof Error ? err.message : String(err)),
      );
    }
  }

  return {
    reconcile,
    async start(): Promise<void> {
      if (deps.smtp) {
        listener = await startSmtpListener({
          ...deps.smtp,
          logger: deps.log,
          acceptRecipient: (address) => deps.config.isMailboxAddress(address),
          deliver: async (d) => {
            await deps.inbound.ingest(d.raw, { recipients: d.recipients, envelopeFrom: d.envelopeFrom });
          },
        });
        deps.log.info({ port: listener.port }, 'inbound SMTP listening');
      }
      await reconcile();
    },
    smtpPort: () => listener?.port ?? null,
    async stop(): Promise<void> {
      await listener?.close();
      for (const p of pollers.values()) await p.poller.stop();
      pollers.clear();
    },
  };
}
