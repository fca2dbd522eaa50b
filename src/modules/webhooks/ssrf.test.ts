import { describe, expect, it } from 'vitest';
import { type AddressClass, addressRefusal, checkTarget, classifyAddress, parseCidr, type Resolver, TargetRefused } from './ssrf.js';

const ADDRESSES: [string, AddressClass][] = [
  ['127.0.0.1', 'loopback'],
  ['127.255.255.254', 'loopback'],
  ['0.0.0.0', 'unspecified'],
  ['0.1.2.3', 'unspecified'],
  ['10.0.0.1', 'private'],
  ['10.255.255.255', 'private'],
  ['172.16.0.1', 'private'],
  ['172.31.255.255', 'private'],
  ['172.15.255.255', 'public'],
  ['172.32.0.0', 'public'],
  ['192.168.1.1', 'private'],
  ['169.254.169.254', 'link-local'],
  ['169.254.0.1', 'link-local'],
  ['100.64.0.1', 'shared'],
  ['100.127.255.255', 'shared'],
  ['100.128.0.0', 'public'],
  ['224.0.0.251', 'multicast'],
  ['239.255.255.250', 'multicast'],
  ['240.0.0.1', 'reserved'],
  ['255.255.255.255', 'reserved'],
  ['192.0.2.10', 'reserved'],
  ['198.18.0.1', 'reserved'],
  ['8.8.8.8', 'public'],
  ['93.184.216.34', 'public'],
  ['1.1.1.1', 'public'],
  ['::1', 'loopback'],
  ['::', 'unspecified'],
  ['0:0:0:0:0:0:0:1', 'loopback'],
  ['fe80::1', 'link-local'],
  ['fe80::1%eth0', 'link-local'],
  ['febf::1', 'link-local'],
  ['fc00::1', 'private'],
  ['fd12:3456:789a::1', 'private'],
  ['fec0::1', 'private'],
  ['ff02::1', 'multicast'],
  ['::ffff:127.0.0.1', 'loopback'],
  ['::ffff:7f00:1', 'loopback'],
  ['::ffff:a9fe:a9fe', 'link-local'],
  ['::ffff:10.1.2.3', 'private'],
  ['::ffff:8.8.8.8', 'public'],
  ['::127.0.0.1', 'loopback'],
  ['::7f00:1', 'loopback'],
  ['::ffff:0:127.0.0.1', 'loopback'],
  ['64:ff9b::127.0.0.1', 'loopback'],
  ['64:ff9b::a9fe:a9fe', 'link-local'],
  ['64:ff9b::808:808', 'public'],
  ['64:ff9b:1::1', 'private'],
  ['2002:7f00:1::1', 'loopback'],
  ['2002:c0a8:101::1', 'private'],
  ['2002:808:808::1', 'public'],
  ['2001:db8::1', 'reserved'],
  ['2001:0:4136:e378:8000:63bf:3fff:fdd2', 'reserved'],
  ['100::1', 'reserved'],
  ['4000::1', 'reserved'],
  ['2606:4700:4700::1111', 'public'],
  ['2a00:1450:4001:80b::200e', 'public'],
  ['[::1]', 'loopback'],
  ['not-an-ip', 'reserved'],
  ['256.1.1.1', 'reserved'],
];

describe('classifyAddress', () => {
  it.each(ADDRESSES)('%s is %s', (ip, cls) => {
    expect(classifyAddress(ip)).toBe(cls);
  });

  it('lets an allowed range through, also when the address is written as IPv4-mapped IPv6', () => {
    const allow = [parseCidr('127.0.0.1/32'), parseCidr('fd00::/8')];
    expect(addressRefusal('127.0.0.1', allow)).toBeNull();
    expect(addressRefusal('::ffff:127.0.0.1', allow)).toBeNull();
    expect(addressRefusal('fd00::5', allow)).toBeNull();
    expect(addressRefusal('127.0.0.2', allow)).toMatch(/loopback/);
    expect(addressRefusal('::1', allow)).toMatch(/loopback/);
    expect(addressRefusal('8.8.8.8', [])).toBeNull();
  });

  it.each(['10.0.0.0/33', 'fd00::/129', 'nonsense/8', '10.0.0.0/8/1', '10.0.0.0/x', ''])('refuses the range %j', (text) => {
    expect(() => parseCidr(text)).toThrow(/not an address range/);
  });
});

/** A DNS server under the test's control: names map to fixed answers, everything else does not resolve. */
function fakeDns(records: Record<string, string[]>): Resolver {
  return async (host) => {
    const list = records[host];
    if (!list) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: 'ENOTFOUND' });
    return list.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
  };
}

const dns = fakeDns({
  'hooks.example.com': ['93.184.216.34'],
  'dual.example.com': ['93.184.216.34', '2606:4700:4700::1111'],
  'sneaky.example.com': ['93.184.216.34', '10.0.0.7'],
  'metadata.example.com': ['169.254.169.254'],
  'v6loop.example.com': ['::1'],
  'mapped.example.com': ['::ffff:192.168.0.1'],
});

