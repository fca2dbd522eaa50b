import { foldForSearch, normalisePhone } from '../../kernel/dutch-parse.js';

interface Searchable {
  name: string;
  externalId: string | null;
  contacts: { name: string; email: string | null; phone: string | null }[];
  addresses: { street: string; postcode: string; city: string }[];
}

const words = (text: string) => foldForSearch(text).split(/[^a-z0-9]+/).filter((w) => w.length > 0);

/**
 * The words a customer can be found by, each indexed for prefix search: name, contact names, email parts,
 * phone numbers (national and international digits), street, city, postcode (`1234ab` and `1234`), external id.
 */
export function searchTokens(c: Searchable): string[] {
  const out = new Set<string>(words(c.name));
  if (c.externalId) {
    out.add(c.externalId.toLowerCase());
    for (const w of words(c.externalId)) out.add(w);
  }
  for (const k of c.contacts) {
    for (const w of words(k.name)) out.add(w);
    if (k.email) {
      out.add(k.email.toLowerCase());
      for (const w of words(k.email)) out.add(w);
    }
    if (k.phone) {
      const digits = k.phone.replace(/\D/g, '');
      out.add(digits);
      if (digits.startsWith('31')) out.add(`0${digits.slice(2)}`);
    }
  }
  for (const a of c.addresses) {
    for (const w of [...words(a.street), ...words(a.city)]) out.add(w);
    const pc = a.postcode.replace(/\s/g, '').toLowerCase();
    out.add(pc);
    if (/^\d{4}/.test(pc)) out.add(pc.slice(0, 4));
  }
  return [...out].filter((t) => t.length <= 100);
}

export type SearchPlan =
  | { kind: 'postcode'; postcode: string; houseNumber?: number }
  | { kind: 'phone'; phone: string }
  | { kind: 'email'; email: string }
  | { kind: 'tokens'; prefixes: string[] };

/** Decides how to search for what a person typed. */
export function planSearch(q: string): SearchPlan {
  const pc = /^\s*([1-9]\d{3})\s*([a-zA-Z]{2})(?:[\s,-]+(\d{1,5}))?\s*[a-zA-Z]?\s*$/.exec(q);
  if (pc) return { kind: 'postcode', postcode: `${pc[1]} ${pc[2].toUpperCase()}`, houseNumber: pc[3] ? Number(pc[3]) : undefined };
  if (q.includes('@')) return { kind: 'email', email: q.trim().toLowerCase() };
  if (/^[\d\s+()-]{8,}$/.test(q)) {
    const phone = normalisePhone(q);
    if (phone) return { kind: 'phone', phone };
  }
  // Longest first: the longest prefix is usually the most selective, and the first one drives the query.
  const prefixes = [...new Set(words(q))].sort((a, b) => b.length - a.length).slice(0, 5);
  return { kind: 'tokens', prefixes };
}
