import type { AddressObject, EmailAddress } from 'mailparser';
import { cleanLine, hasInvisible } from './clean.js';

/** A mailbox from an address header. */
export interface MailAddress {
  /** Lower-cased and trimmed. */
  address: string;
  /** Display name, decoded, without control or bidi characters; '' when there is none. */
  name: string;
}

const MAX_ADDRESSES = 200;
const MAX_NAME = 200;

/**
 * The mailboxes of a parsed address header (groups flattened), each cleaned; entries without a usable
 * address are skipped and duplicates dropped.
 */
export function mailAddresses(value: AddressObject | AddressObject[] | undefined): MailAddress[] {
  const objects = value === undefined ? [] : Array.isArray(value) ? value : [value];
  const out: MailAddress[] = [];
  const seen = new Set<string>();
  const visit = (entry: EmailAddress, depth: number) => {
    if (out.length >= MAX_ADDRESSES) return;
    if (entry.group && depth < 3) {
      for (const member of entry.group) visit(member, depth + 1);
      return;
    }
    const address = cleanAddress(entry.address);
    if (!address || seen.has(address)) return;
    seen.add(address);
    out.push({ address, name: cleanLine(entry.name, MAX_NAME) });
  };
  for (const obj of objects) for (const entry of obj?.value ?? []) visit(entry, 0);
  return out;
}

/**
 * An e-mail address lower-cased and trimmed, or null when it cannot be one: no `@`, white space, control
 * or invisible characters (used to forge look-alike senders), or longer than SMTP allows.
 */
export function cleanAddress(value: string | undefined | null): string | null {
  if (typeof value !== 'string') return null;
  const a = value.trim().replace(/^<|>$/g, '').toLowerCase();
  if (a.length > 254 || hasInvisible(a)) return null;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters make an address unusable
  if (/[\s\u0000-\u001F\u007F-\u009F<>()[\]\\,;]/.test(a)) return null;
  const at = a.lastIndexOf('@');
  if (at < 1 || at === a.length - 1) return null;
  // `admin@bank.example@evil.example` reads as someone else's address; only a quoted local part may hold an @.
  if (a.indexOf('@') !== at && !/^".*"$/.test(a.slice(0, at))) return null;
  return a;
}
