import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DEMO_PASSWORD } from '../../../src/cli/seed-demo.js';
import { launchChromium, startDemoServer } from '../browser.js';

/** A customers export as a Dutch bookkeeping package writes it: semicolons, Windows-1252, decimal commas, Dutch dates. */
const CSV = [
  'Klantnummer;Naam;E-mail;Telefoon;Straat;Huisnummer;Toevoeging;Postcode;Plaats;Klant sinds;Acquisitiekosten',
  'E2E-1001;Renée Brouwer;renee.brouwer@example.nl;06-12345678;Oudegracht;12;;3511 AB;Utrecht;31-12-2024;45,50',
  'E2E-1002;Zoë de Graaf;zoe.degraaf@example.nl;020-1234567;Keizersgracht;100;A;1015 CS;Amsterdam;15-03-2023;12,00',
  'E2E-1003;Daniël Smit;daniel.smit@example.nl;;Kerkstraat;5;;0000XX;Nergenshuizen;01-01-2024;0,00',
].join('\r\n');

describe.runIf(inject('chromium'))('[CUSTOMERS][IMPORT]: the demo manager imports customers and finds one', () => {
  let server: Awaited<ReturnType<typeof startDemoServer>>;
  let browser: Browser;
  let page: Page;
  let dir: string;
  let file: string;
  const problems: string[] = [];

  beforeAll(async () => {
    server = await startDemoServer();
    browser = await launchChromium();
    page = await browser.newPage();
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) problems.push(m.text());
    });
    dir = mkdtempSync(join(tmpdir(), 'loyaal-e2e-csv-'));
    file = join(dir, 'klanten.csv');
    writeFileSync(file, Buffer.from(CSV, 'latin1'));
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /** Uploads the file and waits for the server's answer and the report it shows. */
  async function importFile() {
    await page.getByTestId('import-file').setInputFiles(file);
    await Promise.all([page.waitForResponse((r) => r.url().includes('/api/v1/imports/customers') && r.request().method() === 'POST'), page.getByTestId('import-submit').click()]);
    const report = page.getByTestId('import-report');
    await report.waitFor();
    return report;
  }

  it('imports a Windows-1252 file twice, then finds a customer by postcode and house number', async () => {
    await page.goto(`${server.url}/sign-in`);
    await page.getByTestId('signin-email').fill('manager@demo.loyaal.nl');
    await page.getByTestId('signin-password').fill(DEMO_PASSWORD);
    await page.getByTestId('signin-submit').click();
    await page.getByTestId('user-menu-name').getByText('Sanne de Vries').waitFor();

    await page.getByTestId('nav-import').click();
    await page.getByRole('heading', { name: 'Importeren' }).waitFor();
    const first = await importFile();
    expect(await first.getByTestId('import-created').textContent()).toBe('2');
    expect(await first.getByTestId('import-rejected').textContent()).toBe('1');
    expect(await first.getByTestId('import-status').getAttribute('data-status')).toBe('completed');
    const rejection = first.getByTestId('import-rejections').getByRole('row').filter({ hasText: 'postcode' });
    expect(await rejection.getByRole('cell').first().textContent()).toBe('4');

    const second = await importFile();
    expect(await second.getByTestId('import-created').textContent()).toBe('0');
    expect(await second.getByTestId('import-skipped').textContent()).toBe('2');
    expect(await second.getByTestId('import-rejected').textContent()).toBe('1');
    expect(await page.getByTestId('import-recent').getByRole('row').count()).toBe(3);

    await page.getByTestId('nav-customers').click();
    await page.getByTestId('customers-search').fill('3511 AB 12');
    await page.getByTestId('customers-table').getByRole('link', { name: 'Renée Brouwer' }).click();
    await page.waitForURL(/\/customers\/[0-9a-f-]{36}$/);
    expect(await page.getByTestId('customer-name').textContent()).toBe('Renée Brouwer');
    expect(await page.getByTestId('customer-external-id').textContent()).toContain('E2E-1001');
    expect((await page.getByTestId('customer-acquisition-cost').textContent())?.replace(/\s/g, ' ')).toBe('€ 45,50');
    const details = page.getByTestId('customer-details');
    expect(await details.textContent()).toContain('31 dec 2024');
    const addresses = await page.getByTestId('customer-addresses').textContent();
    expect(addresses).toContain('Oudegracht 12');
    expect(addresses).toContain('3511 AB Utrecht');
    expect(await page.getByTestId('customer-contacts').textContent()).toContain('renee.brouwer@example.nl');
    await page.getByTestId('customer-products').waitFor();
    await page.getByTestId('customer-purchases').waitFor();

    const found = await server.loyaal.services.customers.listCustomers({ q: '3511 AB 12', sort: 'name', page: 1, pageSize: 10 });
    expect(found.items.filter((c) => c.externalId === 'E2E-1001').map((c) => c.name)).toEqual(['Renée Brouwer']);
    const zoe = await server.loyaal.services.customers.listCustomers({ q: 'E2E-1002', sort: 'name', page: 1, pageSize: 10 });
    expect(zoe.items.map((c) => [c.name, c.postcode, c.houseNumber])).toEqual([['Zoë de Graaf', '1015 CS', 100]]);
    const rejected = await server.loyaal.services.customers.listCustomers({ q: 'E2E-1003', sort: 'name', page: 1, pageSize: 10 });
    expect(rejected.total).toBe(0);
    await page.screenshot({ path: '/tmp/web-customer.png', fullPage: true });
    expect(problems).toEqual([]);
  });
});
