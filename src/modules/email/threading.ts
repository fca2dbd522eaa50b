import { hasInvisible, stripInvisible } from './clean.js';

const MAX_ID_LENGTH = 500;
/** How many ids of a `References` header are kept: the thread root plus the most recent ones. */
export const MAX_REFERENCES = 100;

/**
 * A Message-ID without angle brackets, comments or folding white space, or null when it is not usable as a
 * thread key (empty, too long, or holding white space, control or invisible characters). Case is kept:
 * the left part of a Message-ID is case-sensitive.
 */
export function normaliseMessageId(v: string): string | null {
  if (typeof v !== 'string') return null;
  let s = v.length > MAX_ID_LENGTH * 4 ? v.slice(0, MAX_ID_LENGTH * 4) : v;
  const bracketed = /<([^<>]*)>/.exec(s);
  if (bracketed) s = bracketed[1];
  s = s.replace(/\r?\n[ \t]+/g, '').trim();
  if (!s || s.length > MAX_ID_LENGTH) return null;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what is rejected
  if (/[\s\u0000-\u001F\u007F-\u009F<>"]/.test(s) || hasInvisible(s)) return null;
  return s;
}

/**
 * The Message-IDs of an `In-Reply-To` or `References` value, in order and without duplicates. Bracketed ids
 * are taken when there are any (so phrases in old-style `In-Reply-To` values are skipped), otherwise the
 * white-space separated words. Long lists keep the first id (the thread root) and the latest ones.
 */
export function messageIdList(value: string | readonly string[] | null | undefined, max = MAX_REFERENCES): string[] {
  if (!value) return [];
  const joined = typeof value === 'string' ? value : value.join(' ');
  const text = joined.length > 1_000_000 ? joined.slice(-1_000_000) : joined;
  const bracketed = text.match(/<[^<>]*>/g);
  const candidates = bracketed ?? text.split(/[\s,]+/);
  const seen = new Set<string>();
  for (const c of candidates) {
    const id = normaliseMessageId(c);
    if (id) seen.add(id);
  }
  const ids = [...seen];
  return ids.length <= max ? ids : [ids[0], ...ids.slice(ids.length - (max - 1))];
}

/** Candidate thread keys for a reply, most specific first: `In-Reply-To`, then `References` newest first. */
export function threadCandidates(mail: { inReplyTo: readonly string[]; references: readonly string[] }): string[] {
  return [...new Set([...mail.inReplyTo, ...[...mail.references].reverse()])];
}

const CASE_NUMBER = /(?<![A-Za-z0-9])Z-(\d{4})-(\d{6,9})(?![0-9])/i;

/**
 * The case number (`Z-2026-000123`) in a subject, upper-cased, or null. Found anywhere in the subject, so
 * `[Z-2026-000123]`, `Re: … (Z-2026-000123)` and `RE: FW: z-2026-000123` all match; the first one wins.
 */
export function caseNumberFromSubject(subject: string): string | null {
  if (typeof subject !== 'string' || !subject) return null;
  const m = CASE_NUMBER.exec(stripInvisible(subject.length > 4000 ? subject.slice(0, 4000) : subject));
  return m ? `Z-${m[1]}-${m[2]}` : null;
}
