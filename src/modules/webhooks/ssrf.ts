import { promises as dns } from 'node:dns';
import { isIP } from 'node:net';

/** What kind of address an IP is; only `public` ones may receive webhooks unless an operator allows a range. */
export type AddressClass = 'public' | 'loopback' | 'unspecified' | 'link-local' | 'private' | 'shared' | 'multicast' | 'reserved';

/** An address range, as bytes (4 for IPv4, 16 for IPv6) and a prefix length. */
export interface Cidr {
  bytes: Uint8Array;
  prefix: number;
}

/** A resolved address as `dns.lookup` returns it. */
export interface ResolvedAddress {
  address: string;
  family: number;
}

/** Resolves a host name to every address it has. Injectable, so tests can play a hostile DNS server. */
export type Resolver = (host: string) => Promise<ResolvedAddress[]>;

/** A refused target URL; `message` says why, in words an administrator understands. */
export class TargetRefused extends Error {
  override readonly name = 'TargetRefused';
}

const LABELS: Record<Exclude<AddressClass, 'public'>, string> = {
  loopback: 'a loopback address',
  unspecified: 'an unspecified address',
  'link-local': 'a link-local address',
  private: 'a private network address',
  shared: 'a carrier-grade NAT address',
  multicast: 'a multicast address',
  reserved: 'a reserved address',
};

const table = (ranges: [string, AddressClass][]) => ranges.map(([c, cls]) => ({ ...parseCidr(c), cls }));

const V4_RANGES = table([
  ['0.0.0.0/8', 'unspecified'],
  ['10.0.0.0/8', 'private'],
  ['100.64.0.0/10', 'shared'],
  ['127.0.0.0/8', 'loopback'],
  ['169.254.0.0/16', 'link-local'],
  ['172.16.0.0/12', 'private'],
  ['192.0.0.0/24', 'reserved'],
  ['192.0.2.0/24', 'reserved'],
  ['192.88.99.0/24', 'reserved'],
  ['192.168.0.0/16', 'private'],
  ['198.18.0.0/15', 'reserved'],
  ['198.51.100.0/24', 'reserved'],
  ['203.0.113.0/24', 'reserved'],
  ['224.0.0.0/4', 'multicast'],
  ['240.0.0.0/4', 'reserved'],
]);

const V6_RANGES = table([
  ['::/128', 'unspecified'],
  ['::1/128', 'loopback'],
  ['64:ff9b:1::/48', 'private'],
  ['100::/64', 'reserved'],
  ['2001::/23', 'reserved'],
  ['2001:db8::/32', 'reserved'],
  ['fc00::/7', 'private'],
  ['fec0::/10', 'private'],
  ['fe80::/10', 'link-local'],
  ['ff00::/8', 'multicast'],
]);

/** IPv6 ranges that carry an IPv4 address, and where: mapped, translated, compatible, NAT64, 6to4. */
const V4_CARRIERS: { range: Cidr; at: number }[] = [
  { range: parseCidr('::ffff:0:0/96'), at: 12 },
  { range: parseCidr('::ffff:0:0:0/96'), at: 12 },
  { range: parseCidr('::/96'), at: 12 },
  { range: parseCidr('64:ff9b::/96'), at: 12 },
  { range: parseCidr('2002::/16'), at: 2 },
];

const GLOBAL_UNICAST = parseCidr('2000::/3');

/** Parses `a.b.c.d/n`, `v6/n` or a bare address (a single host); throws on anything else. */
export function parseCidr(text: string): Cidr {
  const [addr, len, extra] = text.trim().split('/');
  const bytes = addressBytes(addr);
  const bits = bytes?.length === 4 ? 32 : 128;
  const prefix = len === undefined ? bits : /^\d{1,3}$/.test(len) ? Number(len) : Number.NaN;
  if (!bytes || extra !== undefined || !(prefix >= 0 && prefix <= bits)) throw new Error(`not an address range: ${text}`);
  return { bytes, prefix };
}

/** The bytes of an IPv4 or IPv6 address (brackets and zone index dropped), or null when it is not one. */
export function addressBytes(ip: string): Uint8Array | null {
  const addr = ip.replace(/^\[(.*)\]$/, '$1').replace(/%.*$/, '');
  const kind = isIP(addr);
  if (kind === 4) return Uint8Array.from(addr.split('.').map(Number));
  if (kind !== 6) return null;
  const out = new Uint8Array(16);
  const [head, tail] = addr.includes('::') ? addr.split('::') : [addr, undefined];
  const groups = (s: string | undefined) => (s ? s.split(':').flatMap(hexGroups) : []);
  const front = groups(head);
  const back = groups(tail);
  const words = [...front, ...Array(8 - front.length - back.length).fill(0), ...back];
  for (const [i, w] of words.entries()) out.set([w >> 8, w & 0xff], i * 2);
  return out;
}

