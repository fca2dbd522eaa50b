import { XMLParser, XMLValidator } from 'fast-xml-parser';

/** A camt.053 file that cannot be read, with a reason fit to show the person who uploaded it. */
export class CamtError extends Error {}

export interface CamtEntry {
  entryReference: string;
  /** Positive cents; the direction is in `creditDebit`. */
  amountCents: number;
  currency: string;
  creditDebit: 'CRDT' | 'DBIT';
  /** BOOK, PDNG, INFO… */
  status: string;
  bookingDate: string;
  valueDate: string | null;
  counterpartyName: string;
  counterpartyIban: string;
  endToEndId: string;
  /** Unstructured remittance lines, structured creditor references and additional entry information, joined. */
  remittance: string;
}

export interface CamtStatement {
  format: string;
  messageId: string;
  statementId: string;
  /** Without spaces, upper case. */
  iban: string;
  fromDate: string | null;
  toDate: string | null;
  entries: CamtEntry[];
}

const FORMAT_RE = /xmlns(?::[\w.-]+)?\s*=\s*["']urn:iso:std:iso:20022:tech:xsd:(camt\.053\.001\.(\d{2}))["']/;
const ARRAYS = new Set(['Stmt', 'Ntry', 'NtryDtls', 'TxDtls', 'Ustrd', 'Strd', 'AddtlNtryInf']);

type Node = Record<string, unknown>;

/** The five predefined XML entities and character references; nothing else is ever expanded. */
function decode(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|lt|gt|amp|quot|apos);/gi, (_, e: string) => {
    const l = e.toLowerCase();
    if (l.startsWith('#x')) return String.fromCodePoint(Number.parseInt(l.slice(2), 16));
    if (l.startsWith('#')) return String.fromCodePoint(Number.parseInt(l.slice(1), 10));
    return { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" }[l] as string;
  });
}

function at(node: unknown, path: string): unknown {
  let cur = node;
  for (const key of path.split('/')) {
    if (Array.isArray(cur)) cur = cur[0];
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Node)[key];
  }
  return Array.isArray(cur) ? cur[0] : cur;
}

function text(node: unknown, path: string): string | undefined {
  const v = at(node, path);
  if (v === undefined || v === null) return undefined;
  if (typeof v === 'object') {
    const t = (v as Node)['#text'];
    return t === undefined ? undefined : decode(String(t)).trim();
  }
  return decode(String(v)).trim();
}

function required(node: unknown, path: string, where: string): string {
  const v = text(node, path);
  if (!v) throw new CamtError(`${where}: ${path} is missing`);
  return v;
}

const list = (node: unknown, key: string): unknown[] => {
  const v = node && typeof node === 'object' ? (node as Node)[key] : undefined;
  return v === undefined ? [] : Array.isArray(v) ? v : [v];
};

/** "1234.50" → 123450. Refuses anything but a plain decimal with at most two significant fraction digits. */
export function amountToCents(s: string): number {
  const m = /^(\d{1,12})(?:\.(\d{1,5}))?$/.exec(s.trim());
  if (!m) throw new CamtError(`not an amount: ${s}`);
  const frac = (m[2] ?? '').padEnd(2, '0');
  if (/[1-9]/.test(frac.slice(2))) throw new CamtError(`amount has fractions of a cent: ${s}`);
  return Number(m[1]) * 100 + Number(frac.slice(0, 2));
}

const dateOf = (node: unknown, path: string): string | undefined => (text(node, `${path}/Dt`) ?? text(node, `${path}/DtTm`))?.slice(0, 10);

/** Counterparty name: `Dbtr/Nm` up to camt.053.001.07, `Dbtr/Pty/Nm` from .08 on. */
const partyName = (tx: unknown, role: 'Dbtr' | 'Cdtr') => text(tx, `RltdPties/${role}/Nm`) ?? text(tx, `RltdPties/${role}/Pty/Nm`) ?? '';

function remittanceOf(tx: unknown): string[] {
  const rmt = at(tx, 'RmtInf');
  const parts = list(rmt, 'Ustrd').map((u) => text({ u }, 'u') ?? '');
  for (const s of list(rmt, 'Strd')) {
    const ref = text(s, 'CdtrRefInf/Ref');
    if (ref) parts.push(ref);
    for (const a of list(s, 'AddtlRmtInf')) parts.push(text({ a }, 'a') ?? '');
  }
  return parts.filter(Boolean);
}

