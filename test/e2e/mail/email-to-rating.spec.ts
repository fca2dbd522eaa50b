import nodemailer from 'nodemailer';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DEMO_PASSWORD } from '../../../src/cli/seed-demo.js';
import { type SmtpSink, startSmtpSink } from '../../smtp-sink.js';
import { launchChromium, startDemoServer } from '../browser.js';

const CUSTOMER = 'eva.smit@klant.test';
const DESK = 'service@huishoudservice.demo';

/**
 * The whole loop on real servers: a customer's email reaches the SMTP listener and becomes a case with an
 * acknowledgement; the agent replies in the browser; the customer's answer from their mail client lands in the
 * same case; the customer signs in to the portal by emailed link, sees the case without internal notes, and
 * rates the service after resolution. Outgoing mail goes over SMTP to a local server standing in for the
 * customer's mailbox.
 */
describe.runIf(inject('chromium'))('[CASES][MAIL][PORTAL]: from an email to a rating', () => {
  let sink: SmtpSink;
  let server: Awaited<ReturnType<typeof startDemoServer>>;
  let browser: Browser;
  let agent: Page;
  let customer: Page;
  let smtp: ReturnType<typeof nodemailer.createTransport>;
  const problems: string[] = [];
  let number = '';

  beforeAll(async () => {
    sink = await startSmtpSink();
    const inbound = 30_000 + Math.floor(Math.random() * 9_000);
    server = await startDemoServer({ SMTP_HOST: '127.0.0.1', SMTP_PORT: String(sink.port), SMTP_FROM: `Huishoudservice <${DESK}>`, INBOUND_SMTP_PORT: String(inbound), INBOUND_SMTP_HOST: '127.0.0.1' });
    smtp = nodemailer.createTransport({ host: '127.0.0.1', port: inbound, secure: false, ignoreTLS: true });
    browser = await launchChromium();
    agent = await (await browser.newContext()).newPage();
    customer = await (await browser.newContext()).newPage();
    for (const page of [agent, customer]) page.on('pageerror', (e) => problems.push(e.message));
    const staff = await server.loyaal.app.inject({ method: 'POST', url: '/api/auth/sign-in/email', headers: { origin: server.url }, payload: { email: 'agent@demo.loyaal.nl', password: DEMO_PASSWORD } });
    const cookie = String([staff.headers['set-cookie']].flat().find((c) => c?.includes('session_token'))).split(';')[0];
    const made = await server.loyaal.app.inject({
      method: 'POST',
      url: '/api/v1/customers',
      headers: { cookie, origin: server.url },
      payload: { kind: 'person', name: 'Eva Smit', contacts: [{ name: 'Eva Smit', email: CUSTOMER }] },
    });
    expect(made.statusCode).toBe(201);
  }, 300_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await sink?.close();
  });

  /** The first mail to the customer whose subject matches, waiting for it to arrive. */
  async function mailTo(subject: RegExp) {
    await expect.poll(() => sink.messages.some((m) => m.recipients.includes(CUSTOMER) && subject.test(m.parsed.subject ?? '')), { timeout: 20_000 }).toBe(true);
    return sink.messages.find((m) => m.recipients.includes(CUSTOMER) && subject.test(m.parsed.subject ?? '')) as SmtpSink['messages'][number];
  }

  it('turns an email into a case and acknowledges it with the case number', async () => {
    await smtp.sendMail({ from: `Eva Smit <${CUSTOMER}>`, to: DESK, subject: 'Vaatwasser lekt', text: 'Onze vaatwasser lekt sinds gisteren. Kan er iemand langskomen?', messageId: '<eva.1@klant.test>' });
    const ack = await mailTo(/^Ontvangen: Vaatwasser lekt/);
    number = ack.parsed.subject?.match(/Z-\d{4}-\d{6}/)?.[0] ?? '';
    expect(number).not.toBe('');
    expect(ack.parsed.inReplyTo).toBe('<eva.1@klant.test>');
  });

  it('lets the agent reply in the browser, and threads the customer answer into the same case', async () => {
    await agent.goto(`${server.url}/sign-in`);
    await agent.getByTestId('signin-email').fill('agent@demo.loyaal.nl');
    await agent.getByTestId('signin-password').fill(DEMO_PASSWORD);
    await agent.getByTestId('signin-submit').click();
    await agent.getByTestId('nav-cases').click();
    await agent.getByTestId('cases-search').fill(number);
    await agent.locator(`[data-testid="case-row"][data-number="${number}"]`).click();
    await agent.getByTestId('case-number').filter({ hasText: number }).waitFor();
    await agent.getByTestId('case-reply-kind-reply').click();
    await agent.getByTestId('case-reply-editor').click();
    await agent.keyboard.type('Beste Eva, morgenavond komt er een monteur. Past dat?');
    await agent.getByTestId('case-reply-send').click();
    const reply = await mailTo(/^Re: Vaatwasser lekt/);
    expect(reply.parsed.subject).toBe(`Re: Vaatwasser lekt [${number}]`);
    expect(reply.parsed.text).toContain('morgenavond komt er een monteur');

    await smtp.sendMail({
      from: `Eva Smit <${CUSTOMER}>`,
      to: DESK,
      subject: reply.parsed.subject,
      text: 'Morgenavond is prima, na 19:00.',
      inReplyTo: reply.parsed.messageId,
      references: [reply.parsed.messageId as string],
    });
    const messages = agent.getByTestId('case-timeline').getByTestId('case-message');
    await expect.poll(async () => messages.evaluateAll((els) => els.map((e) => e.getAttribute('data-direction'))), { timeout: 20_000 }).toEqual(['inbound', 'outbound', 'outbound', 'inbound']);

    await agent.getByTestId('case-reply-kind-note').click();
    await agent.getByTestId('case-reply-editor').click();
    await agent.keyboard.type('INTERN: klant liever na 19 uur bellen');
    await agent.getByTestId('case-reply-send').click();
    await agent.locator('[data-testid="case-message"][data-direction="note"]').waitFor();
  });

  it('lets the customer sign in to the portal by emailed link and see the case without internal notes', async () => {
    await customer.goto(`${server.url}/portaal`);
    await customer.getByTestId('portal-email').fill(CUSTOMER);
    await customer.getByTestId('portal-send-link').click();
    await customer
      .getByTestId('portal-link-sent')
      .waitFor()
      .catch(async (e) => {
        await customer.screenshot({ path: '/tmp/portal-fail.png' });
        throw e;
      });
    const link = (await mailTo(/inloglink|sign-in link/i)).parsed.text?.match(/https?:\/\/\S+\/portaal\/inloggen#[\w-]+/)?.[0];
    expect(link).toBeTruthy();
    await customer.goto(link as string);
    await customer.locator(`[data-testid="portal-case-row"][data-number="${number}"]`).getByRole('link').first().click();
    await customer.getByTestId('portal-case-number').filter({ hasText: number }).waitFor();
    const directions = await customer.getByTestId('portal-message').evaluateAll((els) => els.map((e) => e.getAttribute('data-direction')));
    expect(directions).toEqual(['inbound', 'outbound', 'outbound', 'inbound']);
    expect(await customer.content()).not.toContain('INTERN');
  });

  it('asks for a rating on resolution, and takes it from the link in the mail', async () => {
    await agent.getByTestId('case-status').selectOption('resolved');
    const survey = await mailTo(/Hoe hebben we het gedaan/);
    const url = survey.parsed.text?.match(/https?:\/\/\S+\/beoordeling\/[\w-]+\?score=5/)?.[0];
    expect(url).toBeTruthy();
    await customer.goto(url as string);
    await customer.getByTestId('rating-thanks').waitFor();
    const rated = await server.loyaal.app.inject({ method: 'GET', url: `/api/v1/public/ratings/${(url as string).split('/').pop()?.split('?')[0]}` });
    expect(rated.json()).toMatchObject({ number, rating: 5 });
    expect(problems).toEqual([]);
  });
});
