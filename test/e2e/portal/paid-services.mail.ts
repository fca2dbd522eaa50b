import { expect } from 'vitest';
import type { SinkMessage, SmtpSink } from '../../smtp-sink.js';

/** The messages to `to` that match, once at least one has arrived over SMTP. */
export async function mailsTo(sink: SmtpSink, to: string, match: (m: SinkMessage) => boolean): Promise<SinkMessage[]> {
  const of = () => sink.messages.filter((m) => m.recipients.includes(to) && match(m));
  await expect.poll(() => of().length, { timeout: 30_000 }).toBeGreaterThan(0);
  return of();
}

/** The newest sign-in token mailed to `to` that is not among `used`. */
export async function magicToken(sink: SmtpSink, to: string, used: string[] = []): Promise<string> {
  const tokenOf = (m: SinkMessage) => /\/portaal\/inloggen#([\w-]+)/.exec(m.parsed.text ?? '')?.[1];
  const fresh = (m: SinkMessage) => {
    const token = tokenOf(m);
    return token !== undefined && !used.includes(token);
  };
  const found = await mailsTo(sink, to, fresh);
  return tokenOf(found[found.length - 1]) as string;
}

/** The calendar attachment of a mail, with folded lines joined again (RFC 5545 §3.1). */
export function icsOf(m: SinkMessage): string {
  const part = m.parsed.attachments.find((a) => a.contentType.startsWith('text/calendar'));
  return part ? part.content.toString('utf8').replace(/\r?\n[ \t]/g, '') : '';
}

export const isInvite = (m: SinkMessage) => icsOf(m) !== '';

/** An iCalendar property's value (first occurrence). */
export function icsField(ics: string, name: string): string | undefined {
  return new RegExp(`^${name}(?:;[^:\\r\\n]*)?:(.*)$`, 'm').exec(ics)?.[1]?.trim();
}

/** A UTC instant as iCalendar writes it: 20261214T170000Z. */
export const icsUtc = (iso: string) => `${new Date(iso).toISOString().replace(/[-:]/g, '').slice(0, 15)}Z`;
