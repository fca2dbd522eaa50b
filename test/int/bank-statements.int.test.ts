import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../../src/kernel/context.js';
import { dialects, startTestApp, type TestApp } from '../db-context.js';
import { asRole } from '../http.js';
import { multipartFile } from '../multipart.js';

type Headers = Record<string, string>;
const fixture = (name: string) => readFileSync(new URL(`../fixtures/camt053/${name}`, import.meta.url));

describe.each(dialects())('bank statement import (%s)', (dialect) => {
  let t: TestApp;
  let admin: Headers;
  let manager: Headers;
  let customerId: string;
  const invoices: { id: string; number: string }[] = [];
  const call = (method: 'GET' | 'POST' | 'PATCH', url: string, headers: Headers, payload?: unknown) => t.loyaal.app.inject({ method, url, headers, payload: payload as object });
  const upload = (name: string, headers: Headers = manager, content: Buffer = fixture(name)) => {
    const body = multipartFile(content, name);
    return t.loyaal.app.inject({ method: 'POST', url: '/api/v1/bank-statements', headers: { ...headers, ...body.headers }, payload: body.payload });
  };
  const invoice = async (id: string) => (await call('GET', `/api/v1/invoices/${id}`, admin)).json();
  const counts = async () => ({
    statements: (await call('GET', '/api/v1/bank-statements', admin)).json().total,
    lines: (await call('GET', '/api/v1/bank-statement-lines', admin)).json().total,
    paid: (await Promise.all(invoices.map((i) => invoice(i.id)))).map((i) => i.paidCents),
  });

  beforeAll(async () => {
    t = await startTestApp(dialect);
    t.clock.set('2026-03-10T09:00:00Z');
    admin = (await asRole(t.loyaal, 'admin')).headers;
    manager = (await asRole(t.loyaal, 'manager')).headers;
    const org = (await call('GET', '/api/v1/organisation', admin)).json();
    await call('PATCH', '/api/v1/organisation', admin, {
      version: org.version,
      name: 'Servicebedrijf Jansen B.V.',
      street: 'Dorpsstraat',
      houseNumber: '1',
      postcode: '1234 AB',
      city: 'Utrecht',
      kvkNumber: '12345678',
      vatId: 'NL123456789B01',
      iban: 'NL44 RABO 0123 4567 89',
    });
    customerId = (
      await t.loyaal.services.customers.createCustomer(SYSTEM_ACTOR, {
        kind: 'person',
        name: 'P. de Vries',
        kvkNumber: null,
        vatId: null,
        locale: 'nl',
        consentServiceMail: true,
        consentMarketingMail: false,
        tags: [],
        segment: null,
        externalId: null,
        acquisitionDate: null,
        acquisitionChannel: null,
        acquisitionCostCents: 0,
        contacts: [],
        addresses: [],
      })
    ).id;
    // The fixture pays 2026-000001 (€ 121,00) and 2026-000002 (€ 60,50) in full and 2026-000003 in part.
    for (const price of [10000, 5000, 10000]) {
      const d = (await call('POST', '/api/v1/invoices', admin, { customerId, lines: [{ description: 'Reparatie', quantity: 1, unitPriceCents: price, vatCode: 'standard' }] })).json();
      const issued = (await call('POST', `/api/v1/invoices/${d.id}/issue`, admin, {})).json();
      invoices.push({ id: issued.id, number: issued.number });
    }
    expect(invoices.map((i) => i.number)).toEqual(['2026-000001', '2026-000002', '2026-000003']);
  });
  afterAll(() => t.close());

  it('refuses a statement of another account and writes nothing', async () => {
    const before = await counts();
    const res = await upload('other-account.xml');
    expect(res.statusCode, res.body).toBe(422);
    expect(res.json().code).toBe('bank.wrong_account');
    expect(await counts()).toEqual(before);
  });

  it.each([
    ['malformed-truncated.xml', /well-formed/],
    ['xxe.xml', /DOCTYPE/],
  ])('refuses %s with 422 and writes nothing', async (name, detail) => {
    const before = await counts();
    const res = await upload(name);
    expect(res.statusCode, res.body).toBe(422);
    expect(res.json()).toMatchObject({ code: 'bank.invalid_file' });
    expect(res.json().detail).toMatch(detail);
    expect(res.body).not.toContain('root:');
    expect(await counts()).toEqual(before);
  });

  it('refuses a statement missing required elements and writes nothing', async () => {
    const broken = Buffer.from(fixture('rabobank-2026-03-16.xml').toString('utf8').replace('<CdtDbtInd>DBIT</CdtDbtInd>', ''));
    const before = await counts();
    const res = await upload('broken.xml', manager, broken);
    expect(res.statusCode).toBe(422);
    expect(res.json().detail).toContain('CdtDbtInd');
    expect(await counts()).toEqual(before);
  });

  it('matches full payments by invoice number, queues the rest and ignores debits', async () => {
    const res = await upload('rabobank-2026-03-16.xml');
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ matched: 2, unmatched: 2, ignored: 1 });
    const [st] = res.json().statements;
    expect(st).toMatchObject({ statementId: 'NL44RABO0123456789-EUR-2026-03-16', iban: 'NL44RABO0123456789', lineCount: 5, matchedCount: 2, format: 'camt.053.001.02' });

    const [one, two, three] = await Promise.all(invoices.map((i) => invoice(i.id)));
    expect(one).toMatchObject({ paymentStatus: 'paid', paidCents: 12100, openCents: 0 });
    expect(one.payments[0]).toMatchObject({ amountCents: 12100, paidOn: '2026-03-16', method: 'bank_transfer' });
    expect(two).toMatchObject({ paymentStatus: 'paid', paidCents: 6050 });
    expect(three).toMatchObject({ paymentStatus: 'open', paidCents: 0 });

    const detail = (await call('GET', `/api/v1/bank-statements/${st.id}`, admin)).json();
    expect(detail.lines.map((l: { status: string; invoiceNumber: string | null }) => [l.status, l.invoiceNumber])).toEqual([
      ['matched', '2026-000001'],
      ['matched', '2026-000002'],
      ['unmatched', '2026-000003'],
      ['unmatched', null],
      ['ignored', null],
    ]);
    const queue = (await call('GET', '/api/v1/bank-statement-lines?status=unmatched', admin)).json();
    expect(queue.items.map((l: { amountCents: number; counterpartyName: string }) => [l.amountCents, l.counterpartyName])).toEqual([
      [5000, 'J. Bakker'],
      [7500, 'M. Jansen'],
    ]);
    expect(queue.items[0].note).toContain('2026-000003');
  });

  it('refuses the same statement a second time with 409 and writes nothing', async () => {
    const before = await counts();
    const res = await upload('rabobank-2026-03-16.xml');
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('bank.duplicate_statement');
    expect(await counts()).toEqual(before);
  });

  it('lets a person resolve an unmatched line as a payment, or ignore it', async () => {
    const queue = (await call('GET', '/api/v1/bank-statement-lines?status=unmatched', admin)).json().items;
    const [partial, unknown] = queue;
    const resolved = await call('POST', `/api/v1/bank-statement-lines/${partial.id}/resolve`, manager, { invoiceId: invoices[2].id, note: 'Deelbetaling, rest volgt' });
    expect(resolved.statusCode, resolved.body).toBe(200);
    expect(resolved.json()).toMatchObject({ status: 'resolved', invoiceId: invoices[2].id, invoiceNumber: '2026-000003' });
    expect(await invoice(invoices[2].id)).toMatchObject({ paymentStatus: 'partial', paidCents: 5000, openCents: 7100 });
    expect((await call('POST', `/api/v1/bank-statement-lines/${partial.id}/resolve`, manager, { ignore: true, note: 'dubbel' })).statusCode).toBe(409);
    // € 75,00 is more than the € 0,00 still open on 2026-000001.
    const over = await call('POST', `/api/v1/bank-statement-lines/${unknown.id}/resolve`, manager, { invoiceId: invoices[0].id });
    expect(over.statusCode).toBe(422);
    expect(over.json().code).toBe('invoice.overpayment');
    const ignored = await call('POST', `/api/v1/bank-statement-lines/${unknown.id}/resolve`, manager, { ignore: true, note: 'Fooi, geen factuur' });
    expect(ignored.json()).toMatchObject({ status: 'ignored', note: 'Fooi, geen factuur' });
    expect((await call('GET', '/api/v1/bank-statement-lines?status=unmatched', admin)).json().total).toBe(0);
  });

  it('is for admins and managers only', async () => {
    const { headers } = await asRole(t.loyaal, 'agent');
    expect((await upload('rabobank-2026-03-16.xml', headers)).statusCode).toBe(403);
    expect((await call('GET', '/api/v1/bank-statement-lines', headers)).statusCode).toBe(403);
  });

  it('refuses files over 10 MB', async () => {
    const res = await upload('big.xml', manager, Buffer.alloc(10 * 1024 * 1024 + 10, 0x20));
    expect(res.statusCode).toBe(413);
  });
});
