import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../../src/kernel/context.js';
import { BASE_URL, dialects, startTestApp, type TestApp } from '../db-context.js';
import { asRole } from '../http.js';
import { qrTextOf } from '../pdf-qr.js';

type Headers = Record<string, string>;
type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';

const ORG_IBAN = 'NL44RABO0123456789';

describe.each(dialects())('invoicing (%s)', (dialect) => {
  let t: TestApp;
  let admin: Headers;
  let agent: Headers;
  let personId: string;
  let businessId: string;
  const call = (method: Method, url: string, headers: Headers, payload?: unknown) => t.loyaal.app.inject({ method, url, headers, payload: payload as object });
  const dispatch = async () => {
    while ((await t.loyaal.bus.dispatch()) > 0) {}
  };
  const manual = async (customerId: string, lines: object[], headers = agent) => {
    const res = await call('POST', '/api/v1/invoices', headers, { customerId, lines });
    expect(res.statusCode, res.body).toBe(201);
    return res.json();
  };
  const issue = async (id: string, body: object = {}) => {
    const res = await call('POST', `/api/v1/invoices/${id}/issue`, agent, body);
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  };
  const line = (unitPriceCents: number, vatCode = 'standard', quantity = 1, description = 'Reparatie aan huis') => ({ description, quantity, unitPriceCents, vatCode });
  const newCustomer = async (name: string, email: string, business = false) =>
    (
      await t.loyaal.services.customers.createCustomer(SYSTEM_ACTOR, {
        kind: business ? 'business' : 'person',
        name,
        kvkNumber: business ? '87654321' : null,
        vatId: business ? 'NL987654321B01' : null,
        locale: 'nl',
        consentServiceMail: true,
        consentMarketingMail: false,
        tags: [],
        segment: null,
        externalId: null,
        acquisitionDate: null,
        acquisitionChannel: null,
        acquisitionCostCents: 0,
        contacts: [{ name, email, phone: null, isPrimary: true }],
        addresses: [{ kind: 'billing', street: 'Kerkweg', houseNumber: 7, houseNumberAddition: 'A', postcode: '3511 AA', city: 'Utrecht', country: 'NL', lat: null, lng: null }],
      })
    ).id;

  beforeAll(async () => {
    t = await startTestApp(dialect);
    t.clock.set('2026-03-02T09:00:00Z');
    admin = (await asRole(t.loyaal, 'admin')).headers;
    agent = (await asRole(t.loyaal, 'agent')).headers;
    const org = (await call('GET', '/api/v1/organisation', admin)).json();
    const patched = await call('PATCH', '/api/v1/organisation', admin, {
      version: org.version,
      name: 'Servicebedrijf Jansen B.V.',
      street: 'Dorpsstraat',
      houseNumber: '1',
      postcode: '1234 AB',
      city: 'Utrecht',
      kvkNumber: '12345678',
      vatId: 'NL123456789B01',
      iban: ORG_IBAN,
    });
    expect(patched.statusCode, patched.body).toBe(200);
    personId = await newCustomer('Petra de Vries', 'petra@invoice.test');
    businessId = await newCustomer(`Kim <&"'> B.V.`, 'kim@invoice.test', true);
  });
  afterAll(() => t.close());

  it('makes a draft from an order, issues it as 2026-000001 and marks the order invoiced', async () => {
    const kase = await call('POST', '/api/v1/cases', agent, { customerId: personId, subject: 'Wasmachine lekt', body: 'Graag langskomen' });
    expect(kase.statusCode, kase.body).toBe(201);
    const order = await call('POST', '/api/v1/orders', agent, {
      caseId: kase.json().id,
      lines: [
        { description: 'Reparatie aan huis', unitPriceCents: 8995, unitCostCents: 4000, vatCode: 'standard', kind: 'labour' },
        { description: 'Avondtoeslag', unitPriceCents: 2495, vatCode: 'standard' },
      ],
    });
    expect(order.statusCode, order.body).toBe(201);
    const orderId = order.json().id;
    const draft = await call('POST', '/api/v1/invoices', agent, { orderId });
    expect(draft.statusCode, draft.body).toBe(201);
    const d = draft.json();
    expect(d).toMatchObject({ number: null, status: 'draft', kind: 'invoice', orderId, orderNumber: order.json().number, caseId: kase.json().id, netCents: 11490, vatCents: 2413, grossCents: 13903 });
    expect(d.lines.map((l: { description: string; unitPriceCents: number; unitCostCents: number; orderLineId: string }) => [l.description, l.unitPriceCents, l.unitCostCents, Boolean(l.orderLineId)])).toEqual([
      ['Reparatie aan huis', 8995, 4000, true],
      ['Avondtoeslag', 2495, 0, true],
    ]);
    expect((await call('POST', '/api/v1/invoices', agent, { orderId })).json().code).toBe('invoice.order_invoiced');

    const issued = await issue(d.id);
    expect(issued).toMatchObject({ number: '2026-000001', status: 'issued', issueDate: '2026-03-02', dueDate: '2026-03-16', paymentStatus: 'open', openCents: 13903 });
    expect(issued.seller).toMatchObject({ name: 'Servicebedrijf Jansen B.V.', kvkNumber: '12345678', vatId: 'NL123456789B01', iban: 'NL44 RABO 0123 4567 89' });
    expect(issued.customer).toMatchObject({ name: 'Petra de Vries', street: 'Kerkweg', houseNumber: '7 A', postcode: '3511 AA', city: 'Utrecht', email: 'petra@invoice.test' });
    const o = (await call('GET', `/api/v1/orders/${orderId}`, agent)).json();
    expect(o).toMatchObject({ status: 'invoiced', invoiceId: d.id });

    const before = t.mailer.sent.length;
    await dispatch();
    const mail = t.mailer.sent.slice(before).find((m) => m.to === 'petra@invoice.test');
    expect(mail?.subject).toBe('Factuur 2026-000001 van Servicebedrijf Jansen B.V.');
    const att = mail?.attachments?.[0];
    expect(att).toMatchObject({ filename: 'factuur-2026-000001.pdf', contentType: 'application/pdf' });
    expect(att?.content.subarray(0, 5).toString()).toBe('%PDF-');
    expect(qrTextOf(att?.content as Buffer)?.split('\n')[7]).toBe('EUR139.03');
    // A second delivery of the same event never mails twice.
    await t.loyaal.services.invoicing.documents.mailIssued(d.id);
    await dispatch();
    expect(t.mailer.sent.slice(before).filter((m) => m.to === 'petra@invoice.test')).toHaveLength(1);
  });

  it('refuses every change to an issued invoice with 409 and changes nothing', async () => {
    const inv = await issue((await manual(personId, [line(10000)])).id);
    const before = (await call('GET', `/api/v1/invoices/${inv.id}`, agent)).json();
    const attempts = [
      await call('PATCH', `/api/v1/invoices/${inv.id}`, agent, { version: inv.version, lines: [line(1)] }),
      await call('PATCH', `/api/v1/invoices/${inv.id}`, agent, { version: inv.version, notes: 'anders' }),
      await call('DELETE', `/api/v1/invoices/${inv.id}?version=${inv.version}`, agent),
      await call('POST', `/api/v1/invoices/${inv.id}/issue`, agent, {}),
    ];
    for (const res of attempts) {
      expect(res.statusCode, res.body).toBe(409);
      expect(res.json().code).toBe('invoice.issued');
    }
    expect((await call('GET', `/api/v1/invoices/${inv.id}`, agent)).json()).toEqual(before);
  });

  it('edits a draft with its version and refuses a stale one', async () => {
    const d = await manual(personId, [line(1000)]);
    const edited = await call('PATCH', `/api/v1/invoices/${d.id}`, agent, { version: d.version, lines: [{ ...line(1000), id: d.lines[0].id, quantity: 3 }, line(500, 'zero', 1, 'Statiegeld')], reference: 'PO-1' });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json()).toMatchObject({ netCents: 3500, vatCents: 630, grossCents: 4130, reference: 'PO-1', version: d.version + 1 });
    expect(edited.json().lines[0].id).toBe(d.lines[0].id);
    expect((await call('PATCH', `/api/v1/invoices/${d.id}`, agent, { version: d.version, notes: 'x' })).statusCode).toBe(409);
    expect((await call('DELETE', `/api/v1/invoices/${d.id}?version=${d.version + 1}`, agent)).statusCode).toBe(204);
  });

  it('refuses a VAT rate that is not valid on the issue date and names the line', async () => {
    const d = await manual(personId, [line(2000, 'standard', 1, 'Onderdeel'), line(1250, 'reduced', 2, 'Handleiding')]);
    expect(d.lines[1].vatPercentBp).toBe(900);
    const res = await call('POST', `/api/v1/invoices/${d.id}/issue`, agent, { issueDate: '2018-12-01' });
    expect(res.statusCode, res.body).toBe(422);
    expect(res.json().code).toBe('invoice.vat_rate_invalid');
    expect(res.json().detail).toContain('Line 2 ("Handleiding")');
    expect((await call('GET', `/api/v1/invoices/${d.id}`, agent)).json()).toMatchObject({ status: 'draft', number: null });
    expect((await call('POST', `/api/v1/invoices/${d.id}/issue`, agent, { issueDate: '2026-03-03' })).json().code).toBe('invoice.future_date');
    await call('DELETE', `/api/v1/invoices/${d.id}?version=${d.version}`, agent);
  });

  it('credits at most the gross, in another month, numbered in the same series without gaps', async () => {
    const inv = await issue((await manual(personId, [line(10000, 'standard', 2, 'Onderdeel'), line(5000, 'reduced', 1, 'Boek')])).id);
    expect(inv.grossCents).toBe(24200 + 5450);
    const lineA = inv.lines[0].id;
    const tooMuch = await call('POST', `/api/v1/invoices/${inv.id}/credit-notes`, agent, { lines: [{ invoiceLineId: lineA, quantity: 3 }], reason: 'Fout' });
    expect(tooMuch.statusCode).toBe(422);
    expect(tooMuch.json().code).toBe('invoice.credit_exceeds');

    t.clock.set('2026-04-07T10:00:00Z');
    const partial = await call('POST', `/api/v1/invoices/${inv.id}/credit-notes`, agent, { lines: [{ invoiceLineId: lineA, quantity: 1 }], reason: 'Eén onderdeel retour' });
    expect(partial.statusCode, partial.body).toBe(201);
    const cn = partial.json();
    const n = Number(inv.number.slice(5));
    expect(cn).toMatchObject({ kind: 'credit_note', status: 'issued', number: `2026-${String(n + 1).padStart(6, '0')}`, issueDate: '2026-04-07', creditOfId: inv.id, creditOfNumber: inv.number, netCents: -10000, vatCents: -2100, grossCents: -12100, reason: 'Eén onderdeel retour' });
    expect(cn.lines[0]).toMatchObject({ quantity: -1, unitPriceCents: 10000, vatPercentBp: 2100, creditOfLineId: lineA });
    const after = (await call('GET', `/api/v1/invoices/${inv.id}`, agent)).json();
    expect(after).toMatchObject({ creditedCents: 12100, openCents: 29650 - 12100, paymentStatus: 'open' });
    expect(after.creditNotes.map((c: { number: string }) => c.number)).toEqual([cn.number]);

    const rest = await call('POST', `/api/v1/invoices/${inv.id}/credit-notes`, agent, { full: true, reason: 'Alles retour' });
    expect(rest.statusCode, rest.body).toBe(201);
    expect(rest.json()).toMatchObject({ number: `2026-${String(n + 2).padStart(6, '0')}`, grossCents: -(29650 - 12100) });
    expect((await call('GET', `/api/v1/invoices/${inv.id}`, agent)).json()).toMatchObject({ creditedCents: 29650, openCents: 0, paymentStatus: 'paid' });
    const again = await call('POST', `/api/v1/invoices/${inv.id}/credit-notes`, agent, { full: true, reason: 'Nog eens' });
    expect(again.statusCode).toBe(422);
    expect(again.json().code).toBe('invoice.credit_exceeds');
    expect((await call('PATCH', `/api/v1/invoices/${cn.id}`, agent, { version: cn.version, notes: 'x' })).json().code).toBe('invoice.issued');
    t.clock.set('2026-03-02T09:00:00Z');
  });

  it('renders a PDF whose EPC QR code pays the open amount to the company IBAN with the invoice number', async () => {
    t.clock.set('2026-04-08T10:00:00Z');
    const inv = await issue((await manual(personId, [line(10000)])).id);
    const res = await call('GET', `/api/v1/invoices/${inv.id}/pdf`, agent);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toContain(`factuur-${inv.number}.pdf`);
    const fields = qrTextOf(res.rawPayload)?.split('\n');
    expect(fields).toEqual(['BCD', '002', '1', 'SCT', '', 'Servicebedrijf Jansen B.V.', ORG_IBAN, 'EUR121.00', '', '', inv.number]);

    const paid = await call('POST', `/api/v1/invoices/${inv.id}/payments`, agent, { amountCents: 2100, paidOn: '2026-04-08', method: 'cash', reference: 'kassa' });
    expect(paid.statusCode, paid.body).toBe(201);
    expect(qrTextOf((await call('GET', `/api/v1/invoices/${inv.id}/pdf`, agent)).rawPayload)?.split('\n')[7]).toBe('EUR100.00');
    await call('POST', `/api/v1/invoices/${inv.id}/payments`, agent, { amountCents: 10000, paidOn: '2026-04-08', method: 'bank_transfer', reference: '' });
    expect(qrTextOf((await call('GET', `/api/v1/invoices/${inv.id}/pdf`, agent)).rawPayload)).toBeUndefined();
    const cn = (await call('POST', `/api/v1/invoices/${inv.id}/credit-notes`, agent, { full: true, reason: 'Retour' })).json();
    const cnPdf = await call('GET', `/api/v1/invoices/${cn.id}/pdf`, agent);
    expect(cnPdf.headers['content-disposition']).toContain(`creditnota-${cn.number}.pdf`);
    expect(qrTextOf(cnPdf.rawPayload)).toBeUndefined();
    t.clock.set('2026-03-02T09:00:00Z');
  });

  it('exports UBL that parses, reconciles with the invoice to the cent and escapes the customer name', async () => {
    t.clock.set('2026-04-09T10:00:00Z');
    const inv = await issue((await manual(businessId, [line(12, 'standard', 3, 'Schroef'), line(1250, 'reduced', 1, 'Boek'), line(500, 'zero', 1, 'Statiegeld')])).id);
    const res = await call('GET', `/api/v1/invoices/${inv.id}/ubl`, agent);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('application/xml');
    expect(res.body).toContain('Kim &lt;&amp;&quot;&apos;&gt; B.V.');
    const doc = new XMLParser({ ignoreAttributes: false, removeNSPrefix: true, parseTagValue: false, isArray: (n) => ['TaxSubtotal', 'InvoiceLine'].includes(n) }).parse(res.body).Invoice;
    const cents = (v: { '#text': string }) => Math.round(Number(v['#text']) * 100);
    expect(doc.ID).toBe(inv.number);
    expect(doc.AccountingCustomerParty.Party.PartyName.Name).toBe(`Kim <&"'> B.V.`);
    expect(cents(doc.LegalMonetaryTotal.TaxExclusiveAmount)).toBe(inv.netCents);
    expect(cents(doc.LegalMonetaryTotal.PayableAmount)).toBe(inv.grossCents);
    expect(cents(doc.TaxTotal.TaxAmount)).toBe(inv.vatCents);
    expect(doc.TaxTotal.TaxSubtotal.map((s: { TaxCategory: { ID: string } }) => s.TaxCategory.ID)).toEqual(['S', 'S', 'Z']);
    expect(doc.InvoiceLine).toHaveLength(3);
    // Per-rate rounding: 3 × € 0,12 at 21% is 8 cents of VAT, not 3 × 3.
    expect(cents(doc.TaxTotal.TaxSubtotal[0].TaxAmount)).toBe(8);
    const draft = await manual(personId, [line(100)]);
    expect((await call('GET', `/api/v1/invoices/${draft.id}/ubl`, agent)).statusCode).toBe(422);
    t.clock.set('2026-03-02T09:00:00Z');
  });

  it('takes payments by hand up to the open amount', async () => {
    t.clock.set('2026-04-10T10:00:00Z');
    const inv = await issue((await manual(personId, [line(10000)])).id);
    const over = await call('POST', `/api/v1/invoices/${inv.id}/payments`, agent, { amountCents: 12101, paidOn: '2026-04-10', method: 'bank_transfer', reference: '' });
    expect(over.statusCode).toBe(422);
    expect(over.json().code).toBe('invoice.overpayment');
    expect((await call('POST', `/api/v1/invoices/${inv.id}/payments`, agent, { amountCents: 0, paidOn: '2026-04-10', method: 'cash' })).statusCode).toBe(400);
    await call('POST', `/api/v1/invoices/${inv.id}/payments`, agent, { amountCents: 2100, paidOn: '2026-04-10', method: 'card', reference: 'pin' });
    expect((await call('GET', `/api/v1/invoices/${inv.id}`, agent)).json()).toMatchObject({ paidCents: 2100, openCents: 10000, paymentStatus: 'partial' });
    await call('POST', `/api/v1/invoices/${inv.id}/payments`, agent, { amountCents: 10000, paidOn: '2026-04-11', method: 'bank_transfer', reference: '' });
    const paid = (await call('GET', `/api/v1/invoices/${inv.id}`, agent)).json();
    expect(paid).toMatchObject({ paidCents: 12100, openCents: 0, paymentStatus: 'paid' });
    expect(paid.payments.map((p: { amountCents: number }) => p.amountCents)).toEqual([2100, 10000]);
    const draft = await manual(personId, [line(100)]);
    expect((await call('POST', `/api/v1/invoices/${draft.id}/payments`, agent, { amountCents: 1, paidOn: '2026-04-10', method: 'cash' })).json().code).toBe('invoice.not_payable');
    t.clock.set('2026-03-02T09:00:00Z');
  });

  it('shows customers their own issued invoices in the portal, and nothing else', async () => {
    t.clock.set('2026-04-12T10:00:00Z');
    const own = await issue((await manual(personId, [line(4000)])).id);
    const draft = await manual(personId, [line(4100)]);
    const other = await issue((await manual(businessId, [line(4200)])).id);
    const before = t.mailer.sent.length;
    expect((await call('POST', '/api/portal/v1/magic-link', { origin: BASE_URL }, { email: 'petra@invoice.test' })).statusCode).toBe(202);
    await dispatch();
    const token = t.mailer.sent.slice(before).find((m) => m.to === 'petra@invoice.test' && /#[\w-]+/.test(m.text))?.text.match(/#([\w-]+)/)?.[1];
    const session = await call('POST', '/api/portal/v1/session', { origin: BASE_URL }, { token });
    const cookie = String([session.headers['set-cookie']].flat().find((c) => c?.startsWith('loyaal_portal='))).split(';')[0];
    const me = { cookie, origin: BASE_URL };
    const list = await call('GET', '/api/v1/portal/invoices', me);
    expect(list.statusCode, list.body).toBe(200);
    const ids = list.json().items.map((i: { id: string }) => i.id);
    expect(ids).toContain(own.id);
    expect(ids).not.toContain(draft.id);
    expect(ids).not.toContain(other.id);
    expect(list.json().items.every((i: { customerId: string; status: string }) => i.customerId === personId && i.status === 'issued')).toBe(true);
    expect((await call('GET', `/api/v1/portal/invoices/${own.id}/pdf`, me)).statusCode).toBe(200);
    expect((await call('GET', `/api/v1/portal/invoices/${other.id}/pdf`, me)).statusCode).toBe(404);
    expect((await call('GET', `/api/v1/portal/invoices/${draft.id}/pdf`, me)).statusCode).toBe(404);
    expect((await call('GET', '/api/v1/portal/invoices', agent)).statusCode).toBe(403);
    expect((await call('GET', `/api/v1/invoices/${own.id}`, me)).statusCode).toBe(401);
    t.clock.set('2026-03-02T09:00:00Z');
  });

  it('lets admin, manager and agent work with invoices and nobody else', async () => {
    for (const role of ['planner', 'technician'] as const) {
      const { headers } = await asRole(t.loyaal, role);
      expect((await call('GET', '/api/v1/invoices', headers)).statusCode, role).toBe(403);
    }
    const { headers } = await asRole(t.loyaal, 'manager');
    const list = await call('GET', '/api/v1/invoices?status=issued&pageSize=200', headers);
    expect(list.statusCode).toBe(200);
    const numbers = list.json().items.map((i: { number: string }) => i.number).sort();
    // Every number of the year from 1 up, none missing, none twice.
    expect(numbers).toEqual(numbers.map((_: string, i: number) => `2026-${String(i + 1).padStart(6, '0')}`));
    expect((await call('GET', '/api/v1/invoices?q=2026-000001', headers)).json().items.map((i: { number: string }) => i.number)).toEqual(['2026-000001']);
  });
});
