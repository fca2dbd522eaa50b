import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../src/kernel/ids.js';
import { dialects, startTestApp, type TestApp } from '../db-context.js';
import { asRole } from '../http.js';
import { multipartFile } from '../multipart.js';

/** What a Dutch Excel export looks like: semicolons, Windows-1252, decimal commas, Dutch dates, CRLF. */
const CUSTOMERS_1252 = Buffer.from(
  [
    'Klantnummer;Naam;E-mail;Telefoon;Straat;Huisnummer;Toevoeging;Postcode;Plaats;Klant sinds;Acquisitiekosten;Nieuwsbrief',
    'K-1001;Renée Brouwer;renee@ziggo.nl;06-12345678;Oudegracht;12;a;3511AB;Utrecht;31-12-2024;45,50;ja',
    'K-1002;"Café ""De Hoek"" B.V.";info@dehoek.nl;020-1234567;Dorpsstraat;3;;1011 AA;Amsterdam;1-2-2023;1.234,56;nee',
    'K-1003;Zoë de Graaf;zoe@@kpn;06-1;Kerkstraat;4;;0000XX;Nergens;31-02-2024;abc;misschien',
    'K-1001;Dubbel Klantnummer;x@y.nl;;;;;;;;;',
    ';Zonder nummer;;;;;;;;;;',
  ].join('\r\n'),
  'latin1',
);