function parseEntry(n: unknown, where: string): CamtEntry[] {
  const amountCents = amountToCents(required(n, 'Amt', where));
  const currency = String((at(n, 'Amt') as Node | undefined)?.['@_Ccy'] ?? '');
  const creditDebit = required(n, 'CdtDbtInd', where);
  if (creditDebit !== 'CRDT' && creditDebit !== 'DBIT') throw new CamtError(`${where}: CdtDbtInd must be CRDT or DBIT`);
  const status = text(n, 'Sts/Cd') ?? text(n, 'Sts');
  if (!status) throw new CamtError(`${where}: Sts is missing`);
  const bookingDate = dateOf(n, 'BookgDt');
  if (!bookingDate || !/^\d{4}-\d{2}-\d{2}$/.test(bookingDate)) throw new CamtError(`${where}: BookgDt is missing`);
  const info = list(n, 'AddtlNtryInf').map((a) => text({ a }, 'a') ?? '');
  const base = {
    entryReference: text(n, 'AcctSvcrRef') ?? text(n, 'NtryRef') ?? '',
    currency,
    creditDebit: creditDebit as 'CRDT' | 'DBIT',
    status,
    bookingDate,
    valueDate: dateOf(n, 'ValDt') ?? null,
  };
  const txs = list(n, 'NtryDtls').flatMap((d) => list(d, 'TxDtls'));
  const party = creditDebit === 'CRDT' ? 'Dbtr' : 'Cdtr';
  const one = (tx: unknown, amount: number, extra: string[]): CamtEntry => ({
    ...base,
    amountCents: amount,
    counterpartyName: partyName(tx, party),
    counterpartyIban: (text(tx, `RltdPties/${party}Acct/Id/IBAN`) ?? '').replace(/\s+/g, '').toUpperCase(),
    endToEndId: text(tx, 'Refs/EndToEndId') ?? '',
    remittance: [...remittanceOf(tx), ...extra].join(' ').replace(/\s+/g, ' ').trim(),
  });
  // A batch entry (several transactions booked as one) becomes one line per transaction when each has its amount.
  const amounts = txs.map((tx) => text(tx, 'AmtDtls/TxAmt/Amt') ?? text(tx, 'Amt'));
  if (txs.length > 1 && amounts.every(Boolean)) return txs.map((tx, i) => one(tx, amountToCents(amounts[i] as string), []));
  return [one(txs[0], amountCents, info)];
}

/**
 * Reads a camt.053 bank-to-customer statement (versions .02 to .08). Entities are never expanded and any DOCTYPE
 * is refused, so the file cannot make the parser read local files or fetch anything (XXE).
 */
export function parseCamt053(xml: string): CamtStatement[] {
  if (/<!DOCTYPE/i.test(xml) || /<!ENTITY/i.test(xml)) throw new CamtError('DOCTYPE and entity declarations are not allowed');
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new CamtError(`not well-formed XML: ${valid.err.msg} (line ${valid.err.line})`);
  const ns = FORMAT_RE.exec(xml);
  if (!ns) throw new CamtError('not a camt.053 statement (namespace urn:iso:std:iso:20022:tech:xsd:camt.053.001.xx)');
  const version = Number(ns[2]);
  if (version < 2 || version > 8) throw new CamtError(`${ns[1]} is not supported (camt.053.001.02 to .08 are)`);
  const parser = new XMLParser({
    ignoreAttributes: false,
    removeNSPrefix: true,
    processEntities: false,
    htmlEntities: false,
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: true,
    isArray: (name) => ARRAYS.has(name),
  });
  const doc = parser.parse(xml) as Node;
  const root = at(doc, 'Document/BkToCstmrStmt');
  if (!root) throw new CamtError('Document/BkToCstmrStmt is missing');
  const messageId = required(root, 'GrpHdr/MsgId', 'GrpHdr');
  const stmts = list(root, 'Stmt');
  if (stmts.length === 0) throw new CamtError('the file holds no Stmt');
  return stmts.map((s, i) => {
    const where = `Stmt ${i + 1}`;
    const statementId = required(s, 'Id', where);
    const iban = required(s, 'Acct/Id/IBAN', where).replace(/\s+/g, '').toUpperCase();
    const entries = list(s, 'Ntry').flatMap((n, j) => parseEntry(n, `${where}, Ntry ${j + 1}`));
    return {
      format: ns[1],
      messageId,
      statementId,
      iban,
      fromDate: text(s, 'FrToDt/FrDtTm')?.slice(0, 10) ?? null,
      toDate: text(s, 'FrToDt/ToDtTm')?.slice(0, 10) ?? null,
      entries,
    };
  });
}
