import { sql } from 'kysely';
import nodemailer from 'nodemailer';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DEMO_PASSWORD } from '../../../src/cli/seed-demo.js';
import { xssPayloadCases } from '../../fixtures/xss-payloads.js';
import { launchChromium, startDemoServer } from '../browser.js';

const SENDER = 'xss-klant@aanvaller.test';
const CASES = 220;
const CHUNK = 55;

/**
 * Hostile mail rendered where people read it: each case carries four payloads (subject, sender name, HTML body,
 * attachment name), every payload lands in all four places across four cases, and each case page is opened in
 * the agent app and in the customer portal. A payload that runs calls window.__xss or alert; none may.
 */
describe.runIf(inject('chromium'))('[CASES][PORTAL][XSS]: hostile mail never runs script in the agent app or the portal', () => {
  let server: Awaited<ReturnType<typeof startDemoServer>>;
  let browser: Browser;
  let agent: BrowserContext;
  let customer: BrowserContext;
  const caseIds: string[] = [];
  const hits: string[] = [];

  async function context(): Promise<BrowserContext> {
    const c = await browser.newContext();
    // Runs in every frame before the page's own scripts; a sandboxed frame without scripts never calls it.
    await c.addInitScript(`
      window.__xssHits = [];
      window.__xss = (id) => window.__xssHits.push(id);
      window.alert = (id) => window.__xssHits.push(id);
      window.confirm = (id) => Boolean(window.__xssHits.push(id));
      window.prompt = (id) => String(window.__xssHits.push(id));
    `);
    return c;
  }

  beforeAll(async () => {
    // Opening 440 case pages a minute is a test, not an agent: no request budget in the way.
    server = await startDemoServer({ RATE_LIMIT_PER_MINUTE: '1000000' });
    browser = await launchChromium();
    const { cases } = server.loyaal.services;
    const s = await cases.settings.settings();
    await cases.settings.updateSettings({ principal: null, ip: null, requestId: null }, { version: s.version, senderLimitPerMinute: 10_000 });
    const payloads = xssPayloadCases();
    expect(payloads.length).toBeGreaterThanOrEqual(200);
    const composer = nodemailer.createTransport({ streamTransport: true, buffer: true });
    for (let k = 0; k < CASES; k++) {
      const p = (i: number) => payloads[(k + i) % payloads.length].payload;
      const info = await composer.sendMail({
        from: { name: p(1).slice(0, 200), address: SENDER },
        to: 'service@huishoudservice.demo',
        subject: p(0).slice(0, 300),
        messageId: `<xss.${k}.${Date.now()}@aanvaller.test>`,
        html: `<p>Geachte heer/mevrouw,</p>${p(2)}`,
        attachments: [{ filename: `${p(3).slice(0, 80)}.txt`, content: 'bijlage' }],
      });
      const outcome = await cases.inbound.ingest(info.message as Buffer, { envelopeFrom: SENDER, recipients: ['service@huishoudservice.demo'] });
      if (outcome.kind === 'created') caseIds.push(outcome.caseId);
    }
    expect(caseIds.length).toBeGreaterThanOrEqual(200);

    agent = await context();
    const page = await agent.newPage();
    await page.goto(`${server.url}/sign-in`);
    await page.getByTestId('signin-email').fill('agent@demo.loyaal.nl');
    await page.getByTestId('signin-password').fill(DEMO_PASSWORD);
    await page.getByTestId('signin-submit').click();
    await page.getByTestId('nav-cases').waitFor();
    await page.close();

    customer = await context();
    await server.loyaal.services.portal.requestLink(SENDER, 'nl');
    await server.loyaal.bus.dispatch();
    const mail = await sql<{ payload: string }>`select payload from outbox where topic = 'mail.send' order by created_at desc`.execute(server.loyaal.db);
    const token = mail.rows.map((r) => JSON.parse(r.payload)).find((m) => m.to === SENDER)?.text.match(/#([\w-]+)/)?.[1];
    expect(token).toBeTruthy();
    const portal = await customer.newPage();
    await portal.goto(`${server.url}/portaal/inloggen#${token}`);
    await portal.getByTestId('portal-cases').waitFor();
    await portal.close();
  }, 600_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  async function visit(ctx: BrowserContext, urls: string[], ready: string) {
    const page = await ctx.newPage();
    page.on('dialog', (d) => {
      hits.push(`dialog on ${page.url()}: ${d.message()}`);
      void d.dismiss();
    });
    for (const url of urls) {
      await page.goto(url);
      await page
        .getByTestId(ready)
        .first()
        .waitFor({ timeout: 15_000 })
        .catch(async (err) => {
          if (process.env.XSS_DEBUG) await page.screenshot({ path: '/tmp/xss-fail.png' });
          throw new Error(`${url}: ${ready} did not appear (${(await page.content()).length} bytes): ${err}`);
        });
      await page.mouse.move(200, 300);
      await page.mouse.move(600, 500);
      await page.waitForTimeout(30);
      for (const frame of page.frames()) {
        // A frame whose scripts are blocked cannot be asked; one that can be asked must report nothing.
        const found = (await frame.evaluate('window.__xssHits').catch(() => [])) as unknown[];
        if (found?.length) hits.push(`${url} (${frame === page.mainFrame() ? 'page' : 'frame'}): ${JSON.stringify(found)}`);
      }
    }
    await page.close();
  }

  it('lists the hostile subjects in the inbox without running them', async () => {
    await visit(agent, [`${server.url}/cases`], 'cases-table');
    await visit(customer, [`${server.url}/portaal`], 'portal-case-row');
    expect(hits).toEqual([]);
  });

  for (let from = 0; from < CASES; from += CHUNK)
    it(`renders cases ${from + 1}–${from + CHUNK} in the agent app and the portal without running them`, { timeout: 300_000 }, async () => {
      const ids = caseIds.slice(from, from + CHUNK);
      await visit(agent, ids.map((id) => `${server.url}/cases/${id}`), 'case-message');
      await visit(customer, ids.map((id) => `${server.url}/portaal/zaken/${id}`), 'portal-message');
      expect(hits).toEqual([]);
    });
});