describe.each(dialects())('CSV imports (%s)', (dialect) => {
  let t: TestApp;
  let manager: Awaited<ReturnType<typeof asRole>>;
  beforeAll(async () => {
    t = await startTestApp(dialect);
    manager = await asRole(t.loyaal, 'manager');
    const now = new Date().toISOString();
    await t.loyaal.services.products.insertProducts(t.loyaal.db, [
      { id: newId(), sku: 'KM-JUR-E8', nameNl: 'Jura E8 koffiemachine', nameEn: 'Jura E8 coffee machine', brand: 'Jura', category: 'coffee_machine', listPriceCents: 119900, warrantyMonths: 24, active: true, version: 1, createdAt: now, updatedAt: now },
    ]);
  });
  afterAll(() => t.close());

  const upload = (kind: string, content: Buffer | string, query = '') => {
    const { payload, headers } = multipartFile(content);
    return t.loyaal.app.inject({ method: 'POST', url: `/api/v1/imports/${kind}${query}`, headers: { ...manager.headers, ...headers }, payload });
  };

  it('dry-runs without writing, then imports, then changes nothing the second time', async () => {
    const dry = (await upload('customers', CUSTOMERS_1252, '?dryRun=true')).json();
    expect(dry).toMatchObject({ status: 'dry_run', encoding: 'windows-1252', rowsRead: 5, created: 2, rejected: 3 });
    expect((await t.loyaal.app.inject({ url: '/api/v1/customers?q=K-1001', headers: manager.headers })).json().total).toBe(0);

    const first = (await upload('customers', CUSTOMERS_1252)).json();
    expect(first).toMatchObject({ status: 'completed', created: 2, updated: 0, skipped: 0, rejected: 3 });
    expect(first.rejections.map((r: { line: number }) => r.line)).toEqual([4, 5, 6]);
    expect(first.rejections[1].reason).toMatch(/already appeared on line 2/);
    expect(first.rejections[2].reason).toMatch(/externalId: required/);

    const second = (await upload('customers', CUSTOMERS_1252)).json();
    expect(second).toMatchObject({ created: 0, updated: 0, skipped: 2, rejected: 3 });

    const found = (await t.loyaal.app.inject({ url: `/api/v1/customers?q=${encodeURIComponent('3511 AB 12')}`, headers: manager.headers })).json();
    expect(found.items).toHaveLength(1);
    const renee = (await t.loyaal.app.inject({ url: `/api/v1/customers/${found.items[0].id}`, headers: manager.headers })).json();
    expect(renee).toMatchObject({
      name: 'Renée Brouwer',
      acquisitionDate: '2024-12-31',
      acquisitionCostCents: 4550,
      consentMarketingMail: true,
      contacts: [{ email: 'renee@ziggo.nl', phone: '+31612345678' }],
      addresses: [{ postcode: '3511 AB', houseNumber: 12, houseNumberAddition: 'A' }],
      version: 1,
    });
    const cafe = (await t.loyaal.app.inject({ url: '/api/v1/customers?q=K-1002', headers: manager.headers })).json().items[0];
    expect(cafe.name).toBe('Café "De Hoek" B.V.');

    const report = await t.loyaal.app.inject({ url: first.reportUrl, headers: manager.headers });
    expect(report.body.split('\r\n')[0]).toBe('line,reason,row');
    expect(report.body).toContain('Dubbel Klantnummer');
  });

  it('updates a changed row once, by external id', async () => {
    const v1 = 'klantnummer,naam,postcode,huisnummer,straat,plaats\nK-2001,Jan Visser,8011 AB,1,Melkmarkt,Zwolle\n';
    expect((await upload('customers', v1)).json()).toMatchObject({ created: 1 });
    const v2 = v1.replace('Jan Visser', 'Jan de Visser');
    expect((await upload('customers', v2)).json()).toMatchObject({ created: 0, updated: 1 });
    expect((await upload('customers', v2)).json()).toMatchObject({ updated: 0, skipped: 1 });
    const c = (await t.loyaal.app.inject({ url: '/api/v1/customers?q=K-2001', headers: manager.headers })).json().items[0];
    expect(c.name).toBe('Jan de Visser');
  });

  it('imports installed products and sales lines against known customers and SKUs', async () => {
    await upload('customers', 'klantnummer;naam\nK-3001;Eva Smit\n');
    const installed = (await upload('installed-products', 'id;klantnummer;artikelnummer;serienummer;aankoopdatum\nIP-1;K-3001;KM-JUR-E8;SN-9;15-03-2025\nIP-2;K-9999;KM-JUR-E8;SN-8;15-03-2025\nIP-3;K-3001;ONBEKEND;;15-03-2025\n')).json();
    expect(installed).toMatchObject({ created: 1, rejected: 2 });
    expect(installed.rejections.map((r: { reason: string }) => r.reason)).toEqual(['customer K-9999 is unknown', 'SKU ONBEKEND is not in the product catalog']);
    const sales = (await upload('sales', 'id;klantnummer;datum;artikelnummer;aantal;bedrag incl btw\nS-1;K-3001;15-03-2025;KM-JUR-E8;1;1.199,00\nS-2;K-3001;02-01-2026;ONTKALKER;2;24,20\n')).json();
    expect(sales).toMatchObject({ created: 2, rejected: 0 });
    const id = (await t.loyaal.app.inject({ url: '/api/v1/customers?q=K-3001', headers: manager.headers })).json().items[0].id;
    const history = (await t.loyaal.app.inject({ url: `/api/v1/customers/${id}/purchases`, headers: manager.headers })).json();
    expect(history.totalsByYear).toEqual([
      { year: 2026, lines: 1, amountInclCents: 2420, amountExclCents: 2000 },
      { year: 2025, lines: 1, amountInclCents: 119900, amountExclCents: 99091 },
    ]);
    const products = (await t.loyaal.app.inject({ url: `/api/v1/customers/${id}/products`, headers: manager.headers })).json();
    expect(products.items[0]).toMatchObject({ sku: 'KM-JUR-E8', purchaseDate: '2025-03-15', warrantyEnd: '2027-03-14' });
  });

  it('writes nothing in all-or-nothing mode when one row is bad', async () => {
    const file = 'klantnummer;naam;postcode;huisnummer;straat;plaats\nK-4001;Goed;1234 AB;1;A;B\nK-4002;Fout;9999;1;A;B\n';
    const r = (await upload('customers', file, '?mode=all-or-nothing')).json();
    expect(r).toMatchObject({ status: 'rejected', created: 0, rejected: 1 });
    expect((await t.loyaal.app.inject({ url: '/api/v1/customers?q=K-4001', headers: manager.headers })).json().total).toBe(0);
  });

  it('refuses an empty file, a binary file and a wrong header with a clear problem', async () => {
    const empty = await upload('customers', '');
    expect(empty.statusCode).toBe(400);
    expect(empty.json().code).toBe('import.empty_file');
    const binary = await upload('customers', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00]));
    expect(binary.json().code).toBe('import.unreadable');
    const header = await upload('customers', 'foo;bar\n1;2\n');
    expect(header.statusCode).toBe(400);
    expect(header.json()).toMatchObject({ code: 'import.missing_columns' });
    expect(header.json().detail).toMatch(/klantnummer|external id/);
    const list = (await t.loyaal.app.inject({ url: '/api/v1/imports', headers: manager.headers })).json();
    expect(list.items.filter((i: { status: string }) => i.status === 'failed').length).toBeGreaterThanOrEqual(2);
  });

  it('refuses an upload over the size limit and writes nothing', async () => {
    const head = 'klantnummer;naam\n';
    const rows = Array.from({ length: 60_000 }, (_, i) => `BIG-${i};Klant ${i}`).join('\n');
    const res = await upload('customers', head + rows);
    expect(res.statusCode).toBe(413);
    expect(res.headers['content-type']).toMatch(/problem\+json/);
    expect((await t.loyaal.app.inject({ url: '/api/v1/customers?q=BIG-1', headers: manager.headers })).json().total).toBe(0);
  });

  it('is for admins and managers only', async () => {
    const agent = await asRole(t.loyaal, 'agent');
    const { payload, headers } = multipartFile('klantnummer;naam\nK-1;X\n');
    expect((await t.loyaal.app.inject({ method: 'POST', url: '/api/v1/imports/customers', headers: { ...agent.headers, ...headers }, payload })).statusCode).toBe(403);
  });
});
