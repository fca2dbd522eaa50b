import { sql } from 'kysely';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DEMO_PASSWORD } from '../../../src/cli/seed-demo.js';
import { launchChromium, startDemoServer } from '../browser.js';

describe.runIf(inject('chromium'))('[PORTAL][SURVEYS]: a customer signs in by link, follows their case, and rates it', () => {
  let server: Awaited<ReturnType<typeof startDemoServer>>;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let staff: Record<string, string>;
  const problems: string[] = [];
  const email = `klant.${Date.now()}@voorbeeld.nl`;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    server = await startDemoServer();
    browser = await launchChromium();
    context = await browser.newContext();
    page = await context.newPage();
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) problems.push(m.text());
    });
    const signIn = await server.loyaal.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in/email',
      headers: { origin: server.url, 'content-type': 'application/json' },
      payload: { email: 'agent@demo.loyaal.nl', password: DEMO_PASSWORD },
    });
    expect(signIn.statusCode).toBe(200);
    const cookie = [signIn.headers['set-cookie']].flat().find((c) => c?.includes('session_token'));
    staff = { cookie: String(cookie).split(';')[0], origin: server.url };

    const customer = await call('POST', '/api/v1/customers', { kind: 'person', name: 'Petra van Dijk', contacts: [{ name: 'Petra van Dijk', email }] });
    expect(customer.statusCode, customer.body).toBe(201);
    ids.customer = customer.json().id;
    const created = await call('POST', '/api/v1/cases', { customerId: ids.customer, channel: 'email', subject: 'Koffiemachine maakt geen schuim', body: 'Het melkschuim blijft waterig.' });
    expect(created.statusCode, created.body).toBe(201);
    ids.case = created.json().id;
    ids.number = created.json().number;
    expect((await call('POST', `/api/v1/cases/${ids.case}/messages`, { kind: 'note', bodyHtml: '<p>GEHEIME NOTITIE: klant belt vaak</p>' })).statusCode).toBe(201);
    const reply = await call('POST', `/api/v1/cases/${ids.case}/messages`, { kind: 'reply', bodyHtml: '<p>Wij helpen <b>u</b> graag.</p><script>alert(1)</script>', status: 'waiting_customer' });
    expect(reply.statusCode, reply.body).toBe(201);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const call = (method: 'GET' | 'POST' | 'PATCH', url: string, payload?: unknown) => server.loyaal.app.inject({ method, url, headers: staff, payload: payload as object });

  /** The newest mail to `to` in the outbox whose text matches `pattern`, as its first capture group. */
  async function fromMail(to: string, pattern: RegExp): Promise<string> {
    let found: string | undefined;
    await expect
      .poll(async () => {
        const rows = await sql<{ payload: string }>`select payload from outbox where topic = 'mail.send' order by created_at desc`.execute(server.loyaal.db);
        for (const r of rows.rows) {
          const mail = JSON.parse(r.payload) as { to: string; text: string };
          const m = mail.to === to ? pattern.exec(mail.text) : null;
          if (m) {
            found = m[1];
            return true;
          }
        }
        return false;
      })
      .toBe(true);
    return found as string;
  }

  /** Waits for the API answer to an action in the page and returns its status. */
  async function answer(method: string, path: RegExp, action: () => Promise<unknown>): Promise<number> {
    const [res] = await Promise.all([page.waitForResponse((r) => r.request().method() === method && path.test(new URL(r.url()).pathname)), action()]);
    return res.status();
  }

  const messages = (direction: string) => page.locator(`[data-testid="portal-message"][data-direction="${direction}"]`);

  it('signs in by magic link, shows the own case without notes, replies with a file, closes and reopens', async () => {
    await page.goto(`${server.url}/portaal`);
    await page.getByTestId('portal-email').fill('onbekend@voorbeeld.nl');
    expect(await answer('POST', /\/magic-link$/, () => page.getByTestId('portal-send-link').click())).toBe(202);
    const unknownText = await page.getByTestId('portal-link-sent').textContent();
    expect(unknownText).toBe('Als dit adres bij ons bekend is, ontvangt u binnen enkele minuten een inloglink.');
    await page.getByTestId('portal-email').fill(email);
    expect(await answer('POST', /\/magic-link$/, () => page.getByTestId('portal-send-link').click())).toBe(202);
    expect(await page.getByTestId('portal-link-sent').textContent()).toBe(unknownText);

    const token = await fromMail(email, /\/portaal\/inloggen#([\w-]+)/);
    expect(await answer('POST', /\/api\/portal\/v1\/session$/, () => page.goto(`${server.url}/portaal/inloggen#${token}`))).toBe(204);
    await page.getByTestId('portal-cases').waitFor();
    expect(new URL(page.url()).pathname).toBe('/portaal');
    expect(new URL(page.url()).hash).toBe('');
    const row = page.locator(`[data-testid="portal-case-row"][data-number="${ids.number}"]`);
    expect(await row.textContent()).toContain('Wacht op uw reactie');
    expect(await page.getByTestId('portal-case-row').count()).toBe(1);

    await row.getByRole('link', { name: 'Koffiemachine maakt geen schuim' }).click();
    await page.waitForURL(`**/portaal/zaken/${ids.case}`);
    expect(await page.getByTestId('portal-case-number').textContent()).toBe(ids.number);
    expect(await page.getByTestId('portal-case-status').textContent()).toBe('Wacht op uw reactie');
    await messages('outbound').waitFor();
    expect(await messages('inbound').getByTestId('portal-message-body').textContent()).toBe('Het melkschuim blijft waterig.');
    const frame = messages('outbound').getByTestId('portal-message-body');
    expect(await frame.getAttribute('sandbox')).toBe('');
    const body = page.frameLocator('[data-testid="portal-message"][data-direction="outbound"] [data-testid="portal-message-body"]').locator('body');
    expect(await body.textContent()).toContain('Wij helpen u graag.');
    expect(await body.locator('b').textContent()).toBe('u');
    expect(await page.getByTestId('portal-message').count()).toBe(2);
    expect(await page.locator('body').textContent()).not.toContain('GEHEIME');

    await page.getByTestId('portal-reply').fill('Ik heb de melkleiding schoongemaakt, zie de foto.');
    expect(await answer('POST', /\/attachments$/, () => page.getByTestId('portal-reply-file').setInputFiles({ name: 'melkschuim.txt', mimeType: 'text/plain', buffer: Buffer.from('schuim?') }))).toBe(201);
    expect(await page.getByTestId('portal-reply-attachments').textContent()).toContain('melkschuim.txt');
    expect(await answer('POST', /\/messages$/, () => page.getByTestId('portal-reply-send').click())).toBe(201);
    const mine = messages('inbound').filter({ hasText: 'melkleiding' });
    await mine.waitFor();
    expect(await page.getByTestId('portal-reply').inputValue()).toBe('');
    await page.screenshot({ path: '/tmp/web-portal-case.png', fullPage: true });
    const link = mine.getByRole('link', { name: /melkschuim\.txt/ });
    const download = await page.request.get(new URL((await link.getAttribute('href')) as string, server.url).toString());
    expect(download.status()).toBe(200);
    expect(await download.text()).toBe('schuim?');
    const timeline = (await call('GET', `/api/v1/cases/${ids.case}/timeline`)).json() as { messages: { bodyText: string; attachments: { filename: string }[] }[] };
    expect(timeline.messages.find((m) => m.bodyText.includes('melkleiding'))?.attachments.map((a) => a.filename)).toEqual(['melkschuim.txt']);

    expect(await answer('POST', /\/close$/, () => page.getByTestId('portal-close').click())).toBe(200);
    await expect.poll(() => page.getByTestId('portal-case-status').textContent()).toBe('Gesloten');
    expect(await page.getByTestId('portal-close').count()).toBe(0);
    expect((await call('GET', `/api/v1/cases/${ids.case}`)).json().status).toBe('closed');
    expect(await answer('POST', /\/reopen$/, () => page.getByTestId('portal-reopen').click())).toBe(200);
    await expect.poll(() => page.getByTestId('portal-case-status').textContent()).toBe('In behandeling');
    expect(await page.getByTestId('portal-reopen').count()).toBe(0);
    expect((await call('GET', `/api/v1/cases/${ids.case}`)).json().status).toBe('open');

    await page.getByTestId('lang-switch').getByText('EN').click();
    await expect.poll(() => page.getByTestId('portal-case-status').textContent()).toBe('In progress');
    expect(await page.evaluate("localStorage.getItem('loyaal.lang')")).toBe('en');
    await page.getByTestId('lang-switch').getByText('NL').click();
    await expect.poll(() => page.getByTestId('portal-case-status').textContent()).toBe('In behandeling');

    await page.getByRole('link', { name: 'Terug naar uw vragen' }).click();
    await page.getByTestId('portal-new-subject').fill('Ontkalken');
    await page.getByTestId('portal-new-body').fill('Hoe vaak moet ik ontkalken?');
    expect(await answer('POST', /\/api\/portal\/v1\/cases$/, () => page.getByTestId('portal-new-submit').click())).toBe(201);
    await page.waitForURL(/\/portaal\/zaken\/[0-9a-f-]{36}$/);
    expect(await messages('inbound').getByTestId('portal-message-body').textContent()).toBe('Hoe vaak moet ik ontkalken?');
    await page.getByRole('link', { name: 'Terug naar uw vragen' }).click();
    await expect.poll(() => page.getByTestId('portal-case-row').count()).toBe(2);

    expect(await answer('DELETE', /\/api\/portal\/v1\/session$/, () => page.getByTestId('portal-signout').click())).toBe(204);
    await page.getByTestId('portal-email').waitFor();
    expect(await page.getByTestId('portal-cases').count()).toBe(0);
    expect(await answer('POST', /\/api\/portal\/v1\/session$/, () => page.goto(`${server.url}/portaal/inloggen#${token}`))).toBe(401);
    expect(await page.getByTestId('portal-link-error').textContent()).toContain('al gebruikt of verlopen');
    await page.getByTestId('portal-email').waitFor();
    expect(problems).toEqual([]);
  });

  it('rates the resolved case from the emailed link, then changes the score and adds a comment', async () => {
    const current = (await call('GET', `/api/v1/cases/${ids.case}`)).json();
    expect((await call('PATCH', `/api/v1/cases/${ids.case}`, { version: current.version, status: 'resolved' })).statusCode).toBe(200);
    while ((await server.loyaal.bus.dispatch()) > 0) {}
    const token = await fromMail(email, /\/beoordeling\/([\w-]+)\?score=4/);

    expect(await answer('POST', /\/api\/v1\/public\/ratings\//, () => page.goto(`${server.url}/beoordeling/${token}?score=4`))).toBe(200);
    const thanks = page.getByTestId('rating-thanks');
    await thanks.waitFor();
    expect(await thanks.textContent()).toContain('Hartelijk dank voor uw beoordeling!');
    expect(await thanks.textContent()).toContain('Uw cijfer: 4 van 5');
    expect(await page.getByTestId('rating-score-4').getAttribute('aria-pressed')).toBe('true');
    expect(new URL(page.url()).search).toBe('');
    const publicForm = () => server.loyaal.app.inject({ method: 'GET', url: `/api/v1/public/ratings/${token}` }).then((r) => r.json());
    expect(await publicForm()).toMatchObject({ number: ids.number, rating: 4, comment: null, changeable: true });

    await page.getByTestId('rating-score-5').click();
    await page.getByTestId('rating-comment').fill('Snel en vriendelijk geholpen');
    expect(await answer('POST', /\/api\/v1\/public\/ratings\//, () => page.getByTestId('rating-submit').click())).toBe(200);
    await expect.poll(() => thanks.textContent()).toContain('Uw cijfer: 5 van 5');
    expect(await thanks.textContent()).toContain('Uw beoordeling is bijgewerkt.');
    expect(await publicForm()).toMatchObject({ rating: 5, comment: 'Snel en vriendelijk geholpen', changeable: true });
    await page.screenshot({ path: '/tmp/web-rating.png', fullPage: true });

    await page.reload();
    await thanks.waitFor();
    expect(await page.getByTestId('rating-comment').inputValue()).toBe('Snel en vriendelijk geholpen');
    expect(await page.getByTestId('rating-score-5').getAttribute('aria-pressed')).toBe('true');

    await sql`update case_ratings set changeable_until = ${'2000-01-01T00:00:00.000Z'} where case_id = ${ids.case}`.execute(server.loyaal.db);
    await page.goto(`${server.url}/beoordeling/${token}?score=1`);
    await page.getByTestId('rating-closed').waitFor();
    expect(await page.getByTestId('rating-closed').textContent()).toContain('Uw cijfer: 5 van 5');
    expect(await page.getByTestId('rating-submit').count()).toBe(0);
    expect((await publicForm()).rating).toBe(5);
    expect(problems).toEqual([]);
  });

  it('answers the recommendation survey', async () => {
    expect(await server.loyaal.services.satisfaction.npsTick()).toBeGreaterThanOrEqual(1);
    const token = await fromMail(email, /\/aanbevelen\/([\w-]+)/);
    await page.goto(`${server.url}/aanbevelen/${token}`);
    await page.getByTestId('nps-score-9').click();
    await page.getByTestId('nps-comment').fill('Prima service');
    expect(await answer('POST', /\/api\/v1\/public\/nps\//, () => page.getByTestId('nps-submit').click())).toBe(200);
    await page.getByTestId('nps-thanks').waitFor();
    const saved = await server.loyaal.app.inject({ method: 'GET', url: `/api/v1/public/nps/${token}` });
    expect(saved.json()).toMatchObject({ score: 9, comment: 'Prima service' });
    expect(await page.getByTestId('portal-company').textContent()).toBe(saved.json().company);
    await page.screenshot({ path: '/tmp/web-nps.png', fullPage: true });
    expect(problems).toEqual([]);
  });
});