function hexGroups(part: string): number[] {
  if (!part.includes('.')) return [Number.parseInt(part, 16)];
  const [a, b, c, d] = part.split('.').map(Number);
  return [(a << 8) | b, (c << 8) | d];
}

/** True when `bytes` lies inside `range` (same family only). */
export function inRange(bytes: Uint8Array, range: Cidr): boolean {
  if (bytes.length !== range.bytes.length) return false;
  for (let bit = 0; bit < range.prefix; bit += 8) {
    const take = Math.min(8, range.prefix - bit);
    const mask = (0xff << (8 - take)) & 0xff;
    if ((bytes[bit / 8] & mask) !== (range.bytes[bit / 8] & mask)) return false;
  }
  return true;
}

/** The IPv4 address an IPv6 address carries (mapped, compatible, NAT64, 6to4), if any. */
function embeddedV4(bytes: Uint8Array): Uint8Array | null {
  if (bytes.length !== 16) return null;
  const carrier = V4_CARRIERS.find((c) => inRange(bytes, c.range));
  return carrier ? bytes.slice(carrier.at, carrier.at + 4) : null;
}

function classifyBytes(bytes: Uint8Array): AddressClass {
  if (bytes.length === 4) return V4_RANGES.find((r) => inRange(bytes, r))?.cls ?? 'public';
  const special = V6_RANGES.find((r) => inRange(bytes, r));
  if (special) return special.cls;
  const v4 = embeddedV4(bytes);
  if (v4) return classifyBytes(v4);
  return inRange(bytes, GLOBAL_UNICAST) ? 'public' : 'reserved';
}

/** Classifies an IP address; anything that is not an address at all counts as `reserved`. */
export function classifyAddress(ip: string): AddressClass {
  const bytes = addressBytes(ip);
  return bytes ? classifyBytes(bytes) : 'reserved';
}

/** Why `ip` may not receive webhooks, or null when it may (public, or inside an allowed range). */
export function addressRefusal(ip: string, allow: readonly Cidr[] = []): string | null {
  const bytes = addressBytes(ip);
  if (!bytes) return `${ip} is not an IP address`;
  const cls = classifyBytes(bytes);
  if (cls === 'public') return null;
  const v4 = embeddedV4(bytes);
  if (allow.some((r) => inRange(bytes, r) || (v4 !== null && inRange(v4, r)))) return null;
  return `${ip} is ${LABELS[cls]}`;
}

const defaultResolver: Resolver = (host) => dns.lookup(host, { all: true });

/** A target that passed every check, with the addresses a request must be pinned to. */
export interface CheckedTarget {
  url: URL;
  /** The host name without IPv6 brackets. */
  host: string;
  port: number;
  addresses: ResolvedAddress[];
}

/**
 * Checks a webhook URL: http(s) only, no credentials, ports 80, 443 or 1024–65535, and a host that is, or
 * resolves only to, public addresses (or ranges in `allow`). Odd IPv4 spellings are normalised by the WHATWG
 * URL parser first, so `http://0x7f.1/` is judged as 127.0.0.1. Throws `TargetRefused`.
 */
export async function checkTarget(raw: string, opts: { allow?: readonly Cidr[]; resolve?: Resolver } = {}): Promise<CheckedTarget> {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new TargetRefused('The URL is not valid.');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new TargetRefused('Only http and https URLs are allowed.');
  if (url.username || url.password) throw new TargetRefused('A user name or password in the URL is not allowed.');
  const port = url.port ? Number(url.port) : url.protocol === 'https:' ? 443 : 80;
  if (port !== 80 && port !== 443 && (port < 1024 || port > 65535))
    throw new TargetRefused(`Port ${port} is not allowed; use 80, 443 or 1024–65535.`);
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  let addresses: ResolvedAddress[];
  if (isIP(host)) addresses = [{ address: host, family: isIP(host) }];
  else {
    addresses = await (opts.resolve ?? defaultResolver)(host).catch(() => []);
    if (addresses.length === 0) throw new TargetRefused(`The host ${host} does not resolve.`);
  }
  for (const a of addresses) {
    const why = addressRefusal(a.address, opts.allow);
    if (why) {
      const via = a.address === host ? '' : `${host} resolves to `;
      throw new TargetRefused(`${via}${why}; webhooks may only call public addresses.`);
    }
  }
  return { url, host, port, addresses };
}
