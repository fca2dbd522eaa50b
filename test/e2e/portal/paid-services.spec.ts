import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page, Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type SmtpSink, startSmtpSink } from '../../smtp-sink.js';
import { launchChromium, startDemoServer } from '../browser.js';
import { demoStaff, type Json } from '../staff.js';
import { icsField, icsOf, icsUtc, isInvite, magicToken, mailsTo } from './paid-services.mail.js';

const PHONE = { width: 390, height: 844 };
const SERVICE_CENTS = 12900;
const EVENING_SURCHARGE_CENTS = 2495;

/** `HH:MM` in Amsterdam, as the portal and the mails show an instant. */
const clock = (iso: string) => new Date(iso).toLocaleTimeString('nl-NL', { timeZone: 'Europe/Amsterdam', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

/**
 * The customer's side of a paid home repair, on the real server, real SMTP and Chromium at phone size: the quote
 * arrives as a PDF, the customer accepts it in the portal choosing an evening slot whose surcharge is shown before
 * the choice, gets an .ics invite, downloads it again, moves the appointment, follows the repair in plain words;
 * another customer cannot see any of it.
 */
describe.runIf(inject('chromium'))('[PORTAL][SERVICES]: a customer accepts a quote with an evening slot, moves it and follows the repair', () => {
  let server: Awaited<ReturnType<typeof startDemoServer>>;
  let sink: SmtpSink;
  let browser: Browser;
  let page: Page;
  const contexts: BrowserContext[] = [];
  const problems: string[] = [];
  let call: Awaited<ReturnType<typeof demoStaff>>['call'];
  const ids: Record<string, string> = {};
  const stamp = Date.now();
  const email = `portaal.${stamp}@klant.test`;
  const otherEmail = `buurman.${stamp}@klant.test`;
  const usedTokens: string[] = [];

  beforeAll(async () => {
    sink = await startSmtpSink();
    server = await startDemoServer({ SMTP_HOST: '127.0.0.1', SMTP_PORT: String(sink.port), SMTP_FROM: 'Huishoudservice <service@huishoudservice.demo>' });
    browser = await launchChromium();
    ({ call } = await demoStaff(server, ['agent', 'planner', 'monteur']));

    const customer = await call('agent', 'POST', '/api/v1/customers', {
      kind: 'person',
      name: 'Femke de Graaf',
      contacts: [{ name: 'Femke de Graaf', email }],
      addresses: [{ kind: 'both', street: 'Oudegracht', houseNumber: 140, postcode: '3511 AX', city: 'Utrecht' }],
    });
    ids.customer = customer.id;
    await call('agent', 'POST', '/api/v1/customers', {
      kind: 'person',
      name: 'Joost Mulder',
      contacts: [{ name: 'Joost Mulder', email: otherEmail }],
      addresses: [{ kind: 'both', street: 'Oudegracht', houseNumber: 142, postcode: '3511 AX', city: 'Utrecht' }],
    });
    const created = await call('agent', 'POST', '/api/v1/cases', { customerId: ids.customer, channel: 'phone', subject: 'Vaatwasser lekt', body: 'Er staat water onder de vaatwasser.' });
    ids.case = created.id;
    ids.caseNumber = created.number;
    const services = await call('agent', 'GET', '/api/v1/catalog/services');
    ids.service = (services.items as Json[]).find((s) => s.code === 'REP-AAN-HUIS')?.id;
    expect(ids.service).toBeDefined();
  }, 600_000);
  afterAll(async () => {
    for (const c of contexts) await c.close();
    await browser?.close();
    await server?.stop();
    await sink?.close();
  });



  /** A fresh phone-sized browser for a customer, with page errors and console errors collected. */
  async function phone(who: string): Promise<Page> {
    const context = await browser.newContext({ viewport: PHONE, hasTouch: true, isMobile: true, locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' });
    contexts.push(context);
    const p = await context.newPage();
    p.on('pageerror', (e) => problems.push(`${who}: page error: ${e.message}`));
    p.on('console', (m) => {
      if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) problems.push(`${who}: ${m.text()}`);
    });
    return p;
  }

  /** Runs an action in the page and returns the API response it caused. */
  async function answer(p: Page, method: string, path: string | RegExp, action: () => Promise<unknown>): Promise<Response> {
    const hit = (pathname: string) => (typeof path === 'string' ? pathname === path : path.test(pathname));
    const [res] = await Promise.all([p.waitForResponse((r) => r.request().method() === method && hit(new URL(r.url()).pathname)), action()]);
    return res;
  }

  /** Signs a customer in the way they would: the form on /portaal, then the link from their mailbox. */
  async function portalSignIn(p: Page, address: string): Promise<void> {
    await p.goto(`${server.url}/portaal`);
    await p.getByTestId('portal-email').fill(address);
    expect((await answer(p, 'POST', '/api/portal/v1/magic-link', () => p.getByTestId('portal-send-link').click())).status()).toBe(202);
    const token = await magicToken(sink, address, usedTokens);
    usedTokens.push(token);
    expect((await answer(p, 'POST', '/api/portal/v1/session', () => p.goto(`${server.url}/portaal/inloggen#${token}`))).status()).toBe(204);
    await p.getByTestId('portal-nav-quotes').waitFor();
  }

  it('mails the sent quote to the customer with its PDF', async () => {
    const quote = await call('agent', 'POST', '/api/v1/quotes', { caseId: ids.case, lines: [{ serviceId: ids.service }] });
    expect(quote.status).toBe('draft');
    // € 129,00 plus 21 % VAT.
    expect(quote.totals).toMatchObject({ netCents: SERVICE_CENTS, grossCents: Math.round(SERVICE_CENTS * 1.21) });
    expect(quote.bookableServiceId).toBe(ids.service);
    ids.quote = quote.id;
    ids.quoteNumber = quote.number;
    ids.quoteGross = String(quote.totals.grossCents);
    expect((await call('agent', 'POST', `/api/v1/quotes/${ids.quote}/send`, {})).status).toBe('sent');

    const [mail] = await mailsTo(sink, email, (m) => (m.parsed.subject ?? '').includes(ids.quoteNumber));
    expect(mail.parsed.subject).toBe(`Offerte ${ids.quoteNumber} voor zaak ${ids.caseNumber}`);
    expect(mail.parsed.text).toContain(`${server.url}/portaal/offertes/${ids.quote}`);
    const pdf = mail.parsed.attachments.find((a) => a.contentType === 'application/pdf');
    expect(pdf?.filename).toBe(`${ids.quoteNumber}.pdf`);
    expect(pdf?.content.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  it('lets the customer accept on a phone, seeing the evening surcharge before choosing the slot', async () => {
    page = await phone('customer');
    await portalSignIn(page, email);
    await page.getByTestId('portal-nav-quotes').click();
    await page.waitForURL('**/portaal/offertes');
    const card = page.locator(`[data-testid="portal-quote"][data-quote-id="${ids.quote}"]`);
    await card.waitFor();
    expect(await card.getAttribute('data-status')).toBe('sent');
    expect(await card.getByTestId('portal-quote-status').textContent()).toBe('Wacht op uw akkoord');
    expect(await card.getByTestId('portal-quote-total').getAttribute('data-cents')).toBe(ids.quoteGross);
    const total = card.getByTestId('portal-quote-total');
    expect(await total.textContent()).toMatch(/156,09/);
    // On a phone the lines table scrolls sideways; the total must be reachable within the screen width.
    await total.scrollIntoViewIfNeeded();
    const box = await total.boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= PHONE.width).toBe(true);
    expect(await card.textContent()).toContain(`Offerte ${ids.quoteNumber}`);

    await card.getByTestId('portal-quote-accept').click();
    const evening = page.locator('[data-testid="portal-slot-option"][data-slot-type="evening"]').first();
    await evening.waitFor({ timeout: 30_000 });
    // Before any choice: the evening option names its surcharge and its full price, a day option has none.
    expect(await page.locator('[data-testid="portal-slot-option"][aria-checked="true"]').count()).toBe(0);
    const surcharge = evening.getByTestId('portal-slot-surcharge');
    expect(await surcharge.isVisible()).toBe(true);
    expect(await surcharge.getAttribute('data-cents')).toBe(String(EVENING_SURCHARGE_CENTS));
    expect(await surcharge.textContent()).toMatch(/\+\s€\s24,95 toeslag/);
    expect(await evening.getAttribute('data-total')).toBe(String(SERVICE_CENTS + EVENING_SURCHARGE_CENTS));
    expect(await evening.getByTestId('portal-slot-price').textContent()).toMatch(/153,95/);
    const day = page.locator('[data-testid="portal-slot-option"][data-slot-type="day"]').first();
    await day.waitFor();
    expect(await day.getByTestId('portal-slot-surcharge').getAttribute('data-cents')).toBe('0');
    expect(await day.getByTestId('portal-slot-surcharge').textContent()).toContain('Geen toeslag');
    expect(await day.getAttribute('data-total')).toBe(String(SERVICE_CENTS));

    await page.screenshot({ path: '/tmp/web-portal-slots.png' });
    ids.slotDate = String(await evening.getAttribute('data-date'));
    ids.slotTemplate = String(await evening.getAttribute('data-template-id'));
    await evening.click();
    await expect.poll(() => evening.getAttribute('aria-checked')).toBe('true');
    const accepted = await answer(page, 'POST', `/api/v1/portal/quotes/${ids.quote}/accept`, () => page.getByTestId('portal-quote-confirm').click());
    expect(accepted.status(), await accepted.text()).toBe(200);
    await page.getByTestId('portal-quote-done').waitFor();
    expect(await page.getByTestId('portal-quote-done').textContent()).toBe('Dank u wel! Uw akkoord is ontvangen.');
    await expect.poll(() => card.getAttribute('data-status')).toBe('accepted');
    expect(await card.getByTestId('portal-quote-accept').count()).toBe(0);
    await page.screenshot({ path: '/tmp/web-portal-quote-accepted.png', fullPage: true });

    const quote = await call('agent', 'GET', `/api/v1/quotes/${ids.quote}`);
    expect(quote).toMatchObject({ status: 'accepted', decidedBy: 'customer' });
    expect(quote.orderId).toBeTruthy();
    const order = await call('agent', 'GET', `/api/v1/orders/${quote.orderId}`);
    ids.order = order.id;
    expect(order).toMatchObject({ quoteId: ids.quote, customerId: ids.customer, caseId: ids.case, status: 'open' });
    expect(order.lines.map((l: Json) => [l.kind, l.unitPriceCents])).toEqual([
      ['service', SERVICE_CENTS],
      ['surcharge', EVENING_SURCHARGE_CENTS],
    ]);
    const booking = await call('agent', 'GET', `/api/v1/bookings/${order.bookingId}`);
    expect(booking).toMatchObject({ slotType: 'evening', date: ids.slotDate, templateId: ids.slotTemplate, status: 'confirmed', surchargeCents: EVENING_SURCHARGE_CENTS, orderId: ids.order });
    expect(booking.address).toMatchObject({ postcode: '3511 AX', city: 'Utrecht' });
    ids.booking = booking.id;
    ids.startsAt = booking.startsAt;
    ids.endsAt = booking.endsAt;
  });

  it('mails the customer the confirmation with an .ics invite for that evening', async () => {
    const [mail] = await mailsTo(sink, email, isInvite);
    expect(mail.parsed.subject).toMatch(/^Bevestiging van uw afspraak/);
    const part = mail.parsed.attachments.find((a) => a.contentType.startsWith('text/calendar'));
    expect(part?.filename).toMatch(/\.ics$/);
    const ics = icsOf(mail);
    expect(ics).toContain('BEGIN:VCALENDAR');
    expect(icsField(ics, 'METHOD')).toBe('REQUEST');
    expect(icsField(ics, 'DTSTART')).toBe(icsUtc(ids.startsAt));
    expect(icsField(ics, 'DTEND')).toBe(icsUtc(ids.endsAt));
    expect(Number(icsField(ics, 'SEQUENCE') ?? 0)).toBe(0);
    ids.uid = String(icsField(ics, 'UID'));
    expect(ids.uid).toContain(ids.booking);
    expect(clock(ids.startsAt)).toBe('18:00');
  });

  it('lists the appointment, offers its .ics, and moves it to another evening before the cut-off', async () => {
    await page.getByRole('link', { name: 'Terug naar het overzicht' }).click();
    await page.getByTestId('portal-nav-bookings').click();
    await page.waitForURL('**/portaal/afspraken');
    const card = page.locator(`[data-testid="portal-booking"][data-booking-id="${ids.booking}"]`);
    await card.waitFor();
    expect(await card.getAttribute('data-status')).toBe('confirmed');
    const when = card.getByTestId('portal-booking-when');
    const before = String(await when.textContent());
    expect(before).toContain(`tussen ${clock(ids.startsAt)} en ${clock(ids.endsAt)}`);
    expect(await card.textContent()).toContain('Oudegracht 140, 3511 AX Utrecht');

    const icsLink = card.getByTestId('portal-booking-ics');
    const [download] = await Promise.all([page.waitForEvent('download'), icsLink.click()]);
    expect(download.suggestedFilename()).toMatch(/\.ics$/);
    const downloaded = readFileSync(await download.path(), 'utf8');
    expect(downloaded).toContain('BEGIN:VCALENDAR');
    expect(downloaded).toContain(`DTSTART:${icsUtc(ids.startsAt)}`);
    const viaHref = await page.request.get(new URL(String(await icsLink.getAttribute('href')), server.url).toString());
    expect(viaHref.status()).toBe(200);
    expect(viaHref.headers()['content-type']).toMatch(/^text\/calendar/);

    await card.getByTestId('portal-booking-reschedule').click();
    const other = page.locator(`[data-testid="portal-slot-option"][data-slot-type="evening"]:not([data-date="${ids.slotDate}"])`).first();
    await other.waitFor({ timeout: 30_000 });
    expect(await other.getByTestId('portal-slot-surcharge').getAttribute('data-cents')).toBe(String(EVENING_SURCHARGE_CENTS));
    ids.newDate = String(await other.getAttribute('data-date'));
    ids.newTemplate = String(await other.getAttribute('data-template-id'));
    await other.click();
    await expect.poll(() => other.getAttribute('aria-checked')).toBe('true');
    const moved = await answer(page, 'POST', `/api/v1/portal/bookings/${ids.booking}/reschedule`, () => page.getByTestId('portal-booking-confirm').click());
    expect(moved.status(), await moved.text()).toBe(200);
    await page.getByText('Uw afspraak is verzet.').waitFor();

    const booking = await call('agent', 'GET', `/api/v1/bookings/${ids.booking}`);
    expect(booking).toMatchObject({ date: ids.newDate, templateId: ids.newTemplate, slotType: 'evening', status: 'confirmed' });
    expect(booking.startsAt).not.toBe(ids.startsAt);
    await expect.poll(() => when.textContent()).not.toBe(before);
    expect(await when.textContent()).toContain(`tussen ${clock(booking.startsAt)} en ${clock(booking.endsAt)}`);
    await page.screenshot({ path: '/tmp/web-portal-bookings.png', fullPage: true });

    const updates = await mailsTo(sink, email, (m) => isInvite(m) && icsField(icsOf(m), 'DTSTART') === icsUtc(booking.startsAt));
    const ics = icsOf(updates[updates.length - 1]);
    expect(updates[updates.length - 1].parsed.subject).toMatch(/^Uw afspraak is verplaatst/);
    expect(icsField(ics, 'METHOD')).toBe('REQUEST');
    expect(icsField(ics, 'UID')).toBe(ids.uid);
    expect(Number(icsField(ics, 'SEQUENCE'))).toBeGreaterThanOrEqual(1);
    ids.startsAt = booking.startsAt;
    ids.endsAt = booking.endsAt;
  });

  it('shows the repair in the customer’s words, and its planned time once a technician is assigned', async () => {
    const repairs = await call('agent', 'GET', `/api/v1/repair-orders?orderId=${ids.order}`);
    expect(repairs.items).toHaveLength(1);
    const repair = repairs.items[0] as Json;
    await page.getByRole('link', { name: 'Terug naar het overzicht' }).click();
    await page.getByTestId('portal-nav-repairs').click();
    await page.waitForURL('**/portaal/reparaties');
    const card = page.locator(`[data-testid="portal-repair"][data-repair-id="${repair.id}"]`);
    await card.waitFor();
    expect(await card.textContent()).toContain(`Reparatie ${repair.number}`);
    const status = card.getByTestId('portal-repair-status');
    expect(await status.getAttribute('data-status')).toBe('received');
    expect(await status.textContent()).toBe('Aangemeld, we nemen contact met u op');

    const technicianId = (await call('monteur', 'GET', '/api/v1/me')).id as string;
    await call('planner', 'POST', `/api/v1/repair-orders/${repair.id}/assign`, { technicianId, scheduledStart: ids.startsAt, scheduledEnd: ids.endsAt, version: repair.version });
    await page.reload();
    await expect.poll(() => status.getAttribute('data-status')).toBe('planned');
    expect(await status.textContent()).toMatch(new RegExp(`^Gepland op .+ ${clock(ids.startsAt)}–${clock(ids.endsAt)}$`));
    expect(await status.textContent()).not.toMatch(/planned|created/);
    await page.screenshot({ path: '/tmp/web-portal-repairs.png', fullPage: true });
  });

  it('gives another signed-in customer 404 for this quote and this booking’s invite', async () => {
    const other = await phone('other customer');
    await portalSignIn(other, otherEmail);
    const own = await other.request.get(`${server.url}/api/v1/portal/quotes`);
    expect(own.status()).toBe(200);
    expect((await own.json()).items).toEqual([]);
    expect((await other.request.get(`${server.url}/api/v1/portal/quotes/${ids.quote}`)).status()).toBe(404);
    expect((await other.request.get(`${server.url}/api/v1/portal/quotes/${ids.quote}/pdf`)).status()).toBe(404);
    expect((await other.request.get(`${server.url}/api/v1/portal/bookings/${ids.booking}/ics`)).status()).toBe(404);
    const bookings = await other.request.get(`${server.url}/api/v1/portal/bookings`);
    expect((await bookings.json()).items).toEqual([]);

    await other.goto(`${server.url}/portaal/offertes/${ids.quote}`);
    await other.getByTestId('portal-quotes').waitFor();
    expect(await other.getByTestId('portal-quote').count()).toBe(0);
    expect(await other.getByTestId('portal-quotes').textContent()).toContain('Dit kunnen we niet (meer) vinden.');

    // The owner still has it.
    expect((await page.request.get(`${server.url}/api/v1/portal/quotes/${ids.quote}`)).status()).toBe(200);
    expect(problems).toEqual([]);
  });
});