const REFUSED_URLS: [string, RegExp][] = [
  ['http://127.0.0.1/hook', /loopback/],
  ['http://2130706433/', /127\.0\.0\.1 is a loopback/],
  ['http://0x7f.1/', /127\.0\.0\.1 is a loopback/],
  ['http://017700000001/', /127\.0\.0\.1 is a loopback/],
  ['http://0x7f000001/', /loopback/],
  ['http://127.1/', /loopback/],
  ['http://0177.0.0.1/', /loopback/],
  ['http://127。0。0。1/', /loopback/],
  ['http://%31%32%37.0.0.1/', /loopback/],
  ['http://0/', /unspecified/],
  ['http://[::1]/', /loopback/],
  ['http://[::]/', /unspecified/],
  ['http://[::ffff:127.0.0.1]/', /loopback/],
  ['http://[0:0:0:0:0:ffff:7f00:1]/', /loopback/],
  ['http://[::127.0.0.1]/', /loopback/],
  ['http://[64:ff9b::127.0.0.1]/', /loopback/],
  ['http://[64:ff9b::169.254.169.254]/', /link-local/],
  ['http://[fe80::1]/', /link-local/],
  ['http://[fd00::1]/', /private/],
  ['http://169.254.169.254/latest/meta-data/', /link-local/],
  ['http://100.64.1.1/', /carrier-grade NAT/],
  ['http://224.0.0.1/', /multicast/],
  ['http://metadata.example.com/', /metadata\.example\.com resolves to 169\.254\.169\.254/],
  ['http://sneaky.example.com/', /resolves to 10\.0\.0\.7, a private|10\.0\.0\.7 is a private/],
  ['http://v6loop.example.com/', /loopback/],
  ['http://mapped.example.com/', /private/],
  ['http://nowhere.example.com/', /does not resolve/],
  ['http://user:pw@hooks.example.com/', /user name or password/],
  ['http://user@hooks.example.com/', /user name or password/],
  ['ftp://hooks.example.com/', /Only http and https/],
  ['file:///etc/passwd', /Only http and https/],
  ['javascript:alert(1)', /Only http and https/],
  ['not a url', /not valid/],
  ['http://hooks.example.com:22/', /Port 22 is not allowed/],
  ['http://hooks.example.com:0/', /Port 0 is not allowed/],
  ['https://hooks.example.com:1023/', /Port 1023 is not allowed/],
];

const ACCEPTED_URLS: [string, string][] = [
  ['https://hooks.example.com/loyaal', 'https://hooks.example.com/loyaal'],
  ['http://hooks.example.com/', 'http://hooks.example.com/'],
  ['https://HOOKS.example.com:443/x?y=1', 'https://hooks.example.com/x?y=1'],
  ['http://hooks.example.com:8080/', 'http://hooks.example.com:8080/'],
  ['https://hooks.example.com:65535/', 'https://hooks.example.com:65535/'],
  ['https://dual.example.com/', 'https://dual.example.com/'],
  ['http://8.8.8.8/', 'http://8.8.8.8/'],
  ['http://134744072/', 'http://8.8.8.8/'],
  ['http://[2606:4700:4700::1111]/', 'http://[2606:4700:4700::1111]/'],
  ['http://[::ffff:8.8.8.8]/', 'http://[::ffff:808:808]/'],
];

describe('checkTarget', () => {
  it.each(REFUSED_URLS)('refuses %s', async (url, why) => {
    const err = await checkTarget(url, { resolve: dns }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TargetRefused);
    expect((err as Error).message).toMatch(why);
  });

  it.each(ACCEPTED_URLS)('accepts %s as %s', async (url, href) => {
    const target = await checkTarget(url, { resolve: dns });
    expect(target.url.href).toBe(href);
    expect(target.addresses.length).toBeGreaterThan(0);
  });

  it('returns every resolved address so the request can be pinned to one of them', async () => {
    const target = await checkTarget('https://dual.example.com/', { resolve: dns });
    expect(target.addresses.map((a) => a.address)).toEqual(['93.184.216.34', '2606:4700:4700::1111']);
    expect(target.port).toBe(443);
  });

  it('resolves real names through the system resolver: localhost is loopback', async () => {
    await expect(checkTarget('http://localhost:8080/')).rejects.toThrow(/localhost resolves to .* loopback/);
  });

  it('accepts private targets inside an allowed range, and only those', async () => {
    const allow = [parseCidr('127.0.0.1'), parseCidr('10.0.0.0/8')];
    expect((await checkTarget('http://0x7f.1:3000/', { allow })).url.href).toBe('http://127.0.0.1:3000/');
    expect((await checkTarget('http://sneaky.example.com/', { allow, resolve: dns })).addresses).toHaveLength(2);
    await expect(checkTarget('http://127.0.0.2/', { allow })).rejects.toThrow(/loopback/);
    await expect(checkTarget('http://169.254.169.254/', { allow })).rejects.toThrow(/link-local/);
  });
});
