import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DEMO_PASSWORD } from '../../../src/cli/seed-demo.js';
import { launchChromium, startDemoServer } from '../browser.js';

describe.runIf(inject('chromium'))('[ADMIN][USERS]: the demo manager in the browser', () => {
  let server: Awaited<ReturnType<typeof startDemoServer>>;
  let browser: Browser;
  let page: Page;
  const problems: string[] = [];

  beforeAll(async () => {
    server = await startDemoServer();
    browser = await launchChromium();
    page = await browser.newPage();
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) problems.push(m.text());
    });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('signs in, creates a user, switches to English and finds the audit entry', async () => {
    await page.goto(`${server.url}/`);
    await page.waitForURL(/\/sign-in/);
    await page.getByRole('button', { name: 'Inloggen' }).waitFor();

    await page.getByTestId('signin-email').fill('manager@demo.loyaal.nl');
    await page.getByTestId('signin-password').fill(DEMO_PASSWORD);
    await page.getByTestId('signin-submit').click();
    await page.getByTestId('user-menu-name').getByText('Sanne de Vries').waitFor();

    await page.getByTestId('nav-users').click();
    await page.getByTestId('users-new').click();
    await page.getByTestId('user-form-name').fill('Eva Jacobs');
    await page.getByTestId('user-form-email').fill('eva.jacobs@demo.loyaal.nl');
    await page.getByTestId('user-form-role').selectOption('technician');
    await page.getByTestId('user-form-password').fill('Monteur-2026!');
    await page.getByTestId('user-form-submit').click();
    await page.getByTestId('users-search').fill('Eva Jacobs');
    await page.getByRole('cell', { name: 'eva.jacobs@demo.loyaal.nl' }).waitFor();

    await page.getByTestId('lang-switch').getByText('English').click();
    await page.getByTestId('nav-audit').getByText('Audit log').waitFor();
    await page.getByTestId('nav-audit').click();
    const row = page.getByTestId('audit-table').getByRole('row').filter({ hasText: 'user.created' }).filter({ hasText: 'manager@demo.loyaal.nl' });
    await row.first().waitFor();

    const me = await page.evaluate(async () => (await (await fetch('/api/v1/me')).json()) as { locale: string });
    expect(me.locale).toBe('en');
    const created = await server.loyaal.services.users.listUsers({ q: 'eva.jacobs', page: 1, pageSize: 5 });
    expect(created.items.map((u) => u.role)).toEqual(['technician']);
    expect(problems).toEqual([]);
  });

  it('shows a Dutch error for a wrong password and stays on the sign-in page', async () => {
    const fresh = await browser.newPage();
    await fresh.goto(`${server.url}/sign-in`);
    await fresh.getByTestId('signin-email').fill('manager@demo.loyaal.nl');
    await fresh.getByTestId('signin-password').fill('fout-wachtwoord');
    await fresh.getByTestId('signin-submit').click();
    await fresh.getByText('Onjuist e-mailadres of wachtwoord').waitFor();
    expect(fresh.url()).toMatch(/\/sign-in/);
    await fresh.close();
  });
});
