import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { qrTextOf } from '../../pdf-qr.js';
import { type SmtpSink, startSmtpSink } from '../../smtp-sink.js';
import { launchChromium, startDemoServer } from '../browser.js';
import { demoStaff, type Json } from '../staff.js';
import { camtStatement } from './camt.js';

const IBAN = 'NL91ABNA0417164300';

/**
 * The paid-service loop on the real server and real Chromium: an agent sells an evening home repair from a case,
 * the customer gets the confirmation with an .ics invite over SMTP, the technician completes the visit on a phone
 * with 45 minutes, one part and the customer's signature, the invoice is issued with an EPC QR code that decodes
 * to the company's IBAN, the amount and the invoice number, and a CAMT.053 statement marks it paid.
 */
describe.runIf(inject('chromium'))('[SERVICES][E2E]: from a case to a paid evening home repair', () => {
  let server: Awaited<ReturnType<typeof startDemoServer>>;
  let sink: SmtpSink;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const problems: string[] = [];
  let headers: Record<string, Record<string, string>> = {};
  let call: Awaited<ReturnType<typeof demoStaff>>['call'];
  const ids: Record<string, string> = {};
  const email = `avond.${Date.now()}@klant.test`;

  beforeAll(async () => {
    sink = await startSmtpSink();
    server = await startDemoServer({ SMTP_HOST: '127.0.0.1', SMTP_PORT: String(sink.port), SMTP_FROM: 'Huishoudservice <service@huishoudservice.demo>' });
    browser = await launchChromium();
    ({ headers, call } = await demoStaff(server, ['agent', 'planner', 'monteur', 'manager']));
    const customer = await call('agent', 'POST', '/api/v1/customers', {
      kind: 'person',
      name: 'Sanne Bakker',
      contacts: [{ name: 'Sanne Bakker', email }],
      addresses: [{ kind: 'both', street: 'Oudegracht', houseNumber: 112, postcode: '3511 AX', city: 'Utrecht' }],
    });
    ids.customer = customer.id;
    ids.case = (await call('agent', 'POST', '/api/v1/cases', { customerId: ids.customer, channel: 'phone', subject: 'Wasmachine pompt niet af', body: 'Er blijft water in de trommel staan.' })).id;
    const services = await call('agent', 'GET', '/api/v1/catalog/services');
    ids.service = (services.items as Json[]).find((s) => s.code === 'REP-AAN-HUIS')?.id;
    expect(ids.service).toBeDefined();
  }, 600_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await sink?.close();
  });



  /** A browser page signed in as `who` (through the API session cookie), optionally at phone size. */
  async function pageFor(who: string, viewport?: { width: number; height: number }): Promise<Page> {
    const context = await browser.newContext(viewport ? { viewport, hasTouch: true } : {});
    contexts.push(context);
    const [name, value] = headers[who].cookie.split('=');
    await context.addCookies([{ name, value, url: server.url }]);
    const page = await context.newPage();
    page.on('pageerror', (e) => problems.push(`${who}: page error: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) problems.push(`${who}: ${m.text()}`);
    });
    return page;
  }

  it('lets the agent sell an evening home repair from the case, with the surcharge shown before choosing', async () => {
    const page = await pageFor('agent');
    await page.goto(`${server.url}/cases/${ids.case}`);
    await page.getByTestId('case-services').waitFor();
    await page.getByTestId('service-add').click();
    await page.getByTestId('service-select').first().selectOption(ids.service);
    const evening = page.locator('[data-testid="slot-option"][data-slot-type="evening"]').first();
    await evening.waitFor({ timeout: 30_000 });
    await expect.poll(() => evening.getByTestId('slot-price').textContent()).toMatch(/24,95/);
    ids.slotDate = String(await evening.getAttribute('data-date'));
    await evening.click();
    const [placed] = await Promise.all([
      page.waitForResponse((r) => r.request().method() === 'POST' && new URL(r.url()).pathname === '/api/v1/orders'),
      page.getByTestId('order-create').click(),
    ]);
    expect(placed.status(), await placed.text()).toBe(201);
    const order = (await placed.json()) as Json;
    ids.order = order.id;
    await expect.poll(() => page.getByTestId('basket-created').getAttribute('data-number')).toBe(order.number);
    expect(order.lines.map((l: Json) => [l.kind, l.unitPriceCents])).toEqual([
      ['service', 12900],
      ['surcharge', 2495],
    ]);
    const booking = await call('agent', 'GET', `/api/v1/bookings/${order.bookingId}`);
    expect(booking).toMatchObject({ slotType: 'evening', date: ids.slotDate, status: 'confirmed' });
    ids.booking = booking.id;
    ids.startsAt = booking.startsAt;
    ids.endsAt = booking.endsAt;
    const repairs = await call('agent', 'GET', `/api/v1/repair-orders?orderId=${ids.order}`);
    expect(repairs.items).toHaveLength(1);
    ids.repair = repairs.items[0].id;
  });

  it('sends the customer the confirmation with an .ics invite for that evening', async () => {
    const [mail] = await sink.waitFor(1, 30_000).then(() =>
      waitForMail((m) => m.recipients.includes(email) && m.parsed.attachments.some((a) => a.contentType.startsWith('text/calendar'))),
    );
    const ics = mail.parsed.attachments.find((a) => a.contentType.startsWith('text/calendar'))?.content.toString('utf8') ?? '';
    expect(ics).toContain('BEGIN:VCALENDAR');
    expect(ics).toContain('METHOD:REQUEST');
    const utc = (iso: string) => `${iso.replace(/[-:]/g, '').slice(0, 15)}Z`;
    expect(ics).toContain(`DTSTART:${utc(ids.startsAt)}`);
    expect(ics).toContain(`DTEND:${utc(ids.endsAt)}`);
    expect(new Date(ids.startsAt).toLocaleTimeString('nl-NL', { timeZone: 'Europe/Amsterdam', hour: '2-digit', minute: '2-digit' })).toBe('18:00');
  });

  async function waitForMail(match: (m: SmtpSink['messages'][number]) => boolean) {
    await expect.poll(() => sink.messages.some(match), { timeout: 30_000 }).toBe(true);
    return sink.messages.filter(match);
  }

  it('lets the technician complete the visit on a phone: 45 minutes, one part and the signature', async () => {
    const technician = await call('monteur', 'GET', '/api/v1/me');
    const repair = await call('planner', 'GET', `/api/v1/repair-orders/${ids.repair}`);
    await call('planner', 'POST', `/api/v1/repair-orders/${ids.repair}/assign`, { technicianId: technician.id, scheduledStart: ids.startsAt, scheduledEnd: ids.endsAt, version: repair.version });
    // The part comes from the technician's van: make sure one is on board.
    const parts = await call('manager', 'GET', '/api/v1/catalog/parts');
    const part = (parts.items as Json[]).find((p) => p.sku === 'PMP-AFV-01') as Json;
    const locations = await call('manager', 'GET', '/api/v1/catalog/stock-locations');
    const van = (locations.items as Json[]).find((l) => l.userId === technician.id) as Json;
    expect(van).toBeDefined();
    await call('manager', 'POST', '/api/v1/catalog/stock-movements', { partId: part.id, locationId: van.id, quantity: 2, reason: 'receipt' });
    ids.partPrice = String(part.priceCents);

    const page = await pageFor('monteur', { width: 390, height: 844 });
    await page.goto(`${server.url}/my-jobs?date=${ids.slotDate}`);
    await page.locator(`[data-testid="my-job"][data-repair-id="${ids.repair}"] a[href="/my-jobs/${ids.repair}"]`).first().click();
    await page.getByTestId('job-start').click();
    await expect.poll(() => page.getByTestId('job-status').getAttribute('data-status')).toBe('in_progress');
    await page.getByTestId('job-minutes').fill('45');
    await page.getByTestId('job-time-add').click();
    await expect.poll(() => page.getByTestId('job-time-total').getAttribute('data-minutes')).toBe('45');
    await page.getByTestId('job-part-search').fill('afvoerpomp');
    await page.locator(`[data-testid="job-part-option"][data-part-id="${part.id}"]`).click();
    await page.getByTestId('job-part-quantity').fill('1');
    const [partRes] = await Promise.all([
      page.waitForResponse((r) => r.request().method() === 'POST' && r.url().endsWith(`/repair-orders/${ids.repair}/parts`)),
      page.getByTestId('job-part-add').click(),
    ]);
    expect(partRes.status(), await partRes.text()).toBeLessThan(300);
    const pad = page.getByTestId('signature-pad');
    await pad.scrollIntoViewIfNeeded();
    const box = await pad.boundingBox();
    if (!box) throw new Error('no signature pad');
    await page.mouse.move(box.x + 20, box.y + box.height / 2);
    await page.mouse.down();
    for (let i = 1; i <= 12; i++) await page.mouse.move(box.x + 20 + i * 20, box.y + box.height / 2 + (i % 2 ? -25 : 25));
    await page.mouse.up();
    await page.getByTestId('signed-by').fill('Sanne Bakker');
    await page.getByTestId('job-complete').click();
    await expect.poll(() => page.getByTestId('job-status').getAttribute('data-status'), { timeout: 15_000 }).toBe('completed');

    const done = await call('planner', 'GET', `/api/v1/repair-orders/${ids.repair}`);
    expect(done.signature).toMatch(/^data:image\/png;base64,/);
    expect(done.signedBy).toBe('Sanne Bakker');
    expect(done.firstTimeFix).toBe(true);
    const order = await call('agent', 'GET', `/api/v1/orders/${ids.order}`);
    expect(order.status).toBe('completed');
    expect(order.lines.map((l: Json) => l.kind)).toEqual(['service', 'surcharge', 'part']);
  });

  it('issues the invoice, whose PDF carries an EPC QR code with the IBAN, the amount and the invoice number', async () => {
    const page = await pageFor('agent');
    await page.goto(`${server.url}/orders/${ids.order}`);
    await page.getByTestId('invoice-create').click();
    await page.waitForURL(/\/invoices\/[0-9a-f-]+$/);
    ids.invoice = page.url().split('/').pop() as string;
    await page.getByTestId('invoice-issue').click();
    await page.getByTestId('invoice-issue-confirm').click();
    await expect.poll(() => page.getByTestId('invoice-number').textContent().then((t) => t?.trim()), { timeout: 15_000 }).toMatch(/^\d{4}-\d{6}$/);
    const invoice = await call('agent', 'GET', `/api/v1/invoices/${ids.invoice}`);
    // € 129,00 + € 24,95 evening surcharge + the part, all at 21 %; VAT rounded once for the rate.
    const net = 12900 + 2495 + Number(ids.partPrice);
    const vat = Math.round((net * 21) / 100);
    expect(invoice).toMatchObject({ status: 'issued', netCents: net, vatCents: vat, grossCents: net + vat });
    ids.number = invoice.number;
    ids.gross = String(invoice.grossCents);

    const pdf = await server.loyaal.app.inject({ url: `/api/v1/invoices/${ids.invoice}/pdf`, headers: headers.agent });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toContain('application/pdf');
    const qr = qrTextOf(pdf.rawPayload)?.split('\n') ?? [];
    expect(qr.slice(0, 4)).toEqual(['BCD', '002', '1', 'SCT']);
    expect(qr[6]).toBe(IBAN);
    expect(qr[7]).toBe(`EUR${(invoice.grossCents / 100).toFixed(2)}`);
    expect(qr[10]).toBe(invoice.number);
  });

  it('marks the invoice paid when the manager imports the bank statement', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'loyaal-camt-'));
    const file = join(dir, 'afschrift.xml');
    writeFileSync(file, camtStatement({ iban: IBAN, amountCents: Number(ids.gross), remittance: `Factuur ${ids.number}`, date: new Date().toISOString().slice(0, 10) }));
    const page = await pageFor('manager');
    await page.goto(`${server.url}/invoices/bank`);
    await page.getByTestId('bank-upload').setInputFiles(file);
    await page.getByTestId('bank-upload-submit').click();
    await expect.poll(() => page.getByTestId('bank-result-matched').getAttribute('data-count'), { timeout: 15_000 }).toBe('1');
    await page.goto(`${server.url}/invoices/${ids.invoice}`);
    await expect.poll(() => page.getByTestId('invoice-payment-status').getAttribute('data-status')).toBe('paid');
    const invoice = await call('agent', 'GET', `/api/v1/invoices/${ids.invoice}`);
    expect(invoice.paymentStatus).toBe('paid');
    expect(problems).toEqual([]);
  });
});
