import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_ATTEMPTS, MAX_RESPONSE_BYTES, postWebhook, retryDelay } from './delivery.js';
import { parseCidr, type Resolver } from './ssrf.js';

interface Seen {
  path: string;
  host: string;
  headers: IncomingMessage['headers'];
  body: string;
}

describe('postWebhook against a real local receiver', () => {
  let server: Server;
  let port: number;
  const seen: Seen[] = [];
  const allow = [parseCidr('127.0.0.1/32')];

  beforeAll(async () => {
    server = createServer((req, res) => {
      let body = '';
      req.on('data', (c) => {
        body += c;
      });
      req.on('end', () => {
        seen.push({ path: req.url ?? '', host: req.headers.host ?? '', headers: req.headers, body });
        if (req.url === '/ok') res.writeHead(204).end();
        else if (req.url === '/redirect') res.writeHead(302, { location: '/ok' }).end();
        else if (req.url === '/big') res.writeHead(200).end('x'.repeat(1_000_000));
        else if (req.url === '/hang') return;
        else res.writeHead(500).end('boom\u0000');
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  const at = (path: string) => `http://127.0.0.1:${port}${path}`;
  const paths = () => seen.map((s) => s.path);

  it('POSTs the body and headers and reports 2xx as delivered', async () => {
    const out = await postWebhook(at('/ok'), '{"a":1}', { 'content-type': 'application/json', 'x-test': 'yes' }, { allow });
    expect(out).toEqual({ ok: true, status: 204, body: '', error: null });
    expect(seen.at(-1)).toMatchObject({ path: '/ok', body: '{"a":1}', headers: { 'x-test': 'yes', 'content-type': 'application/json' } });
  });

  it('connects to the address that passed the check, not to a second DNS answer', async () => {
    let lookups = 0;
    // Rebinding: the first answer is allowed, every later one points at the cloud metadata service.
    const rebinding: Resolver = async () => [{ address: lookups++ === 0 ? '127.0.0.1' : '169.254.169.254', family: 4 }];
    const out = await postWebhook(`http://receiver.invalid:${port}/ok`, '{}', {}, { allow, resolve: rebinding, timeoutMs: 2000 });
    expect(out.ok).toBe(true);
    expect(lookups).toBe(1);
    expect(seen.at(-1)?.host).toBe(`receiver.invalid:${port}`);
  });

  it('refuses, without connecting, a target that is not allowed any more', async () => {
    const before = seen.length;
    const out = await postWebhook(at('/ok'), '{}', {}, { allow: [] });
    expect(out).toMatchObject({ ok: false, status: null, error: expect.stringMatching(/Target refused: .*loopback/) });
    const mixed: Resolver = async () => [
      { address: '127.0.0.1', family: 4 },
      { address: '10.0.0.1', family: 4 },
    ];
    expect((await postWebhook(`http://two.invalid:${port}/ok`, '{}', {}, { allow, resolve: mixed })).error).toMatch(/10\.0\.0\.1 is a private/);
    expect(seen.length).toBe(before);
  });

  it('does not follow a redirect', async () => {
    const before = paths().filter((p) => p === '/ok').length;
    const out = await postWebhook(at('/redirect'), '{}', {}, { allow });
    expect(out).toMatchObject({ ok: false, status: 302, error: expect.stringMatching(/redirected to \/ok; redirects are not followed/) });
    expect(paths().filter((p) => p === '/ok').length).toBe(before);
  });

  it('reads at most 4 kB of the answer', async () => {
    const out = await postWebhook(at('/big'), '{}', {}, { allow });
    expect(out.ok).toBe(true);
    expect(out.body?.length).toBe(MAX_RESPONSE_BYTES);
  });

  it('reports an error status with the start of the answer, without NUL characters', async () => {
    expect(await postWebhook(at('/fail'), '{}', {}, { allow })).toEqual({ ok: false, status: 500, body: 'boom', error: 'The receiver answered 500.' });
  });

  it('gives up on a receiver that does not answer in time', async () => {
    const started = Date.now();
    const out = await postWebhook(at('/hang'), '{}', {}, { allow, timeoutMs: 300 });
    expect(out).toEqual({ ok: false, status: null, body: null, error: 'No answer within 0.3 s.' });
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('reports a receiver that is not listening', async () => {
    const idle = createServer();
    await new Promise<void>((resolve) => idle.listen(0, '127.0.0.1', resolve));
    const free = (idle.address() as AddressInfo).port;
    await new Promise((resolve) => idle.close(resolve));
    expect((await postWebhook(`http://127.0.0.1:${free}/`, '{}', {}, { allow })).error).toMatch(/ECONNREFUSED/);
  });
});

describe('retryDelay', () => {
  it('backs off exponentially and gives up after the last attempt', () => {
    const delays = Array.from({ length: MAX_ATTEMPTS }, (_, i) => retryDelay(i + 1));
    expect(delays).toEqual([30_000, 120_000, 600_000, 3_600_000, 21_600_000, 43_200_000, 86_400_000, null]);
  });
});
