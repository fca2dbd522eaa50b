/**
 * Message headers as the mail classifiers accept them: mailparser's parsed header map, a raw map of
 * lower-case names to values, a WHATWG `Headers`, or a plain record.
 */
export type HeaderSource = ReadonlyMap<string, unknown> | { get(name: string): unknown } | Readonly<Record<string, unknown>>;

/** Raw header values by lower-case name, unfolded, in message order. */
export type RawHeaders = Map<string, string[]>;

/** Header values longer than this are cut; nothing the classifiers look at is anywhere near it. */
const MAX_VALUE = 100_000;

/** Builds a raw header map from mailparser's `headerLines` (`{ key, line }` with the folded original line). */
export function rawHeadersFromLines(lines: ReadonlyArray<{ key: string; line: string }> | undefined): RawHeaders {
  const map: RawHeaders = new Map();
  for (const { key, line } of lines ?? []) {
    const colon = line.indexOf(':');
    if (colon < 0) continue;
    const name = key.trim().toLowerCase();
    const value = line
      .slice(colon + 1, colon + 1 + MAX_VALUE)
      .replace(/\r?\n[ \t]*/g, ' ')
      .trim();
    const list = map.get(name);
    if (list) list.push(value);
    else map.set(name, [value]);
  }
  return map;
}

/** The header block of a raw message or part (everything before the first empty line), unfolded. */
export function rawHeadersFromText(text: string): RawHeaders {
  const end = text.search(/\r?\n\r?\n/);
  const block = (end < 0 ? text : text.slice(0, end)).slice(0, 1_000_000);
  const lines: { key: string; line: string }[] = [];
  for (const line of block.split(/\r?\n(?![ \t])/)) {
    const m = /^([!-9;-~]+)[ \t]*:/.exec(line);
    if (m) lines.push({ key: m[1], line });
  }
  return rawHeadersFromLines(lines);
}

/** Every value of a header as text, whatever shape the source stores it in. */
export function headerValues(source: HeaderSource | null | undefined, name: string): string[] {
  if (!source) return [];
  const lower = name.toLowerCase();
  let value = lookup(source, lower);
  if (value === undefined && lower.startsWith('list-')) {
    // mailparser folds every List-* header into one `list` object keyed by the rest of the name.
    const list = lookup(source, 'list');
    if (list && typeof list === 'object') value = (list as Record<string, unknown>)[lower.slice(5)];
  }
  return flatten(value);
}

/** The first value of a header, or '' when it is absent. */
export const firstHeader = (source: HeaderSource | null | undefined, name: string): string => headerValues(source, name)[0] ?? '';

function lookup(source: HeaderSource, lower: string): unknown {
  const getter = (source as { get?: unknown }).get;
  if (typeof getter === 'function') return (getter as (n: string) => unknown).call(source, lower);
  const record = source as Readonly<Record<string, unknown>>;
  if (Object.hasOwn(record, lower)) return record[lower];
  const key = Object.keys(record).find((k) => k.toLowerCase() === lower);
  return key === undefined ? undefined : record[key];
}

function flatten(value: unknown): string[] {
  if (value === undefined || value === null) return [];
  if (Array.isArray(value)) return value.flatMap(flatten);
  if (typeof value === 'string') return [value];
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? [] : [value.toISOString()];
  if (typeof value === 'object') {
    const o = value as Record<string, unknown>;
    // mailparser address objects carry their text form; structured headers a value plus parameters.
    if (typeof o.text === 'string') return [o.text];
    if (typeof o.value === 'string') {
      const params = o.params && typeof o.params === 'object' ? Object.entries(o.params as Record<string, unknown>) : [];
      return [[o.value, ...params.map(([k, v]) => `${k}=${String(v)}`)].join('; ')];
    }
    const parts = ['url', 'mail', 'id', 'name'].map((k) => o[k]).filter((v): v is string => typeof v === 'string');
    return parts.length ? [parts.join(' ')] : [];
  }
  return [String(value)];
}
