import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { amountToCents, CamtError, parseCamt053 } from './camt.js';

const fixture = (name: string) => readFileSync(new URL(`../../../test/fixtures/camt053/${name}`, import.meta.url), 'utf8');

const minimal = (ns: string, entry = '') => `<?xml version="1.0"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:${ns}"><BkToCstmrStmt><GrpHdr><MsgId>M1</MsgId></GrpHdr>
<Stmt><Id>S1</Id><Acct><Id><IBAN>NL44RABO0123456789</IBAN></Id></Acct>${entry}</Stmt></BkToCstmrStmt></Document>`;

describe('parseCamt053', () => {
  it('reads a Rabobank-style camt.053.001.02 statement', () => {
    const [s] = parseCamt053(fixture('rabobank-2026-03-16.xml'));
    expect(s).toMatchObject({ format: 'camt.053.001.02', messageId: 'RABO-CAMT053-20260316-0001', statementId: 'NL44RABO0123456789-EUR-2026-03-16', iban: 'NL44RABO0123456789', fromDate: '2026-03-16', toDate: '2026-03-16' });
    expect(s.entries.map((e) => [e.creditDebit, e.amountCents, e.remittance])).toEqual([
      ['CRDT', 12100, 'Factuur 2026-000001'],
      ['CRDT', 6050, '2026000002'],
      ['CRDT', 5000, 'deelbetaling factuur 2026 - 000003'],
      ['CRDT', 7500, 'Bedankt voor de snelle reparatie'],
      ['DBIT', 25000, 'Huur werkplaats maart 2026'],
    ]);
    expect(s.entries[1]).toMatchObject({ counterpartyName: 'Bakkerij Smit & Zn.', counterpartyIban: 'NL71INGB0009876543', endToEndId: 'E2E-KLANT-7781', status: 'BOOK', bookingDate: '2026-03-16' });
    expect(s.entries[4].counterpartyName).toBe('Verhuurder Werkplaats B.V.');
  });

  it('reads camt.053.001.08: status codes, party names, date-times, batches', () => {
    const [s] = parseCamt053(fixture('ing-2026-03-20.camt053.001.08.xml'));
    expect(s.format).toBe('camt.053.001.08');
    expect(s.iban).toBe('NL44RABO0123456789');
    expect(s.entries).toHaveLength(4);
    expect(s.entries[0]).toMatchObject({ amountCents: 123450, status: 'BOOK', bookingDate: '2026-03-20', counterpartyName: 'Installatiebedrijf Noord', remittance: 'Factuur 2026-000007 klantnr 4471', entryReference: '000000000123' });
    expect(s.entries.slice(1, 3).map((e) => [e.amountCents, e.remittance, e.counterpartyName])).toEqual([
      [1000, '2026-000008', 'A'],
      [2000, '2026-000009', 'B'],
    ]);
    expect(s.entries[3]).toMatchObject({ creditDebit: 'DBIT', amountCents: 1595, remittance: 'Kosten zakelijk betalingsverkeer' });
  });

  it.each(['02', '03', '04', '05', '06', '07', '08'])('accepts namespace camt.053.001.%s', (v) => {
    expect(parseCamt053(minimal(`camt.053.001.${v}`))[0].format).toBe(`camt.053.001.${v}`);
  });

  it.each([['camt.053.001.01'], ['camt.053.001.09'], ['camt.052.001.02'], ['pain.001.001.03']])('refuses namespace %s', (ns) => {
    expect(() => parseCamt053(minimal(ns))).toThrow(CamtError);
  });

  it('refuses a DOCTYPE (XXE) without reading it', () => {
    expect(() => parseCamt053(fixture('xxe.xml'))).toThrow(/DOCTYPE/);
  });

  it('refuses XML that is not well-formed, and statements missing required elements', () => {
    expect(() => parseCamt053(fixture('malformed-truncated.xml'))).toThrow(/well-formed/);
    expect(() => parseCamt053(minimal('camt.053.001.02').replace('<IBAN>NL44RABO0123456789</IBAN>', ''))).toThrow(/IBAN is missing/);
    const noDate = '<Ntry><Amt Ccy="EUR">1.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts>BOOK</Sts></Ntry>';
    expect(() => parseCamt053(minimal('camt.053.001.02', noDate))).toThrow(/BookgDt/);
    const badAmount = '<Ntry><Amt Ccy="EUR">1,00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts>BOOK</Sts><BookgDt><Dt>2026-01-01</Dt></BookgDt></Ntry>';
    expect(() => parseCamt053(minimal('camt.053.001.02', badAmount))).toThrow(/not an amount/);
  });

  it('decodes only the predefined entities', () => {
    const entry = '<Ntry><Amt Ccy="EUR">1.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts>BOOK</Sts><BookgDt><Dt>2026-01-01</Dt></BookgDt><NtryDtls><TxDtls><RmtInf><Ustrd>A &amp; B &lt;c&gt; &#233;</Ustrd></RmtInf></TxDtls></NtryDtls></Ntry>';
    expect(parseCamt053(minimal('camt.053.001.02', entry))[0].entries[0].remittance).toBe('A & B <c> é');
  });
});

describe('amountToCents', () => {
  it.each([
    ['1234.50', 123450],
    ['1234.5', 123450],
    ['0.01', 1],
    ['7', 700],
    ['12.000', 1200],
  ])('%s → %i cents', (s, c) => expect(amountToCents(s)).toBe(c));

  it.each(['1,50', '-1.00', '1.005', 'abc', ''])('refuses %j', (s) => expect(() => amountToCents(s)).toThrow(CamtError));
});
