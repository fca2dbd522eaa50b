import { sql } from 'kysely';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DEMO_PASSWORD } from '../../../src/cli/seed-demo.js';
import { launchChromium, startDemoServer } from '../browser.js';

describe.runIf(inject('chromium'))('[CASES][INBOX]: the demo agent logs a phone case, replies, notes and changes status', () => {
  let server: Awaited<ReturnType<typeof startDemoServer>>;
  let browser: Browser;
  let agent: BrowserContext;
  let page: Page;
  const problems: string[] = [];

  beforeAll(async () => {
    server = await startDemoServer();
    browser = await launchChromium();
    agent = await browser.newContext();
    page = await agent.newPage();
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) problems.push(m.text());
    });
    await signIn(page, 'agent@demo.loyaal.nl', 'Fatima El Amrani');
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  async function signIn(p: Page, email: string, name: string) {
    await p.goto(`${server.url}/sign-in`);
    await p.getByTestId('signin-email').fill(email);
    await p.getByTestId('signin-password').fill(DEMO_PASSWORD);
    await p.getByTestId('signin-submit').click();
    await p.getByTestId('user-menu-name').getByText(name).waitFor();
  }

  /** Waits for the API answer to an action in the page and returns its status. */
  async function answer(method: string, path: RegExp, action: () => Promise<unknown>): Promise<number> {
    const [res] = await Promise.all([page.waitForResponse((r) => r.request().method() === method && path.test(new URL(r.url()).pathname)), action()]);
    return res.status();
  }

  /** Waits until the inbox has fetched the list for these filters (after `action`). */
  async function listed(want: { view: string; q?: string; cursor?: boolean }, action: () => Promise<unknown>) {
    const matches = (url: string) => {
      const u = new URL(url);
      if (u.pathname !== '/api/v1/cases') return false;
      const p = u.searchParams;
      return p.get('view') === want.view && (p.get('q') ?? undefined) === want.q && p.has('cursor') === Boolean(want.cursor);
    };
    const [res] = await Promise.all([page.waitForResponse((r) => matches(r.url())), action()]);
    expect(res.status()).toBe(200);
  }

  const messages = (direction: string) => page.locator(`[data-testid="case-message"][data-direction="${direction}"]`);

  it('logs a phone call as a case, answers it, writes a note and sees it all in the timeline', async () => {
    const found = await server.loyaal.services.customers.listCustomers({ q: undefined, sort: 'name', page: 1, pageSize: 1 });
    const customer = found.items[0];
    expect(customer).toBeDefined();

    await page.getByTestId('nav-cases').click();
    await page.getByRole('heading', { name: 'Zaken' }).waitFor();
    await page.getByTestId('cases-view-open').waitFor();
    await page.getByTestId('cases-count-open').waitFor();

    await page.getByTestId('cases-new').click();
    await page.getByTestId('case-form-customer').fill(customer.name);
    await page.getByRole('option', { name: new RegExp(customer.name) }).first().click();
    expect(await page.getByTestId('case-form-channel').inputValue()).toBe('phone');
    await page.getByTestId('case-form-call-duration').fill('4:3');
    await page.getByTestId('case-form-subject').fill('Vaatwasser lekt bij het voorspoelen');
    await page.getByTestId('case-form-body').fill('Klant belt: de vaatwasser lekt sinds gisteren onderaan de deur.');
    await page.getByTestId('case-form-submit').click();
    expect(await page.getByText('Gebruik minuten:seconden, bijv. 4:30').isVisible()).toBe(true);
    await page.getByTestId('case-form-call-duration').fill('4:30');
    expect(await answer('POST', /^\/api\/v1\/cases$/, () => page.getByTestId('case-form-submit').click())).toBe(201);

    await page.waitForURL(/\/cases\/[0-9a-f-]{36}$/);
    const id = page.url().split('/').pop() as string;
    const number = (await page.getByTestId('case-number').textContent()) ?? '';
    expect(number).toMatch(/^Z-\d{4}-\d{6}$/);
    expect(await page.getByTestId('case-subject').textContent()).toBe('Vaatwasser lekt bij het voorspoelen');
    expect(await page.getByTestId('case-customer').getByRole('link', { name: customer.name }).getAttribute('href')).toBe(`/customers/${customer.id}`);
    await page.getByTestId('case-previous-cases').waitFor();

    const answered = page.getByTestId('case-sla-firstResponse');
    await answered.waitFor();
    expect(await answered.getAttribute('data-state')).toBe('met');
    expect(await answered.textContent()).toMatch(/^Eerste reactie: Gehaald · vandaag \d{2}:\d{2}$/);
    const resolution = page.getByTestId('case-sla-resolution');
    expect(await resolution.getAttribute('data-state')).toBe('running');
    expect(await resolution.textContent()).toMatch(/^Oplossing: Op tijd · (vandaag|morgen|\p{L}{2} \d{1,2} \p{L}+) \d{2}:\d{2} · \d+%$/u);

    const inbound = messages('inbound');
    await inbound.waitFor();
    expect(await inbound.textContent()).toContain('Telefoongesprek 4:30');
    expect(await inbound.getByTestId('case-message-body').textContent()).toContain('lekt sinds gisteren');

    expect(await page.getByTestId('case-reply-status').inputValue()).toBe('waiting_customer');
    await page.getByTestId('case-reply-editor').click();
    await page.keyboard.type('Beste klant, ');
    await page.getByTestId('case-reply-bold').click();
    await page.keyboard.type('morgen');
    await page.getByTestId('case-reply-bold').click();
    await page.keyboard.type(' komt er een monteur langs.');
    expect(await answer('POST', /\/messages$/, () => page.getByTestId('case-reply-send').click())).toBe(201);
    const outbound = messages('outbound');
    await outbound.waitFor();
    const replyFrame = page.frameLocator('[data-testid="case-message"][data-direction="outbound"] [data-testid="case-message-body"]');
    expect(await replyFrame.locator('body').textContent()).toContain('Beste klant, morgen komt er een monteur langs.');
    expect(await replyFrame.locator('strong, b').first().textContent()).toBe('morgen');
    expect(await outbound.getByTestId('case-message-body').getAttribute('sandbox')).toBe('');
    await expect.poll(() => page.getByTestId('case-status').inputValue()).toBe('waiting_customer');
    await expect.poll(() => page.getByTestId('case-sla-resolution').getAttribute('data-state')).toBe('paused');
    expect(await page.getByTestId('case-reply-editor').textContent()).toBe('');

    await page.getByTestId('case-reply-kind-note').click();
    expect(await page.getByTestId('case-reply-status').inputValue()).toBe('');
    await page.getByTestId('case-reply-editor').click();
    await page.keyboard.type('Garantie nagekeken: nog tot volgend jaar.');
    const receipt = Buffer.from('Kassabon Inventum VV1000 — € 549,00\n');
    expect(await answer('POST', /\/attachments$/, () => page.getByTestId('case-reply-file').setInputFiles({ name: 'kassabon été.txt', mimeType: 'text/plain', buffer: receipt }))).toBe(201);
    expect(await page.getByTestId('case-reply-attachments').textContent()).toContain('kassabon été.txt');
    expect(await answer('POST', /\/messages$/, () => page.getByTestId('case-reply-send').click())).toBe(201);
    const note = messages('note');
    await note.waitFor();
    expect(await note.textContent()).toContain('Interne notitie');
    const noteFrame = page.frameLocator('[data-testid="case-message"][data-direction="note"] [data-testid="case-message-body"]');
    expect(await noteFrame.locator('body').textContent()).toContain('Garantie nagekeken: nog tot volgend jaar.');
    const attachment = note.getByTestId('case-message-attachments').getByRole('link', { name: /kassabon été\.txt/ });
    const download = await page.request.get(`${server.url}${await attachment.getAttribute('href')}`);
    expect(Buffer.from(await download.body()).equals(receipt)).toBe(true);

    expect(await answer('PATCH', new RegExp(`/api/v1/cases/${id}$`), () => page.getByTestId('case-status').selectOption('open'))).toBe(200);
    await page.locator('[data-testid="case-event"][data-kind="status"]').filter({ hasText: 'Wacht op klant op Open' }).waitFor();
    expect(await page.getByTestId('case-timeline').getByTestId('case-message').evaluateAll((els) => els.map((e) => e.getAttribute('data-direction')))).toEqual([
      'inbound',
      'outbound',
      'note',
    ]);
    await expect.poll(() => page.getByTestId('case-sla-resolution').getAttribute('data-state')).toBe('running');

    const timeline = await page.request.get(`${server.url}/api/v1/cases/${id}/timeline`);
    const stored = (await timeline.json()) as { messages: { direction: string; callSeconds: number | null }[] };
    expect(stored.messages.map((m) => [m.direction, m.callSeconds])).toEqual([
      ['inbound', 270],
      ['outbound', null],
      ['note', null],
    ]);

    await page.getByTestId('nav-cases').click();
    await page.getByTestId('cases-view-mine').click();
    const row = page.locator(`[data-testid="case-row"][data-number="${number}"]`);
    await row.waitFor();
    expect(await row.textContent()).toContain(customer.name);
    expect(await row.textContent()).toContain('Open');
    await page.screenshot({ path: '/tmp/web-cases-inbox.png', fullPage: true });
    expect(problems).toEqual([]);
  });

  it('shows a notice and reloads on a stale save, follows changes live and shows who else is looking', async () => {
    await page.goto(`${server.url}/cases?view=mine`);
    await page.getByTestId('case-row').first().click();
    await page.waitForURL(/\/cases\/[0-9a-f-]{36}$/);
    const id = page.url().split('/').pop() as string;
    await page.getByTestId('case-priority').waitFor();

    await sql`update cases set version = version + 1 where id = ${id}`.execute(server.loyaal.db);
    expect(await answer('PATCH', new RegExp(`/api/v1/cases/${id}$`), () => page.getByTestId('case-priority').selectOption('high'))).toBe(409);
    await page.getByTestId('case-conflict').waitFor();
    await expect.poll(() => page.getByTestId('case-priority').inputValue()).toBe('normal');
    expect(await answer('PATCH', new RegExp(`/api/v1/cases/${id}$`), () => page.getByTestId('case-priority').selectOption('high'))).toBe(200);

    const current = (await (await page.request.get(`${server.url}/api/v1/cases/${id}`)).json()) as { version: number };
    const changed = await page.request.patch(`${server.url}/api/v1/cases/${id}`, { data: { version: current.version, priority: 'urgent' } });
    expect(changed.status()).toBe(200);
    await expect.poll(() => page.getByTestId('case-priority').inputValue(), { timeout: 10_000 }).toBe('urgent');

    const manager = await browser.newContext();
    const other = await manager.newPage();
    await signIn(other, 'manager@demo.loyaal.nl', 'Sanne de Vries');
    await other.goto(`${server.url}/cases/${id}`);
    await other.getByTestId('case-number').waitFor();
    await expect.poll(async () => (await page.getByTestId('case-presence').textContent().catch(() => '')) ?? '', { timeout: 15_000 }).toContain('Sanne de Vries bekijkt deze zaak ook');
    await other.getByTestId('case-reply-editor').click();
    await other.keyboard.type('Even kijken');
    await expect.poll(async () => (await page.getByTestId('case-presence').textContent().catch(() => '')) ?? '', { timeout: 15_000 }).toContain('Sanne de Vries is aan het typen');
    await page.setViewportSize({ width: 1280, height: 1600 });
    await page.screenshot({ path: '/tmp/web-case.png', fullPage: true });
    await page.setViewportSize({ width: 1280, height: 720 });
    await manager.close();
    expect(problems).toEqual([]);
  });

  it('pages through the inbox with "Meer laden" and changes the status of selected cases at once', async () => {
    const customer = (await server.loyaal.services.customers.listCustomers({ q: undefined, sort: 'name', page: 2, pageSize: 1 })).items[0];
    const counts = async () => (await (await page.request.get(`${server.url}/api/v1/cases/counts`)).json()) as Record<string, number>;
    const before = (await counts()).open;
    for (let i = 1; i <= 52; i++) {
      const res = await page.request.post(`${server.url}/api/v1/cases`, { data: { customerId: customer.id, channel: 'portal', subject: `Vraag ${i} over de levering`, body: 'Wanneer wordt het geleverd?' } });
      expect(res.status()).toBe(201);
    }
    expect((await counts()).open).toBe(before + 52);
    await page.goto(`${server.url}/cases`);
    await listed({ view: 'all' }, () => page.getByTestId('cases-view-all').click());
    const rows = page.getByTestId('case-row');
    await listed({ view: 'all', q: 'over de levering' }, () => page.getByTestId('cases-search').fill('over de levering'));
    await expect.poll(() => rows.count(), { timeout: 10_000 }).toBe(50);
    expect(await page.getByTestId('cases-count-open').textContent()).toBe(String(before + 52));
    await listed({ view: 'all', q: 'over de levering', cursor: true }, () => page.getByTestId('cases-more').click());
    await expect.poll(() => rows.count(), { timeout: 10_000 }).toBe(52);
    expect(await page.getByTestId('cases-more').count()).toBe(0);
    const numbers = await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-number')));
    expect(new Set(numbers).size).toBe(52);

    await listed({ view: 'all', q: 'Vraag 7 over' }, () => page.getByTestId('cases-search').fill('Vraag 7 over'));
    await expect.poll(() => rows.count(), { timeout: 10_000 }).toBe(1);
    await listed({ view: 'all', q: 'levering' }, () => page.getByTestId('cases-search').fill('levering'));
    await expect.poll(() => rows.count(), { timeout: 10_000 }).toBe(50);
    expect(page.url()).toContain('view=all');
    await rows.nth(0).getByTestId('case-select').check();
    await rows.nth(1).getByTestId('case-select').check();
    expect(await page.getByTestId('bulk-count').textContent()).toBe('2 zaken geselecteerd');
    expect(await answer('POST', /\/api\/v1\/cases\/bulk$/, () => page.getByTestId('bulk-status').selectOption('waiting_internal'))).toBe(200);
    expect(await page.getByTestId('bulk-result').textContent()).toBe('2 zaken bijgewerkt');
    await expect.poll(() => page.locator('[data-testid="case-row"] [data-status="waiting_internal"]').count()).toBe(2);
    expect(problems).toEqual([]);
  });

  it('merges, links and splits cases and clears the new-sender flag', async () => {
    const open = async (subject: string) => {
      await page.goto(`${server.url}/cases?view=all`);
      await listed({ view: 'all', q: subject }, () => page.getByTestId('cases-search').fill(subject));
      await page.getByTestId('case-row').filter({ hasText: subject }).first().click();
      await page.waitForURL(/\/cases\/[0-9a-f-]{36}$/);
      await page.getByTestId('case-number').waitFor();
      return page.url().split('/').pop() as string;
    };
    const pick = async (action: 'merge' | 'link', subject: string) => {
      await page.getByTestId(`case-${action}`).click();
      await page.getByTestId('case-pick').fill(subject);
      await page.getByRole('option', { name: new RegExp(subject) }).click();
      expect(await answer('POST', action === 'merge' ? /\/merge$/ : /\/links$/, () => page.getByTestId('case-pick-submit').click())).toBe(200);
    };

    const target = await open('Vraag 10 over de levering');
    await pick('merge', 'Vraag 11 over de levering');
    await page.locator('[data-testid="case-event"][data-kind="merged"]').waitFor();
    await expect.poll(() => page.getByTestId('case-message').count()).toBe(2);
    await pick('link', 'Vraag 12 over de levering');
    expect(await page.getByTestId('case-links').textContent()).toContain('Vraag 12 over de levering');

    await page.getByTestId('case-message-split').first().click();
    await page.getByTestId('case-split-subject').fill('Levering: tweede vraag apart');
    expect(await answer('POST', /\/split$/, () => page.getByTestId('case-split-submit').click())).toBe(201);
    await page.waitForURL((u) => /\/cases\/[0-9a-f-]{36}$/.test(u.pathname) && !u.pathname.endsWith(target));
    await expect.poll(() => page.getByTestId('case-subject').textContent()).toBe('Levering: tweede vraag apart');
    await expect.poll(() => page.getByTestId('case-message').count()).toBe(2);
    expect(await page.getByTestId('case-message').evaluateAll((els) => els.map((e) => e.getAttribute('data-direction')))).toEqual(['inbound', 'note']);

    await sql`update cases set contact_needs_review = ${true} where id = ${target}`.execute(server.loyaal.db);
    await page.goto(`${server.url}/cases/${target}`);
    await page.getByTestId('case-contact-flag').getByText('Nieuwe afzender — controleren').waitFor();
    expect(await answer('PATCH', new RegExp(`/api/v1/cases/${target}$`), () => page.getByTestId('case-contact-review').click())).toBe(200);
    await expect.poll(() => page.getByTestId('case-contact-flag').count()).toBe(0);
    expect(problems).toEqual([]);
  });
});
